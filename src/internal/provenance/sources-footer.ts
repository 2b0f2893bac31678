import { html, nothing, type TemplateResult } from 'lit';
import { version } from '../../version.js';
import type { ConsoleMessages } from '../element/messages.js';
import type { Source } from '../../data/types.js';
import { citedSources, type Bibliography } from './bibliography.js';
import { formatDate, formatNumber } from '../language/format.js';
import { localize } from '../language/localize.js';
import { isReviewDue, type ShownReview } from './review.js';
import { commonStrings } from '../language/strings/common.js';
import { citationHtml } from '../render/markup.js';
import { staticMarkup } from '../render/static-markup.js';

/**
 * A list of this many sources or more is closed behind "Sources (N)" under the content: longer than that it outgrows
 * what it supports. Shorter lists stay in view. Print shows every list.
 */
export const collapsedSourceCount = 4;

/**
 * `sources` as a list of linked citations, in English as `citationLanguage` says (written into the template, it needs no
 * binding): one piece of markup, parsed once for each list of citations shown (one pair of markers on a server).
 */
function citationList(sources: readonly Source[], className: string): TemplateResult {
  return html`<ol class=${className} lang="en">${staticMarkup(sources.map(citationHtml).join(''))}</ol>`;
}

/** The works `sourceIds` cite, as a list of linked citations in first-cited order; nothing when none is known. */
export function renderCitationList(bibliography: Bibliography, sourceIds: Iterable<string>, className: string): TemplateResult | typeof nothing {
  const sources = citedSources(bibliography, sourceIds);
  return sources.length === 0 ? nothing : citationList(sources, className);
}

/**
 * The footer under a widget's content: its sources, then when the content was reviewed and when it is due again, in
 * small print. A long list of sources is a native disclosure, "Sources (N)", closed until the reader opens it (with or
 * without the script); the review dates stay in view. `sourceIds` are looked up in the widget's `bibliography`.
 * Renders purely, so it runs on a server too.
 */
export function renderSourcesFooter(bibliography: Bibliography, sourceIds: Iterable<string>, review: ShownReview, lang: string): TemplateResult {
  const strings = localize(commonStrings, lang);
  const sources = citedSources(bibliography, sourceIds);
  const { lastReviewed, nextReview } = review;
  let list: TemplateResult | typeof nothing = nothing;
  if (sources.length >= collapsedSourceCount) {
    list = html`<details class="footer-sources">
      <summary class="link-button sources-toggle" part="sources-toggle">
        <span>${strings.sourcesCount(formatNumber(sources.length, lang))}</span
        ><span class="disclosure-chevron" aria-hidden="true"></span>
      </summary>
      ${citationList(sources, 'sources')}
    </details>`;
  } else if (sources.length > 0) {
    list = html`<p class="footer-title">${strings.sources}</p>
      ${citationList(sources, 'sources')}`;
  }
  return html`<div class="footer" part="footer">
    ${list}
    ${lastReviewed || nextReview
      ? html`<div class="review-dates">
          ${lastReviewed
            ? html`<p class="reviewed"><time datetime=${lastReviewed}>${strings.reviewed(formatDate(lastReviewed, lang))}</time></p>`
            : nothing}
          ${nextReview
            ? html`<p class="next-review"><time datetime=${nextReview}>${strings.nextReview(formatDate(nextReview, lang))}</time></p>`
            : nothing}
        </div>`
      : nothing}
  </div>`;
}

/**
 * Tells readers, above the content, that it is past its next review date and may be out of date; nothing before that.
 * `day` is today, unless the widget is still as a server rendered it: then that day decides, as it did there. The site
 * owner is told once per page which version this is.
 */
export function renderReviewNotice(review: ShownReview, lang: string, day: string | undefined, messages: ConsoleMessages): TemplateResult | typeof nothing {
  if (!isReviewDue(review, day)) return nothing;
  messages.warnOncePerPage(
    `review-due ${review.nextReview}`,
    `content was due for review on ${review.nextReview}; readers are told it may be out of date. mdma-therapy-widgets ` +
      `${version}: a newer version may have updated content (see its CHANGELOG); host content goes by its own nextReview.`,
  );
  const date = formatDate(review.nextReview!, lang);
  return html`<p class="review-due" part="review-due">${localize(commonStrings, lang).reviewDue(date)}</p>`;
}
