import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { faqSources } from '../../data/faq-sources.js';
// The questions beside their sources, so that the compressor finds what they share (the sources' ids).
import { faqMarkup as bundledFaq } from './faq.markup.js';
import type { FaqItem, ReviewDates } from '../../data/types.js';
import { onDisclosureToggle, openDisclosures } from '../../internal/page/disclosure.js';
import { formatNumber } from '../../internal/language/format.js';
import { moveAccordionFocus } from '../../internal/page/keys.js';
import { HostDataController } from '../../internal/host-content/controller.js';
import { faqSchema } from '../../internal/host-content/faq.js';
import { mergeItems } from '../../internal/host-content/merge.js';
import type { FaqData } from '../../internal/host-content/input.js';
import { localize } from '../../internal/language/localize.js';
import { attribute, quote, quoteList } from '../../internal/element/log.js';
import { markupText, type FaqMarkup } from '../../internal/render/markup.js';
import { shownReview } from '../../internal/provenance/review.js';
import { blocksToText } from '../../internal/render/rich-text.js';
import { renderCitationList, renderReviewNotice, renderSourcesFooter } from '../../internal/provenance/sources-footer.js';
import { tokensOf } from '../../internal/element/options.js';
import { blocksMarkup, markup, staticMarkup } from '../../internal/render/static-markup.js';
import { commonStrings } from '../../internal/language/strings/common.js';
import { faqStrings, type FaqStrings } from '../../internal/language/strings/mdma-faq.js';
import { WidgetElement, type HeadingLevelValue } from '../../internal/element/widget-element.js';
import { styles } from './mdma-faq.styles.js';
import { chosenQuestions } from './questions.js';
import { searchable, searchWords, wordRanges } from './search.js';

/** What opened or closed an answer: its question, the "Show all" control, a deep link, or the browser's find-in-page. */
export type FaqToggleTrigger = 'question' | 'all' | 'link' | 'find';

/** The detail of a `mdma-faq-toggle` event. */
export interface FaqToggleDetail {
  /** The question's id, as used in deep links and in the `questions` attribute. */
  readonly id: string;
  /** Whether the answer is now open. */
  readonly open: boolean;
  readonly trigger: FaqToggleTrigger;
}

/** The events `<mdma-faq>` dispatches, by type. They bubble and cross shadow roots, up to the document and the window. */
export interface MdmaFaqEventMap {
  'mdma-faq-toggle': CustomEvent<FaqToggleDetail>;
}

/**
 * A question as shown: a bundled one as markup, or a host's as data (rendered as text), with the language of its
 * content (undefined: the page's).
 */
interface ShownQuestion {
  readonly id: string;
  readonly sources: readonly string[];
  readonly review?: ReviewDates | undefined;
  readonly bundled?: FaqMarkup;
  readonly host?: FaqItem;
  readonly lang: string | undefined;
}

/** The outcome of the last "Copy link" press, shown beside that answer's control. */
type CopyResult =
  | { readonly id: string; readonly copied: true }
  | { readonly id: string; readonly copied: false; readonly url: string };

