import type { Translations } from '../localize.js';

/**
 * Interface strings of the plain HTML copies (`prerender(tag, attributes, { format: 'plain' })`) that the elements do not
 * have: a copy does not change after it is made, so its dates are said as of the day it was made. Kept apart from the
 * elements' strings, so that no script a page loads carries them.
 */
export interface PlainStrings {
  /** The first clause of the dates under a copy: "This copy was made on 7 December 2026". */
  madeOn: (date: string) => string;
  /** "the content was last reviewed on 28 November 2026" */
  lastReviewed: (date: string) => string;
  /** "the next review is due on 28 May 2027" */
  nextReview: (date: string) => string;
  /** An answer with review dates of its own (the regulatory ones, checked monthly): "This answer was last reviewed on …". */
  answerReviewed: (date: string) => string;
  /** Above content that was past its next review date on the day the copy was made. */
  reviewDue: (made: string, nextReview: string) => string;
  /** In the study table's caption: where each study's details are, in place of the element's hints about its buttons. */
  studyDetailsHint: string;
}

export const plainStrings: Translations<PlainStrings> = {
  en: {
    madeOn: (date) => `This copy was made on ${date}`,
    lastReviewed: (date) => `the content was last reviewed on ${date}`,
    nextReview: (date) => `the next review is due on ${date}`,
    answerReviewed: (date) => `This answer was last reviewed on ${date}`,
    reviewDue: (made, nextReview) =>
      `When this copy was made, on ${made}, the content was past its review date of ${nextReview}. It may be out of date.`,
    studyDetailsHint: 'Each study’s Details give its design, arms, outcome measures and results in full.',
  },
  es: {
    madeOn: (date) => `Esta copia se hizo el ${date}`,
    lastReviewed: (date) => `el contenido se revisó por última vez el ${date}`,
    nextReview: (date) => `la próxima revisión está prevista para el ${date}`,
    answerReviewed: (date) => `Esta respuesta se revisó por última vez el ${date}`,
    reviewDue: (made, nextReview) =>
      `Cuando se hizo esta copia, el ${made}, el contenido había superado su fecha de revisión (${nextReview}). Puede estar desactualizado.`,
    studyDetailsHint: 'Los Detalles de cada estudio dan completos su diseño, sus grupos, sus variables y sus resultados.',
  },
};
