import type { Translations } from '../localize.js';

/** Interface strings every element shares. */
export interface CommonStrings {
  sources: string;
  /** "Sources (12)": the button that opens a long list of sources. */
  sourcesCount: (count: string) => string;
  /** "Reviewed 21 November 2026" */
  reviewed: (date: string) => string;
  /** "Next review due 28 May 2027" */
  nextReview: (date: string) => string;
  /** Shown to readers once the next review date has passed. */
  reviewDue: (date: string) => string;
  notReported: string;
}

export const commonStrings: Translations<CommonStrings> = {
  en: {
    sources: 'Sources',
    sourcesCount: (count) => `Sources (${count})`,
    reviewed: (date) => `Reviewed ${date}`,
    nextReview: (date) => `Next review due ${date}`,
    reviewDue: (date) => `This content was due for review on ${date}. It may be out of date.`,
    notReported: 'Not reported',
  },
  es: {
    sources: 'Fuentes',
    sourcesCount: (count) => `Fuentes (${count})`,
    reviewed: (date) => `Revisado el ${date}`,
    nextReview: (date) => `Próxima revisión prevista: ${date}`,
    reviewDue: (date) => `Este contenido debía revisarse el ${date}. Puede estar desactualizado.`,
    notReported: 'No informado',
  },
};