/**
 * @summary Questions and answers about MDMA-assisted therapy for PTSD, each answer behind its question with the
 * sources it cites, deep links, an optional search box, and every source and the review date underneath.
 *
 * @fires {CustomEvent<FaqToggleDetail>} mdma-faq-toggle - An answer opened or closed: `detail` is `{ id, open, trigger }`,
 * where `trigger` is `question`, `all`, `link` or `find`. It bubbles and crosses shadow roots; the element itself sends
 * nothing anywhere.
 *
 * @slot - Optional host questions as JSON: `<script type="application/json">` holding an array of FAQ items or
 * `{ "items": [...], "mode": "replace" | "extend", "language": "es", "lastReviewed": "YYYY-MM-DD" }`. Nothing else is shown.
 *
 * @csspart base - The element's wrapper.
 * @csspart search - The search box and its label, hint and result count (with `searchable`).
 * @csspart show-all - The "Show all answers" / "Hide all answers" control.
 * @csspart questions - The list of questions.
 * @csspart item - One question with its answer: a native `<details>`, which opens before and without the script.
 * @csspart question - A question's heading.
 * @csspart toggle - The `<summary>` that holds a question's heading and opens and closes its answer.
 * @csspart answer - An answer.
 * @csspart answer-sources - The sources an answer cites, under it.
 * @csspart copy-link - The "Copy link" control under an answer (on pages with a web address: http or https).
 * @csspart footer - The review date and the date of the next review (each answer lists its own sources, printed once).
 *
 * @cssprop [--mdma-scroll-margin-top=1em] - Room kept above a question a deep link scrolls to: the height of a sticky header, for example.
 * @cssprop [--mdma-color-text=#1f2328] - Question and answer text.
 * @cssprop [--mdma-color-muted=#4f5863] - Hints, the copy status and the footer.
 * @cssprop [--mdma-color-accent=#005eb8] - Links, controls and the chevrons.
 * @cssprop [--mdma-color-surface=#ffffff] - Background, including the search box.
 * @cssprop [--mdma-color-border=#6b7785] - Lines between questions and the search box's border.
 * @cssprop [--mdma-color-focus=#ffd33d] - Focus outline.
 * @cssprop [--mdma-color-focus-text=#0b0c0c] - Ring around the focus outline.
 * @cssprop [--mdma-font-family=inherit] - Typeface; the page's by default.
 * @cssprop [--mdma-font-size=1em] - Base text size.
 * @cssprop [--mdma-font-size-small=0.875em] - Hints, "Copy link" and the footer.
 * @cssprop [--mdma-line-height=1.5] - Line height.
 * @cssprop [--mdma-radius=0.375em] - Corner radius of the search box.
 * @cssprop [--mdma-space-xs=0.25em] - Smallest spacing.
 * @cssprop [--mdma-space-s=0.5em] - Padding of questions.
 * @cssprop [--mdma-space-m=1em] - Space under answers.
 */
export class MdmaFaq extends WidgetElement {
  static override styles = [WidgetElement.styles, styles];

  /** Which questions to show, in order: question ids separated by spaces or commas. All questions when absent. */
  @property() questions?: string | readonly string[] | undefined;

  /** Answers open at start: question ids separated by spaces or commas, or `all`. */
  @property() open?: string | readonly string[] | undefined;

  /**
   * The level of the question headings, to fit the outline of the page around the element: `auto` (default), one level
   * below the nearest heading before the element (`h2` when there is none), or 2 to 6.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: HeadingLevelValue | undefined;

  /** Lets only one answer be open at a time: opening one closes the others. Hides "Show all answers". */
  @property({ type: Boolean, reflect: true }) exclusive = false;

  /** Shows a search box that filters the questions and answers as the reader types. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /**
   * A short name for this FAQ, added to the name of its search box so that it stays apart from another FAQ's. Without
   * it the name takes the text of the heading before the element, and a number after the first under that heading.
   */
  @property() label?: string;

  /** Host questions: an array of FAQ items, or `{ items, mode: 'replace' | 'extend', language, lastReviewed, nextReview }`. */
  @property({ attribute: false }) data?: FaqData | undefined;

  /**
   * Ids of the open answers. The disclosures follow it where the widget opens or closes them (`open`, Show all, a deep
   * link); it follows the disclosures where the reader does, at their `toggle` events. Lit sets `open` only when this
   * changes, so an update before a reader's toggle is reported never undoes it. As every disclosure's state is here, the
   * questions need no keyed list: when they change (`questions`, host data), each place takes its new question's state.
   */
  @state() private openIds: ReadonlySet<string> = new Set();

  /** The reader's search text. */
  @state() private query = '';

  @state() private copyResult?: CopyResult;

  /** Whether the page has a web address to link answers to: "Copy link" is offered only then. */
  @state() private linkable = true;

  /** A question id from the URL hash, waiting for its question to be shown. */
  @state() private linkedId?: string;

