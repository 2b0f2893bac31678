import { ContextConsumer } from '@lit/context';
import { version } from '../../version.js';
import { LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Source } from '../../data/types.js';
import { addSources } from '../provenance/bibliography.js';
import { adoptStylesInDocument } from './document-styles.js';
import { formatNumber } from '../language/format.js';
import { headingLevelOptions, headingLevelSetting, ownHeadings, PagePlaceController, type HeadingLevel } from '../page/heading.js';
import { DeferredHydration } from './hydration.js';
import { LocalizeController } from '../language/localize.js';
import { ConsoleMessages } from './messages.js';
import { readOption, readText, readTokens, reflectedText, type Reading } from './options.js';
import { isReviewDue, type ShownReview } from '../provenance/review.js';
import { type Theme, themes, type WidgetSettings, widgetSettingsContext } from './settings-context.js';
import { renderReviewNotice, renderSourcesFooter } from '../provenance/sources-footer.js';
import { themeStyles } from '../render/theme.styles.js';

/** A heading level as an attribute gives it (`"3"`, `"auto"`) or a property (`3`). */
export type HeadingLevelValue = HeadingLevel | `${HeadingLevel}` | 'auto';

/**
 * What the four widgets share, and nothing more: the theme, the provider's settings, the language in effect, where the
 * widget sits in the page (the level of its headings, the names of its landmarks), console messages for the site owner,
 * and a guarantee that rendering never throws into the page. Host data, language and place live in controllers;
 * rendering is pure (no DOM globals, no logging, no events), so every widget renders on a server too.
 */
export abstract class WidgetElement extends LitElement {
  static override styles: CSSResultGroup = themeStyles;

  /** Its headings are its own items: a widget after it is not a section of its last one. */
  static readonly [ownHeadings] = true;

