import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { FaqData, SafetyData, SessionData, StudyData } from '../../internal/host-content/input.js';
import { adoptStylesInDocument } from '../../internal/element/document-styles.js';
import { headingLevelOptions, headingLevelSetting, type HeadingLevelSetting } from '../../internal/page/heading.js';
import type { HeadingLevelValue } from '../../internal/element/widget-element.js';
import { JsonChildReader } from '../../internal/host-content/json-child.js';
import { describeError, kindOf, quoteList } from '../../internal/element/log.js';
import { ConsoleMessages } from '../../internal/element/messages.js';
import { readOption, reflectedText } from '../../internal/element/options.js';
import {
  hostDataKinds,
  type HostData,
  type Theme,
  themes,
  type WidgetSettings,
  widgetSettingsContext,
} from '../../internal/element/settings-context.js';

/** Host data for every widget inside a provider, by kind; each widget validates its own kind. */
export interface ProviderData {
  readonly faq?: FaqData | undefined;
  readonly studies?: StudyData | undefined;
  readonly sessions?: SessionData | undefined;
  readonly safety?: SafetyData | undefined;
}

/**
 * @summary Configures every widget inside it at once: theme, language, heading level and host data for all four kinds.
 *
 * Set `lang` on the provider (or any ancestor) to choose the interface language. Host data comes from the `data`
 * property or a `<script type="application/json">` child: `{ "faq": [...], "studies": [...], "sessions": [...],
 * "safety": [...] }`, each kind an array of items or `{ "items": [...], "mode": "extend", "language": "es" }`.
 * A widget's own attributes and data win over the provider's.
 *
 * @slot - The widgets (and any other content) to configure.
 */
export class MdmaWidgetsProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Colour scheme for every widget inside: `light`, `dark` or `auto`. */
  @property({ reflect: true, converter: reflectedText }) theme?: Theme | undefined;

  /**
   * The level of the headings of every widget inside, 2 to 6, or `auto` (each widget's default): one level below the
   * nearest heading before it. A widget's own `heading-level` wins.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: HeadingLevelValue;

  /** Host data for all four kinds: `{ faq, studies, sessions, safety }`. Overrides a JSON child. */
  @property({ attribute: false }) data?: ProviderData | undefined;

  /** What the widgets inside receive; a new object only when the theme or the data in use changed. */
  @provide({ context: widgetSettingsContext })
  protected settings: WidgetSettings = {};

  readonly #messages = new ConsoleMessages(this);
  /** The data input last read, and what was read from it. */
  #lastData?: { readonly input: unknown; readonly data: HostData | undefined };
  readonly #jsonChild = new JsonChildReader(
    this,
    () => this.requestUpdate(),
    (cause) =>
      this.#messages.error('the JSON in its <script type="application/json"> child does not parse; widgets show their bundled content.', cause),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.#jsonChild.connect();
  }

  /** Moved into another document: its stylesheet (`display: contents`) stays behind, so it adopts it anew. */
  adoptedCallback(): void {
    adoptStylesInDocument(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#jsonChild.disconnect();
  }

  /** Nothing the provider does may throw into the host page: a failed update is reported and the last good one kept. */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (cause) {
      this.#messages.error('could not update its widgets.', cause);
      this.#messages.flush();
    }
  }

  protected override willUpdate(): void {
    const theme = this.#theme();
    const headingLevel = this.#headingLevel();
    const data = this.#data();
    if (theme !== this.settings.theme || headingLevel !== this.settings.headingLevel || data !== this.settings.data) {
      this.settings = { theme, headingLevel, data };
    }
  }

  #theme(): Theme | undefined {
    if (this.theme == null) return undefined;
    const reading = readOption('theme', this.theme, themes);
    if (reading.problem !== undefined) this.#messages.warn(`${reading.problem}; widgets use their own theme.`);
    return reading.value;
  }

  #headingLevel(): HeadingLevelSetting | undefined {
    if (this.headingLevel == null) return undefined;
    const reading = readOption('heading-level', this.headingLevel, headingLevelOptions);
    if (reading.problem === undefined) return headingLevelSetting(reading.value);
    this.#messages.warn(`${reading.problem}; widgets use their own heading level.`);
    return undefined;
  }

  #data(): HostData | undefined {
    const input: unknown = this.data ?? this.#jsonChild.value;
    if (input == null) return undefined;
    if (this.#lastData?.input !== input) this.#lastData = { input, data: this.#readData(input) };
    return this.#lastData.data;
  }

  /**
   * The data of each kind, read once per input from the input's own fields; each widget validates its own kind. A
   * kind that cannot be read (a throwing getter, a revoked Proxy) is left out and reported, naming it.
   */
  #readData(input: unknown): HostData | undefined {
    let fields: string[];
    try {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        this.#messages.error(`data must be an object { faq, studies, sessions, safety }, not ${kindOf(input)}; widgets show their bundled content.`);
        return undefined;
      }
      fields = Object.keys(input);
    } catch (cause) {
      this.#messages.error(`data cannot be read (${describeError(cause)}); widgets show their bundled content.`);
      return undefined;
    }
    const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const kind of hostDataKinds) {
      if (!fields.includes(kind)) continue;
      try {
        data[kind] = (input as Record<string, unknown>)[kind];
      } catch (cause) {
        this.#messages.error(`data field "${kind}" cannot be read (${describeError(cause)}); widgets show their bundled ${kind}.`);
      }
    }
    const unknownKinds = fields.filter((field) => !(hostDataKinds as readonly string[]).includes(field));
    if (unknownKinds.length > 0) {
      this.#messages.warn(`data has unknown field(s) ${quoteList(unknownKinds)}; expected ${hostDataKinds.join(', ')}.`);
    }
    return data as HostData;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
