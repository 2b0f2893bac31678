import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { citationText, citedSources } from './citation.js';
import { formatDate } from './format.js';
import { localize } from './localize.js';
import { isReviewDue, type ShownReview } from './review.js';
import { commonStrings } from './strings/common.js';
import { isSafeHref } from './url.js';

function renderCitation(source: Source): TemplateResult {
  const text = citationText(source);
  return html`<li>
    ${isSafeHref(source.url) ? html`<a href=${source.url}>${text}</a>` : text}${source.note ? ` (${source.note})` : nothing}
  </li>`;
}

/** The works `sourceIds` cite, as a list of linked citations in first-cited order; nothing when none is known. */
export function renderCitationList(sourceIds: Iterable<string>, className = 'sources'): TemplateResult | typeof nothing {
  const sources = citedSources(sourceIds);
  if (sources.length === 0) return nothing;
  return html`<ol class=${className}>
    ${sources.map(renderCitation)}
  </ol>`;
}

/** "Sources" with the cited works, linked, then when the content was reviewed and when it is due again, in small print. */
export function renderSourcesFooter(options: {
  readonly sourceIds: Iterable<string>;
  readonly review: ShownReview;
  readonly lang: string;
}): TemplateResult {
  const strings = localize(commonStrings, options.lang);
  const sources = citedSources(options.sourceIds);
  const { lastReviewed, nextReview } = options.review;
  return html`<div class="footer" part="footer">
    ${sources.length > 0
      ? html`<p class="footer-title">${strings.sources}</p>
          <ol class="sources">
            ${sources.map(renderCitation)}
          </ol>`
      : nothing}
    ${lastReviewed || nextReview
      ? html`<div class="review-dates">
          ${lastReviewed
            ? html`<p class="reviewed"><time datetime=${lastReviewed}>${strings.reviewed(formatDate(lastReviewed, options.lang))}</time></p>`
            : nothing}
          ${nextReview
            ? html`<p class="next-review"><time datetime=${nextReview}>${strings.nextReview(formatDate(nextReview, options.lang))}</time></p>`
            : nothing}
        </div>`
      : nothing}
  </div>`;
}

/** Tells readers, above the content, that it is past its next review date and may be out of date; nothing before that. */
export function renderReviewNotice(review: ShownReview, lang: string): TemplateResult | typeof nothing {
  if (!isReviewDue(review)) return nothing;
  const date = formatDate(review.nextReview!, lang);
  return html`<p class="review-due" part="review-due">${localize(commonStrings, lang).reviewDue(date)}</p>`;
}
