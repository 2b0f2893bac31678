/**
 * Bundled content as HTML, written at build time (scripts/compile-content.js) from the typed data: the widgets put it
 * into their shadow roots as static markup, parsed once and cloned, instead of building it node by node. Text is
 * escaped, and only http(s) addresses become links. Host data never comes here: it is rendered as text.
 */
import type { ReviewDates, Source } from '../../data/types.js';
import { citationParts } from '../provenance/citation.js';
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

/** The text of markup, for search: tags dropped, its character references undone. */
export function markupText(markup: string): string {
  return markup.replace(/<[^>]*>/g, ' ').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
