import { html, nothing, type TemplateResult } from 'lit';
import { getSource } from '../data/sources.js';
import type { Source } from '../data/types.js';
import { formatDate, localize } from './localize.js';
import { commonStrings } from './strings/common.js';
import { isSafeHref } from './validate.js';

/** The citations behind `sourceIds`, in first-cited order, each once; unknown ids are dropped (validation reports them). */
export function citedSources(sourceIds: Iterable<string>): Source[] {
  const seen = new Set<string>();
  const cited: Source[] = [];
  for (const id of sourceIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const source = getSource(id);
    if (source) cited.push(source);
  }
  return cited;
}

/** A citation in short form: "Mitchell JM, et al. (2023). Title. Nature Medicine 29(10):2473-2480." */
export function citationText(source: Source): string {
  const where = [source.publisher, source.volumePages].filter(Boolean).join(' ');
  return `${source.authors} (${source.year}). ${source.title}. ${where}.`;
}

function renderCitation(source: Source): TemplateResult {
  const text = citationText(source);
  return html`<li>
    ${isSafeHref(source.url) ? html`<a href=${source.url}>${text}</a>` : text}${source.note ? ` (${source.note})` : nothing}
  </li>`;
}

/** "Sources" with the cited works, linked, and "Reviewed <date>", in small print under a widget. */
export function renderSourcesFooter(options: {
  readonly sourceIds: Iterable<string>;
  readonly lastReviewed?: string;
  readonly lang: string;
}): TemplateResult {
  const strings = localize(commonStrings, options.lang);
  const sources = citedSources(options.sourceIds);
  return html`<div class="footer" part="footer">
    ${sources.length > 0
      ? html`<p class="footer-title">${strings.sources}</p>
          <ol class="sources">
            ${sources.map(renderCitation)}
          </ol>`
      : nothing}
    ${options.lastReviewed
      ? html`<p class="reviewed">
          <time datetime=${options.lastReviewed}>${strings.reviewed(formatDate(options.lastReviewed, options.lang))}</time>
        </p>`
      : nothing}
  </div>`;
}
