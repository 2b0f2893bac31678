import type { TemplateResult } from 'lit';
import type { Block, FaqItem, RichText } from '../../data/types.js';
import { escapeHtml, type FaqMarkup } from './markup.js';
import { isSafeHref } from './url.js';

/** One strings array per distinct markup: Lit keeps a parsed template per array, so equal markup is parsed once. */
const templates = new Map<string, TemplateStringsArray>();

function templateOf(strings: readonly string[], values: readonly unknown[]): TemplateResult {
  const key = strings.join('\0');
  let interned = templates.get(key);
  if (!interned) {
    interned = Object.assign([...strings], { raw: strings }) as unknown as TemplateStringsArray;
    templates.set(key, interned);
  }
  return { ['_$litType$']: 1, strings: interned, values } as unknown as TemplateResult;
}

/**
 * Bundled markup (src/internal/render/markup.ts, written from our own content; never host data) as a template without
 * bindings. Lit parses each distinct markup once, through its Trusted Types policy, and clones it for every widget; on
 * a server it is written as it is, with one pair of markers around it and none inside.
 */
export function staticMarkup(markup: string): TemplateResult {
  return templateOf([markup], []);
}

/** What `markup` writes into the template for `value`, or undefined for a value it leaves to Lit to bind. */
function written(value: unknown, trusted: boolean): string | undefined {
  if (typeof value === 'number' || (trusted && typeof value === 'string')) return escapeHtml(String(value));
  if (Array.isArray(value)) {
    const pieces = value.map((item) => written(item, trusted));
    return pieces.every((piece) => piece !== undefined) ? pieces.join('') : undefined;
  }
  // A template without bindings (ours: `staticMarkup`, or `markup` of our content) is its markup.
  const template = value as Partial<TemplateResult>;
  return template?.['_$litType$'] === 1 && template.values!.length === 0 ? template.strings![0] : undefined;
}

/**
 * A tag like Lit's `html`, for content that may be ours or the host's. For our content (`trusted`), every value is
 * written into the markup, strings escaped, so the result is one template with no bindings: parsed once and cloned, and
 * written by a server with no markers inside. For the host's, strings stay bindings that Lit fills as text or attribute
 * values, never parsed as HTML; numbers and templates without bindings (`staticMarkup` for a piece of a tag, such as
 * an attribute) are written in either way.
 * Only for text and attribute values: no `?`, `.` or `@` bindings. Trusted content has every attribute value.
 */
export function markup(trusted: boolean) {
  return (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    const out = [strings[0]!];
    const bound: unknown[] = [];
    values.forEach((value, index) => {
      const html = written(value, trusted);
      if (html === undefined) {
        bound.push(value);
        out.push(strings[index + 1]!);
      } else out[out.length - 1] += html + strings[index + 1];
    });
    return templateOf(out, bound);
  };
}

/** Paragraphs and lists, every element closed; a link only to an http(s) address, otherwise its text alone. */
export function blocksMarkup(blocks: readonly Block[], trusted: boolean): TemplateResult {
  const m = markup(trusted);
  const inline = (content: RichText) =>
    content.map((piece) => (typeof piece === 'string' ? piece : isSafeHref(piece.href) ? m`<a href="${piece.href}">${piece.text}</a>` : piece.text));
  return m`${blocks.map((block) => (block.type === 'list' ? m`<ul>${block.items.map((item) => m`<li>${inline(item)}</li>`)}</ul>` : m`<p>${inline(block.content)}</p>`))}`;
}

/**
 * Paragraphs and lists, every element closed: on a server the markup is written between the markers hydration finds
 * it by, and an end tag left out would put the closing marker inside the last paragraph. The markup `blocksMarkup`
 * writes for our own content, as a string.
 */
export function blocksHtml(blocks: readonly Block[]): string {
  return blocksMarkup(blocks, true).strings[0]!;
}

/** A bundled question as markup (see `FaqMarkup`), compiled at build time (scripts/compile-content.js). */
export function faqMarkup(item: FaqItem): FaqMarkup {
  return {
    id: item.id,
    sources: item.sources,
    ...(item.review ? { review: item.review } : {}),
    question: escapeHtml(item.question),
    answer: blocksHtml(item.answer),
  };
}
