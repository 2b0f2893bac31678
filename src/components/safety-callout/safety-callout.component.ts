import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safetySources } from '../../data/safety.js';
import type { Block, CrisisContact, SafetyTopic, Severity } from '../../data/types.js';
import type { HeadingLevel } from '../../internal/page/heading.js';
import { blocksMarkup, markup, staticMarkup } from '../../internal/render/static-markup.js';
import { HostDataController } from '../../internal/host-content/controller.js';
import type { SafetyData } from '../../internal/host-content/input.js';
import { safetySchema } from '../../internal/host-content/safety.js';
import { localize } from '../../internal/language/localize.js';
import { quote } from '../../internal/element/log.js';
import { readOption, reflectedText, tokensOf } from '../../internal/element/options.js';
import { renderReviewNotice, renderSourcesFooter } from '../../internal/provenance/sources-footer.js';
import { safetyCalloutStrings, type SafetyCalloutStrings } from '../../internal/language/strings/safety-callout.js';
import { isSafeContactHref } from '../../internal/render/url.js';
import { disclosureStyles } from '../../internal/render/disclosure.styles.js';
import { WidgetElement, type HeadingLevelValue } from '../../internal/element/widget-element.js';
import { bundledTopics, selectedCallouts, servesUnitedStates, severities, type Callout } from './callouts.js';
import styles from './safety-callout.styles.js';

/** Distinct shapes per level (circle, triangle, octagon), so the level does not rest on colour. */
const icons: Record<Severity, SVGTemplateResult> = {
  information: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M12 11v6M12 7.2v.1" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />`,
  warning: svg`<path d="M12 2.8 22.2 20.5H1.8z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    <path d="M12 9.5v4.5M12 17.2v.1" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />`,
  urgent: svg`<path d="M8 1.8h8L22.2 8v8L16 22.2H8L1.8 16V8z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    <path d="M12 6.8v6.4M12 16.7v.1" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />`,
};

/**
 * @summary Safety messages that travel with the content: clinical setting only, street ecstasy, regulatory status,
 * health risks and crisis support, each with its level in words, its sources and the date it was reviewed.
 *
 * Several topics (`topic="clinical-setting adulteration"`) are shown as separate callouts stacked in the order given,
 * so each keeps its own level, heading and sources. Slotted content belongs to the first callout.
 *
 * Host data (the `data` property, a `<script type="application/json">` child, or a provider's `safety`) is a list of
 * topics in the bundled shape, or `{ items, mode, language, lastReviewed }`. `mode: "replace"` (the default) makes the
 * host's topics the only ones; `mode: "extend"` keeps the bundled ones, a host topic with a bundled id taking that
 * topic's place: this is how a host outside the US gives its own crisis numbers. A host topic with a new id is shown by
 * naming it in `topic`.
 *
 * @slot - Added after the first callout's body, keeping its heading and styling: a clinic's own number, a local crisis line.
 * @slot body - Replaces the first callout's bundled body (and its contacts).
 *
 * @csspart base - The wrapper around all callouts.
 * @csspart callout - Each callout; also `callout-information`, `callout-warning` or `callout-urgent` by level.
 * @csspart label - The level in words with its icon, above the heading.
 * @csspart icon - The level's icon.
 * @csspart heading - The heading.
 * @csspart body - The message: what is always shown, then the rest behind "More about …".
 * @csspart more - The "More about …" disclosure (a native `<details>`: it opens before and without the script).
 * @csspart contacts - The crisis contacts, where the topic has them.
 * @csspart footer - Sources and the date the message was reviewed, in small print.
 * @csspart sources-toggle - "Sources (N)", which opens a list of four sources or more; shorter lists are always shown.
 *
 * @cssprop [--mdma-color-info=#005eb8] - Colour of information callouts (dark theme default #8cc4ff).
 * @cssprop [--mdma-color-warning=#8a5300] - Colour of warnings (dark theme default #f2cc60).
 * @cssprop [--mdma-color-urgent=#c2261b] - Colour of urgent advice (dark theme default #ff9492).
 * @cssprop [--mdma-color-text=#1f2328] - Text colour.
 * @cssprop [--mdma-color-muted=#4f5863] - Small print.
 * @cssprop [--mdma-color-surface=#ffffff] - Background the level's tint is mixed into.
 * @cssprop [--mdma-color-surface-raised=#f2f5f7] - Callout background where `color-mix()` is not supported.
 * @cssprop [--mdma-color-border=#6b7785] - Callout and footer borders.
 * @cssprop [--mdma-color-accent=#005eb8] - Links.
 * @cssprop [--mdma-color-focus=#ffd33d] - Focus ring.
 * @cssprop [--mdma-radius=0.375em] - Corner radius.
 * @cssprop [--mdma-space-xs=0.25em] - Smallest spacing; also `--mdma-space-s`, `--mdma-space-m`, `--mdma-space-l`.
 * @cssprop [--mdma-font-size-small=0.875em] - Small print.
 * @cssprop [--mdma-font-family=inherit] - Font.
 */
