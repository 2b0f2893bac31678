import { provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../internal/define.js';
import { JsonChildReader } from '../../internal/host-data.js';
import { error, warn } from '../../internal/log.js';
import { type HostData, type Theme, themes, type WidgetSettings, widgetSettingsContext } from '../../internal/settings-context.js';

const dataKinds: readonly (keyof HostData)[] = ['faq', 'studies', 'sessions', 'safety'];

/**
 * @summary Configures every widget inside it at once: theme, language and host data for all four kinds.
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
  @property({ reflect: true }) theme?: string;

  /** Host data for all four kinds: `{ faq, studies, sessions, safety }`. Overrides a JSON child. */
  @property({ attribute: false }) data?: HostData;

  @state() private jsonChildData?: HostData;

  @provide({ context: widgetSettingsContext })
  @state()
  protected settings: WidgetSettings = {};

  #jsonChild = new JsonChildReader(this, (value) => {
    this.jsonChildData = value as HostData | undefined;
  });
  #langObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.jsonChildData = this.#jsonChild.connect() as HostData | undefined;
    // Widgets read the nearest `lang` themselves; a change here must reach them as a new settings value.
    this.#langObserver ??= new MutationObserver(() => this.requestUpdate());
    this.#langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#jsonChild.disconnect();
    this.#langObserver?.disconnect();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    try {
      this.settings = { theme: this.#theme(), data: this.#data(), lang: this.lang || undefined };
    } catch (cause) {
      error(this.localName, 'could not read its settings.', cause);
    }
  }

  #theme(): Theme | undefined {
    if (this.theme == null) return undefined;
    const theme = this.theme.trim().toLowerCase();
    if ((themes as readonly string[]).includes(theme)) return theme as Theme;
    warn(this.localName, `theme="${this.theme}" is not one of "light", "dark", "auto"; widgets use their own theme.`);
    return undefined;
  }

  #data(): HostData | undefined {
    const data = this.data ?? this.jsonChildData;
    if (data == null) return undefined;
    if (typeof data !== 'object' || Array.isArray(data)) {
      error(this.localName, 'data must be an object { faq, studies, sessions, safety }; widgets show their bundled content.');
      return undefined;
    }
    const unknownKinds = Object.keys(data).filter((kind) => !dataKinds.includes(kind as keyof HostData));
    if (unknownKinds.length > 0) {
      warn(this.localName, `data has unknown field(s) ${unknownKinds.join(', ')}; expected ${dataKinds.join(', ')}.`);
    }
    return data;
  }

  override render() {
    return html`<slot></slot>`;
  }
}

defineElement('mdma-widgets-provider', MdmaWidgetsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mdma-widgets-provider': MdmaWidgetsProvider;
  }
}
