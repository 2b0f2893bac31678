/**
 * Structured data for search engines (schema.org, as JSON-LD), written beside a pre-rendered widget or a plain copy when
 * asked for (`prerender(..., { jsonLd: true })`): the page is a `MedicalWebPage` with the date its content was last
 * reviewed, and a page with the FAQ is also a `FAQPage` whose questions and answers are the ones shown. Off by default:
 * a page has one such description, and the page owner decides whether the widget's is it.
 */
import type { PlainCopy } from './shared.js';

/** The schema.org description of a page showing `copy` in the language `lang`. */
export function structuredData(tag: string, copy: PlainCopy, lang: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': tag === 'mdma-faq' ? ['MedicalWebPage', 'FAQPage'] : 'MedicalWebPage',
    inLanguage: lang,
    ...(copy.review.lastReviewed ? { lastReviewed: copy.review.lastReviewed } : {}),
    ...(copy.questions
      ? {
          mainEntity: copy.questions.map(({ question, answer }) => ({
            '@type': 'Question',
            name: question,
            acceptedAnswer: { '@type': 'Answer', text: answer },
          })),
        }
      : {}),
  };
}

/** JSON-LD in its `<script>` element; no `<` in it that could end the element or open a comment. */
export function structuredDataScript(data: Record<string, unknown>): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