export class SafetyCallout extends WidgetElement {
  static override styles = [WidgetElement.styles, disclosureStyles, styles];

  /** The topic or topics to show, space- or comma-separated: `clinical-setting` (default), `adulteration`, `regulatory-status`, `health-risks`, `crisis-support`, or a host topic's id. */
  @property({ reflect: true, converter: reflectedText }) topic?: string | readonly string[] | undefined;

  /** Raises or lowers the level of every topic shown: `information`, `warning` or `urgent`. Each topic has its own default. */
  @property({ reflect: true, converter: reflectedText }) severity?: Severity | undefined;

  /**
   * The level of each callout's heading, to fit the page's outline: `auto` (default), one level below the nearest
   * heading before the element (`h2` when there is none), or 2 to 6.
   */
  @property({ attribute: 'heading-level' }) headingLevel?: HeadingLevelValue | undefined;

  /** Host data: an array of safety topics, or `{ items, mode, language, lastReviewed, nextReview }`. */
  @property({ attribute: false }) data?: SafetyData | undefined;

  readonly #hostData = new HostDataController<SafetyTopic>(
    this,
    'safety',
    safetySchema,
    { property: () => this.data, provider: () => this.settings?.data?.safety },
    this.messages,
  );

  #callouts: readonly Callout[] = [];

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#checkCrisisContacts();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#callouts = selectedCallouts(this.#hostData.items, tokensOf(this.messages, 'topic', this.topic), this.topic, this.messages);
  }

  /**
   * The bundled crisis contacts are for the United States: on a page whose language or region points elsewhere, and
   * where the site gave no contacts of its own (in data or slotted in), the site owner is told to supply local ones.
   */
  #checkCrisisContacts(): void {
    if (servesUnitedStates(this.language)) return;
    const hostSlotted = Array.from(this.childNodes).some((node) =>
      node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName !== 'script' : node.textContent?.trim(),
    );
    const usOnly = this.#callouts.find(
      (callout, index) =>
        callout.topic.contacts?.length &&
        bundledTopics.has(callout.topic) &&
        !(index === 0 && hostSlotted),
    );
    if (!usOnly) return;
    this.messages.warn(
      `the crisis contacts in "${usOnly.topic.id}" are for the ${usOnly.topic.region ?? 'United States'}, but this page's ` +
        `language is ${quote(this.language)}. Give your readers local crisis lines: host data with a "${usOnly.topic.id}" ` +
        'topic and its own contacts, or your contacts inside the element (see "Crisis contacts outside the United States" in the README).',
    );
  }

  /** The level the host asked for, if any and valid; otherwise each topic keeps its own. */
  #severityOverride(): Severity | undefined {
    if (this.severity == null) return undefined;
    const reading = readOption('severity', this.severity, severities);
    if (reading.problem !== undefined) this.messages.warn(`${reading.problem}; using each topic's own level.`);
    return reading.value;
  }

  #renderContactAction(contact: CrisisContact): TemplateResult | string {
    const safe = isSafeContactHref(contact.href);
    return safe ? html`<a class="contact-action" href=${contact.href}>${contact.action}</a>` : contact.action;
  }

  /** A region's name in the page's language where the strings have it ("Estados Unidos"); otherwise as the data gives it. */
  #regionName(region: string, strings: SafetyCalloutStrings): { name: string; translated: boolean } {
    return Object.hasOwn(strings.regionNames, region) ? { name: strings.regionNames[region]!, translated: true } : { name: region, translated: false };
  }

  /** Crisis contacts grouped by service: "988 Suicide & Crisis Lifeline: Call 988, Text 988, Chat online". */
  #renderContacts(topic: SafetyTopic, language: string | undefined, id: string, strings: SafetyCalloutStrings): TemplateResult | typeof nothing {
    if (!topic.contacts?.length) return nothing;
    const region = topic.region ? this.#regionName(topic.region, strings) : undefined;
    const services: { name: string; contacts: CrisisContact[] }[] = [];
    for (const contact of topic.contacts) {
      const last = services.at(-1);
      if (last?.name === contact.name) last.contacts.push(contact);
      else services.push({ name: contact.name, contacts: [contact] });
    }
    return html`<div class="contacts" part="contacts">
      <p class="contacts-title" id=${id}>
        ${strings.contactsTitle}${region ? html` (<span lang=${ifDefined(region.translated ? undefined : language)}>${region.name}</span>)` : nothing}
      </p>
      <ul aria-labelledby=${id} lang=${ifDefined(language)}>
        ${services.map(
          (service) => html`<li>
            <span class="contact-name">${service.name}</span>
            <span class="contact-actions">${service.contacts.map((contact) => this.#renderContactAction(contact))}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * What a callout always shows, the rest behind "More about …" (a native disclosure: it opens without the script), and
   * its contacts. The bundled contacts start with which country they serve, in the page's language.
   */
  #renderBody(topic: SafetyTopic, language: string | undefined, id: string, strings: SafetyCalloutStrings): TemplateResult {
    // In our own text a web address shown as a link ("988lifeline.org") wraps after a dot or a slash, never inside a
    // name: each dot or slash in a link's text (after its tag's closing quote) is followed by a break opportunity.
    const blocks = (content: readonly Block[]) =>
      bundledTopics.has(topic) ? staticMarkup(blocksMarkup(content, true).strings[0]!.replace(/(?<=">[^<]*[./])\b/g, '<wbr>')) : blocksMarkup(content, false);
    return html`${bundledTopics.has(topic) && topic.contacts?.length ? html`<p class="region-note">${strings.unitedStatesNote}</p>` : nothing}
      <div class="content" lang=${ifDefined(language)}>${blocks(topic.body)}</div>
      ${topic.more?.length
        ? html`<details class="disclosure more" part="more" lang=${ifDefined(language)}>
            <summary>${topic.moreLabel ?? topic.heading}</summary>
            <div class="more-content">${blocks(topic.more)}</div>
          </details>`
        : nothing}
      ${this.#renderContacts(topic, language, id, strings)}`;
  }

  #renderCallout(callout: Callout, index: number, level: HeadingLevel, override: Severity | undefined): TemplateResult {
    const strings = localize(safetyCalloutStrings, this.language);
    const { topic, language } = callout;
    const severity = override ?? topic.severity;
    const headingId = `callout-${index}-heading`;
    const ownBody = this.#renderBody(topic, language, `callout-${index}-contacts`, strings);
    // Slots can appear only once, so the host's own content goes with the first callout.
    const first = index === 0;
    // The note is the message; its sources follow it inside an unnamed section, which keeps their footer a plain footer.
    return html`<section class="callout" part="callout callout-${severity}" data-severity=${severity} data-topic=${topic.id}>
      ${renderReviewNotice(callout.review, this.language, this.renderedOn, this.messages)}
      <div class="note" role="note" aria-labelledby=${headingId}>
        <p class="label" part="label" aria-hidden="true">
          <svg class="icon" part="icon" viewBox="0 0 24 24" focusable="false">${icons[severity]}</svg>
          <span>${strings.severityLabel[severity]}</span>
        </p>
        ${markup(bundledTopics.has(topic))`<h${level} class="heading" part="heading" id="${headingId}"><span class="visually-hidden">${
          strings.severityPrefix[severity]
        }</span><span lang="${language ?? nothing}">${topic.heading}</span></h${level}>`}
        <div class="body" part="body">
          ${first ? html`<slot name="body">${ownBody}</slot>` : ownBody}
          ${first ? html`<div class="added"><slot></slot></div>` : nothing}
        </div>
      </div>
      ${renderSourcesFooter(safetySources, topic.sources, callout.review, this.language)}
    </section>`;
  }

  override render() {
    const level = this.headingLevelOf(this.headingLevel);
    const override = this.#severityOverride();
    return html`<div class="widget" part="base" data-theme=${this.effectiveTheme}>
      <div class="stack">${this.#callouts.map((callout, index) => this.#renderCallout(callout, index, level, override))}</div>
    </div>`;
  }
}
