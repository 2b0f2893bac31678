import { pluralForm } from '../format.js';
import type { Translations } from '../localize.js';

/** Interface strings of `<mdma-faq>`. Questions and answers are content, not interface: they are not here. */
export interface FaqStrings {
  showAll: string;
  hideAll: string;
  searchLabel: string;
  searchHint: string;
  /** "3 questions match", announced politely while the reader types. */
  matches: (count: number, formattedCount: string) => string;
  /** Shown, and announced, when the search leaves no questions. */
  noMatches: (query: string) => string;
  copyLink: string;
  /** Visually hidden words after "Copy link", naming the question the link opens. */
  copyLinkTarget: string;
  linkCopied: string;
  /** Shown with the link itself when the browser does not allow copying. */
  copyFailed: string;
}

export const faqStrings: Translations<FaqStrings> = {
  en: {
    showAll: 'Show all answers',
    hideAll: 'Hide all answers',
    searchLabel: 'Search the questions',
    searchHint: 'The list shows only the questions and answers that contain every word you type.',
    matches: (count, formattedCount) =>
      pluralForm(count, 'en') === 'one' ? `${formattedCount} question matches` : `${formattedCount} questions match`,
    noMatches: (query) => `No questions match “${query}”. Check the spelling or try a shorter or different word.`,
    copyLink: 'Copy link',
    copyLinkTarget: 'to the answer to:',
    linkCopied: 'Link copied',
    copyFailed: 'Your browser did not allow copying. The link is:',
  },
  es: {
    showAll: 'Mostrar todas las respuestas',
    hideAll: 'Ocultar todas las respuestas',
    searchLabel: 'Buscar en las preguntas',
    searchHint: 'La lista muestra solo las preguntas y respuestas que contienen todas las palabras que escriba.',
    matches: (count, formattedCount) =>
      pluralForm(count, 'es') === 'one' ? `${formattedCount} pregunta coincide` : `${formattedCount} preguntas coinciden`,
    noMatches: (query) => `Ninguna pregunta coincide con «${query}». Revise la ortografía o pruebe con una palabra más corta o distinta.`,
    copyLink: 'Copiar enlace',
    copyLinkTarget: 'a la respuesta de:',
    linkCopied: 'Enlace copiado',
    copyFailed: 'Su navegador no permitió copiar. El enlace es:',
  },
};