  /** The sources the widget's bundled content cites: citable once the first of its kind is created. */
  static bibliography: readonly Source[] = [];

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true, converter: reflectedText }) theme?: Theme | undefined;

  /** Settings from an enclosing `<mdma-widgets-provider>`, if any, as received. */
  @state() private providerSettings?: WidgetSettings | undefined;

  /** Whether a provider answered since the element was last connected. */
  #provided = false;

  constructor() {
    super();
    addSources((this.constructor as typeof WidgetElement).bibliography);
    // The consumer adds itself to the element's controllers; it asks for the settings each time the element connects.
    new ContextConsumer(this, {
      context: widgetSettingsContext,
      subscribe: true,
      callback: (settings) => {
        this.#provided = true;
        this.providerSettings = settings;
      },
    });
  }

  readonly #localize = new LocalizeController(this);
  readonly #hydration = new DeferredHydration(this, () => this.performUpdate());
  readonly #place = new PagePlaceController(this);
  /** True from finding a pre-rendered shadow root until the first update, which must render what the server did. */
  #hydrating = false;
  /** Messages for the site owner, each logged once; those raised while rendering wait until the render is done. */
  protected readonly messages = new ConsoleMessages(this);

  /**
   * Whether this update hydrates a pre-rendered widget. It must render exactly what the server rendered (Lit keeps the
   * server's DOM and attaches to it), so what only the page knows waits for the next update: the language of the
   * element's ancestors, a provider's settings, the URL hash, today's date. The next update follows at once.
   */
  protected get hydrating(): boolean {
    return this.#hydrating;
  }

  /**
   * Whether the script has yet to take over: on a server, and while hydrating what it wrote. Controls only the script
   * can serve are then left out, or written inert (and unseen) to keep their place: nothing looks usable before it is.
   */
  protected get pending(): boolean {
    return this.#hydrating || !this.isConnected;
  }

  /** The BCP 47 language in effect here: the element's own `lang`, its nearest ancestor's, or the page's. */
  protected get language(): string {
    return this.#hydrating ? this.getAttribute('lang') || 'en' : this.#localize.lang;
  }

  /** Settings from an enclosing `<mdma-widgets-provider>`, if any (none while hydrating, as on the server). */
  protected get settings(): WidgetSettings | undefined {
    return this.#hydrating ? undefined : this.providerSettings;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hydration.stop();
  }

  /** A shadow root already there is a pre-rendered one: the first update hydrates it instead of rendering anew. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot !== null;
    const root = super.createRenderRoot();
    this.#hydrating = prerendered;
    if (prerendered) this.#place.adoptPrerendered(root);
    return root;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#hydrating) return;
    this.#hydrating = false;
    this.adoptReaderState();
    this.requestUpdate();
  }

  /**
   * Once hydrated: takes on what the reader changed in the server's markup before the script arrived, such as the
   * disclosures they opened or closed, so that it stays as they left it.
   */
  protected adoptReaderState(): void {}

  override connectedCallback(): void {
    this.#provided = false;
    // Connecting asks for a provider's settings (the consumer above), and one inside answers at once.
    super.connectedCallback();
    // Moved out of its provider: the provider's theme and data no longer apply.
    if (!this.#provided) this.providerSettings = undefined;
    // A pre-rendered element waiting for hydration (its connection above is deferred) starts watching for its moment.
    this.#hydration.watch();
  }

  /** Moved into another document (a frame, `adoptNode`): its stylesheets stay behind, so it adopts them anew. */
  adoptedCallback(): void {
    adoptStylesInDocument(this);
  }

  /** Nothing a widget does may throw into the host page: a failed render is reported and the last good one kept. */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (cause) {
      this.messages.error('could not render.', cause);
      this.messages.flush();
    }
  }

  /** The colour scheme in effect: the `theme` attribute, else the provider's, else light. */
  protected get effectiveTheme(): Theme {
    if (this.theme != null) return this.option('theme', this.theme, themes, 'light');
    return this.settings?.theme ?? 'light';
  }

  /** A value read from the page, or `fallback` with a warning (once) saying what was wrong and what is done instead. */
  #read<Value>(reading: Reading<Value>, fallback: Value, instead: string): Value {
    if (reading.problem === undefined) return reading.value;
    this.messages.warn(`${reading.problem}; ${instead}`);
    return fallback;
  }

  /** An enumerated attribute's value, or `fallback` with a warning (once) naming the attribute. */
  protected option<Option extends string>(name: string, value: unknown, allowed: readonly Option[], fallback: Option): Option {
    return value == null ? fallback : this.#read(readOption(name, value, allowed), fallback, `using "${fallback}".`);
  }

  /**
   * The level of the widget's headings: its `heading-level`, else the provider's, else `auto`: one level below the
   * nearest heading before the widget in the page (`h2` when there is none, and on a server). A pre-rendered widget
   * keeps the level it was rendered at. An unusable value is reported once and `auto` used.
   */
  protected headingLevelOf(name: string, value: unknown): HeadingLevel {
    const option = value == null ? undefined : this.#read(readOption(name, value, headingLevelOptions), 'auto', 'using "auto", one level below the heading before the widget.');
    const setting = option === undefined ? (this.settings?.headingLevel ?? 'auto') : headingLevelSetting(option);
    return setting === 'auto' ? this.#place.level : setting;
  }

  /**
   * The name of a landmark, `base` ("Search the questions") when the widget is the only one of its kind on the page.
   * Otherwise made its own: after the host's `label`, or else the heading before the widget, with a number for a second
   * widget of its kind under the same heading ("Search the questions: Dosing (2)"). While hydrating, as on the server,
   * the name is the label's or `base`.
   */
  protected uniqueName(base: string, label: unknown): string {
    const given = typeof label === 'string' ? label.replace(/\s+/g, ' ').trim() : '';
    if (given) return `${base}: ${given}`;
    if (this.#hydrating || this.#place.alone) return base;
    const { section, ordinal } = this.#place;
    const number = ordinal > 1 ? ` (${formatNumber(ordinal, this.language)})` : '';
    return section ? `${base}: ${section}${number}` : `${base}${number}`;
  }

  /** A free-text attribute's value (numbers as digits), or undefined with a warning (once) naming it if it is not text. */
  protected text(name: string, value: unknown): string | undefined {
    return value == null ? undefined : this.#read<string | undefined>(readText(name, value), undefined, 'it is ignored.');
  }

  /** The distinct tokens of a space- or comma-separated attribute (`questions="a b c"`); none, with a warning, if unreadable. */
  protected tokens(name: string, value: unknown): string[] {
    return value == null || value === '' ? [] : this.#read(readTokens(name, value), [], 'it is ignored.');
  }

  /** Dispatches a widget event: it bubbles and crosses shadow roots, so the page can listen anywhere above. */
  protected emit<Detail>(type: string, detail: Detail): void {
    this.dispatchEvent(new CustomEvent<Detail>(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * Once content is past its next review date: a notice for readers above it, and one console warning per page for the
   * site owner, saying which version this is.
   */
  protected renderReviewNotice(review: ShownReview): TemplateResult | typeof nothing {
    // On the server, and while hydrating what it rendered, the day it was rendered decides (prerender() writes it).
    const day = this.pending ? (this.getAttribute('rendered-on') ?? undefined) : undefined;
    if (isReviewDue(review, day)) {
      this.messages.warnOncePerPage(
        `review-due ${review.nextReview}`,
        `content was due for review on ${review.nextReview}; readers are told it may be out of date. mdma-therapy-widgets ` +
          `${version}: a newer version may have updated content (see its CHANGELOG); host content goes by its own nextReview.`,
      );
    }
    return renderReviewNotice(review, this.language, day);
  }

  /** The sources and the review dates in small print, under the widget. A long list of sources is closed behind "Sources (N)". */
  protected renderFooter(sourceIds: Iterable<string>, review: ShownReview): TemplateResult {
    return renderSourcesFooter({ sourceIds, review, lang: this.language });
  }
}
