import { consume } from '@lit/context';
import { LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HeadingLevel } from './heading.js';
import { JsonChildReader } from './host-data.js';
import { languageOf } from './localize.js';
import { error, warn } from './log.js';
import { type HostData, type Theme, themes, type WidgetSettings, widgetSettingsContext } from './settings-context.js';
import { renderSourcesFooter } from './sources-footer.js';
import { themeStyles } from './theme.styles.js';

const headingLevels: readonly string[] = ['2', '3', '4', '5', '6'];

/** Host-supplied items after validation, with how they combine with the bundled ones. */
export interface HostItems<Item> {
  readonly items: readonly Item[];
  /** `replace` (default) shows only the host's items; `extend` adds them after the bundled ones. */
  readonly mode: 'replace' | 'extend';
  /** The language of the host's content, when the host says (e.g. translated questions). */
  readonly language?: string;
  /** The host's own review date for its content. */
  readonly lastReviewed?: string;
}

type Validator<Item> = (input: unknown, element: string) => Item[] | undefined;

/**
 * What the four widgets share: the theme, the language in effect, host data from a property, a JSON child or a
 * provider, warnings for bad attributes, the sources footer, and a guarantee that rendering never throws into the page.
 */
export abstract class WidgetElement extends LitElement {
  static override styles: CSSResultGroup = themeStyles;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme?: string;

  /** Settings from an enclosing `<mdma-widgets-provider>`, if any. */
  @consume({ context: widgetSettingsContext, subscribe: true })
  @state()
  protected settings?: WidgetSettings;

  /** The BCP 47 language in effect here: the element's own `lang` or its nearest ancestor's. */
  @state() protected language = 'en';

  /** Host data parsed from a `<script type="application/json">` child. */
  @state() private jsonChildData: unknown;

  #jsonChild = new JsonChildReader(this, (value) => {
    this.jsonChildData = value;
  });
  #warned = new Set<string>();
  /** The last host input validated and its result: re-renders must not validate, or log, the same input again. */
  #validated?: { readonly input: unknown; readonly result: HostItems<unknown> | undefined };

  override connectedCallback(): void {
    super.connectedCallback();
    this.language = languageOf(this);
    this.jsonChildData = this.#jsonChild.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#jsonChild.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The nearest `lang` may have changed since the last render (a host switching the page language).
    this.language = languageOf(this);
  }

  /** Nothing a widget does may throw into the host page: a failed render is reported and the last good one kept. */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (cause) {
      error(this.localName, 'could not render.', cause);
    }
  }

  /** The colour scheme in effect: the `theme` attribute, else the provider's, else light. */
  protected get effectiveTheme(): Theme {
    if (this.theme != null) return this.checkedOption('theme', this.theme, themes, 'light');
    return this.settings?.theme ?? 'light';
  }

  /** Logs a message once per element and text, so a bad attribute does not flood the console on every render. */
  protected warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    warn(this.localName, message);
  }

  /** An enumerated attribute's value, or `fallback` with a warning naming the attribute when it is not allowed. */
  protected checkedOption<Option extends string>(
    attribute: string,
    value: string | null | undefined,
    allowed: readonly Option[],
    fallback: Option,
  ): Option {
    if (value == null) return fallback;
    const normalised = value.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(normalised)) return normalised as Option;
    this.warnOnce(`${attribute}="${value}" is not one of ${allowed.map((option) => `"${option}"`).join(', ')}; using "${fallback}".`);
    return fallback;
  }

  /** A heading level attribute (2–6), or `fallback` with a warning. */
  protected checkedHeadingLevel(attribute: string, value: string | number | null | undefined, fallback: HeadingLevel): HeadingLevel {
    if (value == null) return fallback;
    const level = String(value).trim();
    if (headingLevels.includes(level)) return Number(level) as HeadingLevel;
    this.warnOnce(`${attribute}="${value}" is not a heading level from 2 to 6; using ${fallback}.`);
    return fallback;
  }

  /** Splits a space- or comma-separated attribute (`questions="a b c"`) into its distinct tokens. */
  protected tokenList(value: string | null | undefined): string[] {
    if (!value) return [];
    return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
  }

  /**
   * The host's items of one kind, validated: from the element's own property first, then its JSON child, then the
   * provider. Returns undefined (use the bundled content) when there are none or they are invalid.
   */
  protected hostItems<Item>(kind: keyof HostData, property: unknown, validate: Validator<Item>): HostItems<Item> | undefined {
    const origin =
      property != null ? 'its data property' : this.jsonChildData != null ? 'its JSON child' : `the provider's "${kind}" data`;
    const input = property ?? this.jsonChildData ?? this.settings?.data?.[kind];
    if (input == null) return undefined;
    if (this.#validated?.input !== input) {
      this.#validated = { input, result: this.#parseHostItems(input, origin, validate) };
    }
    return this.#validated.result as HostItems<Item> | undefined;
  }

  #parseHostItems<Item>(input: unknown, origin: string, validate: Validator<Item>): HostItems<Item> | undefined {
    const refuse = (problem: string) => {
      error(this.localName, `host data from ${origin}: ${problem}; showing the bundled content.`);
      return undefined;
    };
    const envelope = Array.isArray(input) ? { items: input } : input;
    if (typeof envelope !== 'object' || envelope === null || !('items' in envelope)) {
      return refuse('must be an array of items or an object { items: [...] }');
    }
    const { items, mode = 'replace', language, lastReviewed } = envelope as Record<string, unknown>;
    if (mode !== 'replace' && mode !== 'extend') return refuse('field "mode" must be "replace" or "extend"');
    if (language !== undefined && (typeof language !== 'string' || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language))) {
      return refuse('field "language" must be a BCP 47 language tag such as "es"');
    }
    if (lastReviewed !== undefined && (typeof lastReviewed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(lastReviewed))) {
      return refuse('field "lastReviewed" must be a date YYYY-MM-DD');
    }
    // Replacing the content with nothing would leave an empty widget on the page.
    if (mode === 'replace' && Array.isArray(items) && items.length === 0) return refuse('field "items" is empty');
    const valid = validate(items, this.localName);
    if (!valid) return undefined;
    return { items: valid, mode, language, lastReviewed };
  }

  /**
   * The review date to show: the bundled content's; for host content that replaces it, the host's own (none if the
   * host gives none, never ours under someone else's content); for extended content, the older of the two.
   */
  protected reviewDate(host: HostItems<unknown> | undefined, bundledDate: string): string | undefined {
    if (!host) return bundledDate;
    if (host.mode === 'replace') return host.lastReviewed;
    return host.lastReviewed !== undefined && host.lastReviewed < bundledDate ? host.lastReviewed : bundledDate;
  }

  /** "Sources" and "Reviewed <date>" in small print, under the widget; no date line when `lastReviewed` is unknown. */
  protected renderFooter(sourceIds: Iterable<string>, lastReviewed: string | undefined): TemplateResult {
    return renderSourcesFooter({ sourceIds, lastReviewed, lang: this.language });
  }
}
