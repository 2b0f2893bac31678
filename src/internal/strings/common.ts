import type { Translations } from '../localize.js';

/** Interface strings every element shares. */
export interface CommonStrings {
  sources: string;
  /** "Reviewed 21 November 2026" */
  reviewed: (date: string) => string;
  notReported: string;
  addedContent: string;
}

export const commonStrings: Translations<CommonStrings> = {
  en: {
    sources: 'Sources',
    reviewed: (date) => `Reviewed ${date}`,
    notReported: 'Not reported',
    addedContent: 'Added content',
  },
  es: {
    sources: 'Fuentes',
    reviewed: (date) => `Revisado el ${date}`,
    notReported: 'No informado',
    addedContent: 'Contenido añadido',
  },
};
