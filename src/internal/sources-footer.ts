import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source } from '../data/types.js';
import { citationLanguage, citationText, citedSources } from './citation.js';
import { formatDate, formatNumber } from './format.js';
import { localize } from './localize.js';
import { isReviewDue, type ShownReview } from './review.js';
import { commonStrings } from './strings/common.js';
import { isSafeHref } from './url.js';

/**
 * A list of this many sources or more is closed behind "Sources (N)" under the content: longer than that it outgrows
 * what it supports. Shorter lists stay in view. Print shows every list.
 */
export const collapsedSourceCount = 4;

function renderCitation(source: Source): TemplateResult {
  const text = citationText(source);
  return html`<li>
    ${isSafeHref(source.url) ? html`<a href=${source.url}>${text}</a>` : text}${source.note ? ` (${source.note})` : nothing}
  </li>`;
}

/**
 * `sources` as a list of linked citations, marked as English, so that on a page in another language a screen reader
 * reads it in an English voice.
 */
function renderSourceList(sources: readonly Source[], className: string, id?: string): TemplateResult {
  return html`<ol class=${className} id=${ifDefined(id)} lang=${citationLanguage}>
    ${sources.map(renderCitation)}
  </ol>`;
}

/** The works `sourceIds` cite, as a list of linked citations in first-cited order; nothing when none is known. */
export function renderCitationList(sourceIds: Iterable<string>, className = 'sources'): TemplateResult | typeof nothing {
  const sources = citedSources(sourceIds);
  return sources.length === 0 ? nothing : renderSourceList(sources, className);
}

/** How a widget's footer shows its sources. */
export interface SourcesFooterOptions {
  readonly sourceIds: Iterable<string>;
  readonly review: ShownReview;
  readonly lang: string;
  /** Names this footer's list, unique within the shadow root (a widget with several footers gives each its own). */
  readonly key?: string;
  /** Closes the list however short it is: for content that cites its sources beside each part already. */
  readonly alwaysCollapsed?: boolean;
}

/**
 * The footer under a widget's content: its sources, then when the content was reviewed and when it is due again, in
 * small print. A long list of sources is a disclosure, "Sources (N)", closed until the reader opens it; the review
 * dates stay in view. Keeps which lists the reader opened; renders purely, so it runs on a server too.
 */
export class SourcesFooter {
  readonly #host: ReactiveControllerHost;
  #open: ReadonlySet<string> = new Set();

  /** It has no part in the host's lifecycle: it only asks for an update when the reader opens or closes a list. */
  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  #toggle(key: string): void {
    const next = new Set(this.#open);
    if (!next.delete(key)) next.add(key);
    this.#open = next;
    this.#host.requestUpdate();
  }

  render(options: SourcesFooterOptions): TemplateResult {
    const { review, lang, key = 'sources', alwaysCollapsed = false } = options;
    const strings = localize(commonStrings, lang);
    const sources = citedSources(options.sourceIds);
    const { lastReviewed, nextReview } = review;
    const collapsible = sources.length > 0 && (alwaysCollapsed || sources.length >= collapsedSourceCount);
    const open = !collapsible || this.#open.has(key);
    const listId = `${key}-list`;
    let title: TemplateResult | typeof nothing = nothing;
    if (collapsible) {
      title = html`<p class="footer-title">
        <button
          type="button"
          class="link-button sources-toggle"
          part="sources-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${listId}
          @click=${() => this.#toggle(key)}
        >
          <span>${strings.sourcesCount(formatNumber(sources.length, lang))}</span
          ><span class="disclosure-chevron" aria-hidden="true"></span>
        </button>
      </p>`;
    } else if (sources.length > 0) {
      title = html`<p class="footer-title">${strings.sources}</p>`;
    }
    return html`<div class="footer" part="footer">
      ${title}
      ${sources.length > 0 ? renderSourceList(sources, open ? 'sources' : 'sources closed', listId) : nothing}
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
}

/** Tells readers, above the content, that it is past its next review date and may be out of date; nothing before that. */
export function renderReviewNotice(review: ShownReview, lang: string, day?: string): TemplateResult | typeof nothing {
  if (!isReviewDue(review, day)) return nothing;
  const date = formatDate(review.nextReview!, lang);
  return html`<p class="review-due" part="review-due">${localize(commonStrings, lang).reviewDue(date)}</p>`;
}
