import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline, RichText } from '../data/types.js';
import { isSafeHref } from './url.js';

/** One inline piece: text stays text, a link renders only for an http(s) URL and otherwise as its text. */
function renderInline(inline: Inline): TemplateResult | string {
  if (typeof inline === 'string') return inline;
  return isSafeHref(inline.href) ? html`<a href=${inline.href}>${inline.text}</a>` : inline.text;
}

export function renderRichText(content: RichText): TemplateResult {
  return html`${content.map(renderInline)}`;
}

/** Paragraphs and lists from structured content; no string is ever parsed as HTML. */
export function renderBlocks(blocks: readonly Block[]): TemplateResult | typeof nothing {
  if (blocks.length === 0) return nothing;
  return html`${blocks.map((block) =>
    block.type === 'list'
      ? html`<ul>
          ${block.items.map((item) => html`<li>${renderRichText(item)}</li>`)}
        </ul>`
      : html`<p>${renderRichText(block.content)}</p>`,
  )}`;
}

/** The plain text of structured content, for search and for CSV. */
export function blocksToText(blocks: readonly Block[]): string {
  const text = (content: RichText) => content.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
  return blocks.map((block) => (block.type === 'list' ? block.items.map(text).join('\n') : text(block.content))).join('\n');
}
