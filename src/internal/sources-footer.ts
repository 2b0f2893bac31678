import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { citationText, citedSources } from './citation.js';
import { formatDate } from './format.js';
import { localize } from './localize.js';
import type { ShownReview } from './review.js';
import { commonStrings } from './strings/common.js';
import { isSafeHref } from './url.js';

function renderCitation(source: Source): TemplateResult {
  const text = citationText(source);
  return html`<li>
    ${isSafeHref(source.url) ? html`<a href=${source.url}>${text}</a>` : text}${source.note ? ` (${source.note})` : nothing}
  </li>`;
}

/** "Sources" with the cited works, linked, and "Reviewed <date>", in small print under a widget. */
export function renderSourcesFooter(options: {
  readonly sourceIds: Iterable<string>;
  readonly review: ShownReview;
  readonly lang: string;
}): TemplateResult {
  const strings = localize(commonStrings, options.lang);
  const sources = citedSources(options.sourceIds);
  const { lastReviewed } = options.review;
  return html`<div class="footer" part="footer">
    ${sources.length > 0
      ? html`<p class="footer-title">${strings.sources}</p>
          <ol class="sources">
            ${sources.map(renderCitation)}
          </ol>`
      : nothing}
    ${lastReviewed
      ? html`<p class="reviewed">
          <time datetime=${lastReviewed}>${strings.reviewed(formatDate(lastReviewed, options.lang))}</time>
        </p>`
      : nothing}
  </div>`;
}
