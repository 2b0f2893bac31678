import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { FaqData, SafetyData, SessionData, StudyData } from '../../internal/host-data/input.js';
import { headingLevelOptions, headingLevelSetting, type HeadingLevelSetting } from '../../internal/heading.js';
import type { HeadingLevelValue } from '../../internal/widget-element.js';
import { JsonChildReader } from '../../internal/host-data/json-child.js';
import { quote } from '../../internal/log.js';
import { ConsoleMessages } from '../../internal/messages.js';
import { readOption } from '../../internal/options.js';
import {
  hostDataKinds,
  type HostData,
  type Theme,
  themes,
  type WidgetSettings,
  widgetSettingsContext,
} from '../../internal/settings-context.js';

/** Host data for every widget inside a provider, by kind; each widget validates its own kind. */
export interface ProviderData {
  readonly faq?: FaqData;
  readonly studies?: StudyData;
  readonly sessions?: SessionData;
  readonly safety?: SafetyData;
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
  @property({ reflect: true }) theme?: Theme;

  /**
   * The level of the headings of every widget inside, 2 to 6, or `auto` (each widget's default): one level below the
   * nearest heading before it. A widget's own `heading-level` wins.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: HeadingLevelValue;

  /** Host data for all four kinds: `{ faq, studies, sessions, safety }`. Overrides a JSON child. */
  @property({ attribute: false }) data?: ProviderData;

  /** What the widgets inside receive; a new object only when the theme or the data in use changed. */
  @provide({ context: widgetSettingsContext })
  protected settings: WidgetSettings = {};

  readonly #messages = new ConsoleMessages(this);
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#jsonChild.disconnect();
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
    const data: unknown = this.data ?? this.#jsonChild.value;
    if (data == null) return undefined;
    if (typeof data !== 'object' || Array.isArray(data)) {
      this.#messages.error('data must be an object { faq, studies, sessions, safety }; widgets show their bundled content.');
      return undefined;
    }
    const unknownKinds = Object.keys(data).filter((kind) => !(hostDataKinds as readonly string[]).includes(kind));
    if (unknownKinds.length > 0) {
      this.#messages.warn(`data has unknown field(s) ${unknownKinds.slice(0, 10).map(quote).join(', ')}; expected ${hostDataKinds.join(', ')}.`);
    }
    return data as HostData;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
