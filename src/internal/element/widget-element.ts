import { ContextConsumer } from '@lit/context';
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { adoptStylesInDocument } from './document-styles.js';
import { headingLevelOptions, headingLevelSetting, ownHeadings, PagePlaceController, type HeadingLevel } from '../page/heading.js';
import { DeferredHydration } from './hydration.js';
import { LocalizeController } from '../language/localize.js';
import { ConsoleMessages } from './messages.js';
import { optionOf, reflectedText } from './options.js';
import { type Theme, themes, type WidgetSettings, widgetSettingsContext } from './settings-context.js';
import { themeStyles } from '../render/theme.styles.js';

/** A heading level as an attribute gives it (`"3"`, `"auto"`) or a property (`3`). */
export type HeadingLevelValue = HeadingLevel | `${HeadingLevel}` | 'auto';

/**
 * What the four widgets share, and nothing more: the theme, the provider's settings, the language in effect, where the
 * widget sits in the page (the level of its headings, the names of its landmarks), console messages for the site owner,
 * a guarantee that rendering never throws into the page, and `emit`. Language and place live in controllers; what only
 * some widgets need is theirs: host data (`HostDataController`), attribute readers (`options.ts`), the sources they
 * cite and the footer that shows them (`provenance/`). Nothing is registered by constructing an element. Rendering is
 * pure (no DOM globals, no logging, no events), so every widget renders on a server too.
 */
export abstract class WidgetElement extends LitElement {
  static override styles: CSSResultGroup = themeStyles;

  /** Its headings are its own items: a widget after it is not a section of its last one. */
  static readonly [ownHeadings] = true;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true, converter: reflectedText }) theme?: Theme | undefined;

  /** Settings from an enclosing `<mdma-widgets-provider>`, if any, as received. */
  @state() private providerSettings?: WidgetSettings | undefined;

  /** Whether a provider answered since the element was last connected. */
  #provided = false;

  constructor() {
    super();
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
  /** Where the widget sits in the page: the level of its headings, the names of its landmarks. */
  protected readonly place = new PagePlaceController(this);
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
    if (prerendered) this.place.adoptPrerendered(root);
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
    if (this.theme != null) return optionOf(this.messages, 'theme', this.theme, themes, 'light');
    return this.settings?.theme ?? 'light';
  }

  /**
   * The level of the widget's headings: its `heading-level` (given as `value`), else the provider's, else `auto` (see
   * `PagePlaceController`). An unusable value is reported once and `auto` used.
   */
  protected headingLevelOf(value: unknown): HeadingLevel {
    const instead = 'using "auto", one level below the heading before the widget.';
    const option = value == null ? undefined : optionOf(this.messages, 'heading-level', value, headingLevelOptions, 'auto', instead);
    return this.place.headingLevel(option === undefined ? this.settings?.headingLevel : headingLevelSetting(option));
  }

  /** The day a server rendered this widget, while the script has yet to take over (`prerender()` writes it). */
  protected get renderedOn(): string | undefined {
    return this.pending ? (this.getAttribute('rendered-on') ?? undefined) : undefined;
  }

  /** Dispatches a widget event: it bubbles and crosses shadow roots, so the page can listen anywhere above. */
  protected emit<Detail>(type: string, detail: Detail): void {
    this.dispatchEvent(new CustomEvent<Detail>(type, { detail, bubbles: true, composed: true }));
  }
}
