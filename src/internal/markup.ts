/**
 * Bundled content as HTML, written at build time (scripts/compile-content.js) from the typed data: the widgets put it
 * into their shadow roots as static markup, parsed once and cloned, instead of building it node by node. Text is
 * escaped, and only http(s) addresses become links. Host data never comes here: it is rendered as text.
 */
import type { Block, FaqItem, Inline, ReviewDates, RichText, Source } from '../data/types.js';
import { citationParts } from './citation.js';
import { isSafeHref } from './url.js';

/**
 * Text made safe to put between tags or in a double-quoted attribute: the four characters that could end either, as
 * numeric references (a quote needs none between tags, and bundled text has many).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** `text` linked to `href` when it is an http(s) address; otherwise the text alone. */
export function linkHtml(text: string, href: string): string {
  return isSafeHref(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function inlineHtml(inline: Inline): string {
  return typeof inline === 'string' ? escapeHtml(inline) : linkHtml(inline.text, inline.href);
}

const richTextHtml = (content: RichText) => content.map(inlineHtml).join('');

/**
 * Paragraphs and lists, every element closed: on a server the markup is written between the markers hydration finds
 * it by, and an end tag left out would put the closing marker inside the last paragraph.
 */
export function blocksHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.type === 'list'
        ? `<ul>${block.items.map((item) => `<li>${richTextHtml(item)}</li>`).join('')}</ul>`
        : `<p>${richTextHtml(block.content)}</p>`,
    )
    .join('');
}

/**
 * A citation as a list item, closed (see `blocksHtml`): the work's name linked (a short name for the link, which the
 * rest of the citation explains), with its note after it.
 */
export function citationHtml(source: Source): string {
  const [before, name, after] = citationParts(source);
  return `<li>${escapeHtml(before)}${linkHtml(name, source.url)}${escapeHtml(after)}${source.note ? ` (${escapeHtml(source.note)})` : ''}</li>`;
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