  /** The questions in the chosen order, and the ids of those the search leaves. Both set in `willUpdate`. */
  #questions: readonly ShownQuestion[] = [];
  #visible: ReadonlySet<string> = new Set();
  readonly #hostData = new HostDataController<FaqItem>(
    this,
    'faq',
    faqSchema,
    { property: () => this.data, provider: () => this.settings?.data?.faq },
    this.messages,
  );
  /** The ids `open` was last applied to: host data arriving later re-applies it, unless the reader has chosen since. */
  #initialOpenKey?: string;
  #readerHasToggled = false;
  #scrollTarget?: { readonly id: string; readonly focus: boolean };
  /** Whether the linked question should take focus once shown: yes after a hash change, not on page load. */
  #linkFocus = false;
  /** Questions the reader clicked (or pressed Enter or Space on) whose disclosure has yet to report its toggle. */
  #clicked = new Set<string>();
  /** Toggles made while rendering (a deep link opening its question), announced once the render is done. */
  #pendingToggles: FaqToggleDetail[] = [];
  /**
   * The answers a search shows open: all those it leaves, when they are few (five or fewer), so that the words can be
   * seen where they are. Shown, not opened: they close again as the search changes, and tell the host nothing.
   */
  #searchShown: ReadonlySet<string> = new Set();
  /** The words searched for, and the ranges where they are marked, while the widget is in the page. */
  #words: string[] = [];
  #marked: Range[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#handleHashChange);
    this.#followHash(false);
    this.linkable = this.#pageUrl() !== undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#handleHashChange);
    this.#mark([]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The bundled questions, or the host's replacing or extending them, narrowed and ordered by `questions`.
    const host = this.#hostData.items;
    const all = mergeItems(
      bundledFaq.items.map((item) => this.#shown(item, undefined, bundledFaq.language)),
      host?.items.map((item) => this.#shown(undefined, item, host.language)),
      host?.mode,
      (question) => question.id,
    );
    this.#questions = chosenQuestions(all, tokensOf(this.messages, 'questions', this.questions), this.questions, this.messages);
    const ids = this.#questions.map(({ id }) => id);
    const idsKey = ids.join(' ');

    if (changed.has('open') || (!this.#readerHasToggled && idsKey !== this.#initialOpenKey)) {
      this.openIds = this.#initialOpenIds(ids);
      this.#initialOpenKey = idsKey;
    } else if (changed.has('exclusive') && this.exclusive && this.openIds.size > 1) {
      this.openIds = new Set(ids.filter((id) => this.openIds.has(id)).slice(0, 1));
    }

    // A pre-rendered FAQ hydrates as the server rendered it, with no question open from the URL; the next update opens it.
    if (this.linkedId !== undefined && !this.hydrating && ids.includes(this.linkedId)) this.#openLinkedQuestion(this.linkedId);

    const words = (this.#words = searchWords(this.query));
    // A question's text is worked out only while the reader searches: about 0.3 ms for the 14 bundled questions on a
    // desktop each time the search changes. Keeping it would cost more script than it saves.
    const visible = words.length
      ? this.#questions.filter(({ bundled, host }) => {
          const text = searchable(bundled ? markupText(`${bundled.question}\n${bundled.answer}`) : `${host!.question}\n${blocksToText(host!.answer)}`);
          return words.every((word) => text.includes(word));
        })
      : this.#questions;
    this.#visible = new Set(visible.map(({ id }) => id));
    if ((changed as PropertyValues).has('query')) {
      this.#searchShown = words.length > 0 && !this.exclusive && this.#visible.size <= 5 ? this.#visible : new Set();
    }
  }

  /** Marks `ranges` as found, where the browser can (the CSS Custom Highlight API), in place of this FAQ's last ones. */
  #mark(ranges: Range[]): void {
    const highlights = globalThis.CSS?.highlights;
    if (!highlights) return;
    let found = highlights.get('mdma-faq-found');
    if (!found) highlights.set('mdma-faq-found', (found = new Highlight()));
    for (const range of this.#marked) found.delete(range);
    for (const range of ranges) found.add(range);
    this.#marked = ranges;
  }

  protected override adoptReaderState(): void {
    this.openIds = openDisclosures(this.renderRoot, 'details.item', 'id');
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    onDisclosureToggle(this.renderRoot, 'details.item', 'id', (id, open) => this.#disclosureToggled(id, open));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const toggles = this.#pendingToggles;
    this.#pendingToggles = [];
    this.#announce(toggles);
    const words = this.#words;
    const items = words.length ? this.renderRoot.querySelectorAll('.item:not([hidden]) :is(.question-text, .answer-body)') : [];
    this.#mark([...items].flatMap((item) => wordRanges(item, words)));
    const target = this.#scrollTarget;
    if (!target) return;
    this.#scrollTarget = undefined;
    const item = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('details.item')).find((details) => details.dataset['id'] === target.id);
    item?.scrollIntoView({ block: 'start' });
    // Following an in-page link moves the reader there; Tab should then continue from the question, as it would natively.
    if (target.focus) item?.querySelector('summary')?.focus({ preventScroll: true });
  }

  #shown(bundled: FaqMarkup | undefined, host: FaqItem | undefined, lang: string | undefined): ShownQuestion {
    // Its id, sources and review dates are the question's own.
    return { ...(bundled ?? host)!, bundled, host, lang };
  }


  /** The answers the `open` attribute asks for, among `ids`. */
  #initialOpenIds(ids: readonly string[]): Set<string> {
    // A framework's boolean attribute (`<mdma-faq open>` in JSX) arrives as true.
    const tokens = (this.open as unknown) === true ? this.#openAsBoolean() : tokensOf(this.messages, 'open', this.open);
    const requested = tokens.length === 1 && tokens[0]!.toLowerCase() === 'all' ? [...ids] : tokens;
    const shown = new Set(ids);
    const unknown = requested.filter((id) => !shown.has(id));
    if (unknown.length > 0) {
      this.messages.warn(`${attribute('open', this.open)}: no shown question has the id ${quoteList(unknown)}; use a shown question's id, or "all".`);
    }
    const opened = requested.filter((id) => shown.has(id));
    if (this.exclusive && opened.length > 1) {
      this.messages.warn(`${attribute('open', this.open)}: exclusive allows one open answer; opening only ${quote(opened[0])}.`);
      return new Set(opened.slice(0, 1));
    }
    return new Set(opened);
  }

  #openAsBoolean(): string[] {
    this.messages.warn('open must be question ids or "all", not true; none is opened.');
    return [];
  }

  /** Opens the question the URL hash names, clearing the search so it shows, and marks it to scroll into view. */
  #openLinkedQuestion(id: string): void {
    this.linkedId = undefined;
    this.#readerHasToggled = true;
    this.query = '';
    // One at a time (`exclusive`): the others close.
    const others = this.exclusive ? [...this.openIds].filter((other) => other !== id) : [];
    this.#pendingToggles.push(...this.#setOpen(others, false, 'link'), ...this.#setOpen([id], true, 'link'));
    this.#scrollTarget = { id, focus: this.#linkFocus };
  }

  /** Reads a question id from the URL hash; `focus` is true for a hash change while the reader is on the page. */
  #followHash(focus: boolean): void {
    let id: string;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return;
    }
    this.linkedId = id || undefined;
    this.#linkFocus = focus;
  }

  /** Opens or closes the answers `ids`; returns what changed, for the host to be told. */
  #setOpen(ids: Iterable<string>, open: boolean, trigger: FaqToggleTrigger): FaqToggleDetail[] {
    const next = new Set(this.openIds);
    const changes: FaqToggleDetail[] = [];
    for (const id of ids) {
      if (next.has(id) === open) continue;
      if (open) next.add(id);
      else next.delete(id);
      changes.push({ id, open, trigger });
    }
    this.openIds = next;
    return changes;
  }

  #announce(changes: readonly FaqToggleDetail[]): void {
    for (const detail of changes) this.emit<FaqToggleDetail>('mdma-faq-toggle', detail);
  }

  /** The page's address, if it is on the web (http or https): a blob:, file: or about:srcdoc page has none to share. */
  #pageUrl(): URL | undefined {
    try {
      const url = new URL(this.ownerDocument.URL);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    } catch {
      return undefined;
    }
  }

  /** The page's URL with the question as its hash. */
  #linkTo(id: string): string | undefined {
    const url = this.#pageUrl();
    if (!url) return undefined;
    url.hash = id;
    return url.href;
  }

  #handleHashChange = (): void => {
    this.#followHash(true);
  };

  /**
   * A disclosure opened or closed: by the reader (a click, Enter or Space on its question, before or after the script
   * arrived), by the browser's find-in-page, or by the widget itself, which has already announced its own changes.
   */
  #disclosureToggled(id: string, open: boolean): void {
    const clicked = this.#clicked.delete(id);
    if (open === this.#isOpen(id)) return;
    this.#readerHasToggled = true;
    // The reader's now, not the search's.
    this.#searchShown = new Set([...this.#searchShown].filter((other) => other !== id));
    this.#setOpen([id], open, 'question');
    // Only the browser's find-in-page (or a text fragment link) opens a question nobody clicked.
    this.#announce([{ id, open, trigger: open && !clicked ? 'find' : 'question' }]);
  }

  #handleQuestionClick(event: Event): void {
    const summary = (event.target as Element).closest('summary');
    const id = (summary?.parentElement as HTMLElement | null)?.dataset['id'];
    if (id !== undefined) this.#clicked.add(id);
  }

  #handleShowAll(): void {
    this.#readerHasToggled = true;
    // What a search shows open, the reader now has open.
    const open = !this.#allVisibleOpen();
    this.openIds = new Set([...this.openIds, ...this.#searchShown]);
    this.#searchShown = new Set();
    this.#announce(this.#setOpen(this.#visible, open, 'all'));
  }

  #handleQuestionKeydown(event: KeyboardEvent): void {
    moveAccordionFocus(event, Array.from(this.renderRoot.querySelectorAll<HTMLElement>('details.item:not([hidden]) > summary')));
  }

  #handleSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  async #handleCopyLink(id: string): Promise<void> {
    const url = this.#linkTo(id);
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.copyResult = { id, copied: true };
    } catch {
      // No clipboard (an insecure page, a denied permission): show the link so the reader can copy it by hand.
      this.copyResult = { id, copied: false, url };
    }
  }

  #allVisibleOpen(): boolean {
    return this.#visible.size > 0 && [...this.#visible].every((id) => this.#isOpen(id));
  }

  /** Whether the answer `id` shows open: opened, or shown by a search. */
  #isOpen(id: string): boolean {
    return this.openIds.has(id) || this.#searchShown.has(id);
  }

  #renderSearch(strings: FaqStrings): TemplateResult {
    const count = this.#visible.size;
    const query = this.query.trim();
    let status = '';
    if (query !== '') status = count === 0 ? strings.noMatches(query) : strings.matches(count, formatNumber(count, this.language));
    return html`<div class="search" part="search" role="search" aria-label=${this.place.landmarkName(strings.searchLabel, this.label, this.language)}>
      <label class="search-label" for="mdma-faq-search">${strings.searchLabel}</label>
      <p class="search-hint" id="mdma-faq-search-hint">${strings.searchHint}</p>
      <input
        class="search-input"
        id="mdma-faq-search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="mdma-faq-search-hint"
        .value=${this.query}
        @input=${this.#handleSearchInput}
      />
      <p class="search-status" role="status">${status}</p>
    </div>`;
  }

  /** Its label says what pressing it does; an expanded state too would be read as "Hide all answers, expanded". */
  #renderShowAll(strings: FaqStrings): TemplateResult | typeof nothing {
    if (this.exclusive || this.#visible.size === 0) return nothing;
    const allOpen = this.#allVisibleOpen();
    return html`<button type="button" class="show-all" part="show-all" @click=${this.#handleShowAll}>
      ${allOpen ? strings.hideAll : strings.showAll}
    </button>`;
  }

  #renderCopyStatus(id: string, strings: FaqStrings): TemplateResult | string {
    const result = this.copyResult;
    if (result?.id !== id) return '';
    if (result.copied) return strings.linkCopied;
    return html`${strings.copyFailed} <a href=${result.url}>${result.url}</a>`;
  }

  /** "Copy link" under an answer: added by the script, on a page with a web address. */
  #renderCopyLink(question: ShownQuestion, strings: FaqStrings): TemplateResult | typeof nothing {
    if (this.pending || !this.linkable) return nothing;
    const { id, lang } = question;
    const text = question.host?.question ?? markupText(question.bundled!.question);
    return html`<p class="copy">
      <button type="button" class="copy-link" part="copy-link" @click=${() => this.#handleCopyLink(id)}>
        ${strings.copyLink}<span class="visually-hidden"> ${strings.copyLinkTarget} <span lang=${ifDefined(lang)}>${text}</span></span>
      </button>
      <span class="copy-status" role="status">${this.#renderCopyStatus(id, strings)}</span>
    </p>`;
  }

  /**
   * A question and its answer, a native disclosure: it opens with a click, Enter or Space before and without the
   * script. A bundled one is markup, cloned; a host's is rendered as text.
   */
  #renderQuestion(question: ShownQuestion, level: number, strings: FaqStrings): TemplateResult {
    const { id, bundled, host, lang } = question;
    // A bundled question is markup already; a host's is bound as text.
    const heading = markup(!!bundled)`<h${level} class="question" part="question"><span class="question-text" lang="${lang ?? nothing}">${
      bundled ? staticMarkup(bundled.question) : host!.question
    }</span></h${level}>`;
    const answer = bundled ? staticMarkup(bundled.answer) : blocksMarkup(host!.answer, false);
    const list = renderCitationList(faqSources, question.sources, 'answer-sources');
    const citations =
      list === nothing
        ? nothing
        : html`<div class="answer-citations" part="answer-sources">
            <p class="answer-sources-title">${localize(commonStrings, this.language).sources}</p>
            ${list}
          </div>`;
    return html`<details
      class="item"
      part="item"
      data-id=${id}
      ?open=${this.#isOpen(id)}
      ?hidden=${!this.#visible.has(id)}
      name=${this.exclusive ? 'questions' : nothing}
    >
      <summary class="toggle" part="toggle">${heading}<span class="disclosure-chevron" aria-hidden="true"></span></summary>
      <div class="answer" part="answer">
        <div class="answer-body" lang=${ifDefined(lang)}>${answer}</div>
        ${citations}${this.#renderCopyLink(question, strings)}</div>
    </details>`;
  }

  override render() {
    const strings = localize(faqStrings, this.language);
    const level = this.headingLevelOf(this.headingLevel);
    // A bundled question with review dates of its own (the regulatory ones, checked monthly) is judged by them alone.
    const review = shownReview(this.#hostData.items, this.#questions.filter(({ bundled }) => bundled).map(({ review }) => review ?? bundledFaq));
    // The search box and "Show all" are written before the script takes over (on a server, while hydrating), but
    // hidden and inert: they keep their place, so nothing moves when they appear, and nothing looks usable before it is.
    return html`<div class="widget" part="base" data-theme=${this.effectiveTheme}>
      ${renderReviewNotice(review, this.language, this.renderedOn, this.messages)}
      <div class="controls" ?inert=${this.pending}>${this.searchable ? this.#renderSearch(strings) : nothing}${this.#renderShowAll(strings)}</div>
      <div class="questions" part="questions" @click=${this.#handleQuestionClick} @keydown=${this.#handleQuestionKeydown}>
        ${this.#questions.map((question) => this.#renderQuestion(question, level, strings))}
      </div>
      ${renderSourcesFooter(faqSources, [], review, this.language)}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap extends MdmaFaqEventMap {}
  interface DocumentEventMap extends MdmaFaqEventMap {}
  interface WindowEventMap extends MdmaFaqEventMap {}
}
