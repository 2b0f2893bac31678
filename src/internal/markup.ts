/**
 * Bundled content as HTML, written at build time (scripts/compile-content.js) from the typed data: the widgets put it
 * into their shadow roots as static markup, parsed once and cloned, instead of building it node by node. Text is
 * escaped, and only http(s) addresses become links. Host data never comes here: it is rendered as text.
 */
import type { Block, FaqItem, Inline, ReviewDates, RichText, Source } from '../data/types.js';
import { citationLanguage, citationText } from './citation.js';
import { isSafeHref } from './url.js';

/**
 * Text made safe to put between tags or in a double-quoted attribute: the four characters that could end either, as
 * numeric references (a quote needs none between tags, and bundled text has many).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

function inlineHtml(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline);
  const text = escapeHtml(inline.text);
  return isSafeHref(inline.href) ? `<a href="${escapeHtml(inline.href)}">${text}</a>` : text;
}

const richTextHtml = (content: RichText) => content.map(inlineHtml).join('');

/** Paragraphs and lists, without the end tags HTML lets a paragraph or list item leave out. */
export function blocksHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.type === 'list' ? `<ul>${block.items.map((item) => `<li>${richTextHtml(item)}`).join('')}</ul>` : `<p>${richTextHtml(block.content)}`,
    )
    .join('');
}

/** A list of linked citations, marked as English, so that a screen reader reads it in an English voice on any page. */
export function citationListHtml(sources: readonly Source[], className: string): string {
  const items = sources.map((source) => {
    const text = escapeHtml(citationText(source));
    const cited = isSafeHref(source.url) ? `<a href="${escapeHtml(source.url)}">${text}</a>` : text;
    return `<li>${cited}${source.note ? ` (${escapeHtml(source.note)})` : ''}`;
  });
  return `<ol class="${className}" lang="${citationLanguage}">${items.join('')}</ol>`;
}

/** A bundled question as markup: its text and its answer, with the ids of the works it cites. */
export interface FaqMarkup {
  readonly id: string;
  readonly sources: readonly string[];
  readonly review?: ReviewDates;
  /** The question, escaped. */
  readonly question: string;
  /** The answer's paragraphs and lists. */
  readonly answer: string;
}

export function faqMarkup(item: FaqItem): FaqMarkup {
  return {
    id: item.id,
    sources: item.sources,
    ...(item.review ? { review: item.review } : {}),
    question: escapeHtml(item.question),
    answer: blocksHtml(item.answer),
  };
}

/** The text of markup, for search: tags dropped, its character references undone. */
export function markupText(markup: string): string {
  return markup.replace(/<[^>]*>/g, ' ').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
