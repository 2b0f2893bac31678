import type { Translations } from '../localize.js';

/** Interface strings every element shares. */
export interface CommonStrings {
  sources: string;
  /** "Reviewed 21 November 2026" */
  reviewed: (date: string) => string;
  nextReview: (date: string) => string;
  notReported: string;
  addedContent: string;
  opensInNewTab: string;
}

export const commonStrings: Translations<CommonStrings> = {
  en: {
    sources: 'Sources',
    reviewed: (date) => `Reviewed ${date}`,
    nextReview: (date) => `Next review due ${date}`,
    notReported: 'Not reported',
    addedContent: 'Added content',
    opensInNewTab: '(opens in a new tab)',
  },
  es: {
    sources: 'Fuentes',
    reviewed: (date) => `Revisado el ${date}`,
    nextReview: (date) => `Próxima revisión: ${date}`,
    notReported: 'No informado',
    addedContent: 'Contenido añadido',
    opensInNewTab: '(se abre en una pestaña nueva)',
  },
};
