/**
 * Headings that fit the page around a widget. With `heading-level="auto"` (the default) a widget's headings go one
 * level below the nearest heading before it in the page, looking into open shadow roots and out of the ones it sits
 * in; `h2` when there is none. The same heading names the part of the page the widget is in, which keeps the names
 * of its landmarks apart from those of another widget of its kind.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatNumber } from '../language/format.js';

/** Heading levels a widget may use; the page's own `h1` stays the page's. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** What `heading-level` accepts: a level, or `auto` to follow the page's outline. */
export type HeadingLevelSetting = HeadingLevel | 'auto';

/** The values `heading-level` accepts, as written in the attribute. */
export const headingLevelOptions = ['auto', '2', '3', '4', '5', '6'] as const;

export type HeadingLevelOption = (typeof headingLevelOptions)[number];

/** Where a page has no heading before the widget, its headings are the first level under the page's title. */
export const topHeadingLevel: HeadingLevel = 2;

/** The level of a checked option: `auto`, or a number. */
export function headingLevelSetting(option: HeadingLevelOption): HeadingLevelSetting {
  return option === 'auto' ? 'auto' : (Number(option) as HeadingLevel);
}

/** A heading level under `level`, kept within 2 to 6. */
function levelUnder(level: number): HeadingLevel {
  return Math.min(Math.max(level + 1, topHeadingLevel), 6) as HeadingLevel;
}

/** The heading level `element` has for assistive technology, or undefined when it is no heading. */
function headingLevelOfElement(element: Element): number | undefined {
  const role = element.getAttribute('role')?.trim().split(/\s+/)[0];
  const tagLevel = /^h([1-6])$/.exec(element.localName)?.[1];
  if (role ? role !== 'heading' : tagLevel === undefined) return undefined;
  const ariaLevel = Number(element.getAttribute('aria-level'));
  if (Number.isInteger(ariaLevel) && ariaLevel > 0) return ariaLevel;
  return tagLevel === undefined ? 2 : Number(tagLevel);
}

/** Parts of a page a reader never meets as headings: hidden ones, templates, scripts and styles. */
function isOutOfOutline(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    ['template', 'script', 'style', 'noscript'].includes(element.localName)
  );
}

/**
 * Marks a widget class whose headings are its own items (questions, steps, callouts), never a section that a widget
 * after it belongs to. A global symbol, so that every copy of the library on a page recognises every other's widgets.
 */
export const ownHeadings: unique symbol = Symbol.for('mdma-therapy-widgets.own-headings');

/** One of our widgets, or one pre-rendered by `prerender()` that is not upgraded yet. */
function isWidget(element: Element): boolean {
  return (element.constructor as { [ownHeadings]?: boolean })[ownHeadings] === true || element.hasAttribute('rendered-on');
}

function isSlot(element: Element): element is HTMLSlotElement {
  return element.localName === 'slot';
}

function isShadowRoot(node: Node | null): node is ShadowRoot {
  return node !== null && node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** What `element` shows, in page order: its shadow tree if it has one (slots bring in its children), else its children. */
function shownChildren(element: Element): Element[] {
  if (isSlot(element)) {
    const assigned = element.assignedElements();
    return assigned.length > 0 ? assigned : Array.from(element.children);
  }
  return Array.from((element.shadowRoot ?? element).children);
}

/** The text `node` shows, slotted text included (a heading in a shadow root often shows its title through a slot). */
function shownText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE || isOutOfOutline(node as Element)) return '';
  const element = node as Element;
  let children: ArrayLike<Node> = element.shadowRoot ? element.shadowRoot.childNodes : element.childNodes;
  if (isSlot(element)) {
    const assigned = element.assignedNodes({ flatten: true });
    if (assigned.length > 0) children = assigned;
  }
  return Array.from(children, shownText).join('');
}

/** The last heading shown inside `element` or as `element`, in page order. */
function lastHeadingWithin(element: Element): Element | undefined {
  if (isOutOfOutline(element) || isWidget(element)) return undefined;
  return lastHeadingAmong(shownChildren(element)) ?? (headingLevelOfElement(element) === undefined ? undefined : element);
}

/** The last heading among `elements`, from the end. */
function lastHeadingAmong(elements: readonly Element[]): Element | undefined {
  for (let index = elements.length - 1; index >= 0; index--) {
    const found = lastHeadingWithin(elements[index]!);
    if (found) return found;
  }
  return undefined;
}

/**
 * The nearest heading before `element` in the page as it is shown (the flat tree): looking into open shadow roots,
 * following slotted content to its slot, and out of the shadow roots the element sits in.
 */
export function headingBefore(element: Element): Element | undefined {
  let node: Element = element;
  for (;;) {
    const slot = node.assignedSlot;
    if (slot) {
      // Slotted: the page shows it where its slot is, after what was slotted before it.
      const assigned = slot.assignedElements();
      const found = lastHeadingAmong(assigned.slice(0, assigned.indexOf(node)));
      if (found) return found;
      node = slot;
      continue;
    }
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const found = lastHeadingWithin(sibling);
      if (found) return found;
    }
    if (node.parentElement) {
      node = node.parentElement;
      continue;
    }
    const root = node.parentNode;
    if (!isShadowRoot(root)) return undefined;
    node = root.host;
  }
}

/** A heading's text as a name: its words, without the spaces of the markup, cut at a word near `limit` characters. */
export function headingName(heading: Element, limit = 60): string {
  const text = shownText(heading).replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut.slice(0, limit)).replace(/[\s,;:.–-]+$/, '')}…`;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Where a widget sits in the page: the level its headings take under `auto`, the section it is in (the text of the
 * heading before it), and its number among the widgets of its kind in that section that have no `label` of their own.
 * Read when the widget is connected or moved, never while it renders; on a server it keeps its defaults.
 */
export class PagePlaceController implements ReactiveController {
  /** Every connected widget, by tag name, to number those that would otherwise share a name. */
  static readonly #connected = new Map<string, Set<PagePlaceController>>();
  /** How many widgets have connected: where page order cannot tell two apart (separate shadow trees), this does. */
  static #connections = 0;

  readonly #host: Host;
  #level: HeadingLevel = topHeadingLevel;
  /** The level a pre-rendered widget's headings were rendered at: kept, so that its heading nodes stay. */
  #prerenderedLevel?: HeadingLevel;
  #section = '';
  #ordinal = 1;
  #alone = true;
  #connection = 0;
  /** From finding a pre-rendered shadow root until the end of the first update, which renders what the server did. */
  #hydrating = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The level of the widget's headings for `setting`: a level as it is; `auto`, one level below the nearest heading
   * before the widget in the page (`h2` when there is none, and on a server). A pre-rendered widget keeps the level
   * it was rendered at.
   */
  headingLevel(setting: HeadingLevelSetting = 'auto'): HeadingLevel {
    return setting === 'auto' ? (this.#prerenderedLevel ?? this.#level) : setting;
  }

  /**
   * The name of a landmark, `base` ("Search the questions") when the widget is the only one of its kind on the page.
   * Otherwise made its own: after the host's `label`, or else the heading before the widget, with a number for a second
   * widget of its kind under the same heading ("Search the questions: Dosing (2)"). Until its first update (on a server,
   * and while hydrating what one wrote) the name is the label's or `base`.
   */
  landmarkName(base: string, label: unknown, lang: string): string {
    const given = typeof label === 'string' ? label.replace(/\s+/g, ' ').trim() : '';
    if (given) return `${base}: ${given}`;
    if (this.#hydrating || this.#alone) return base;
    const number = this.#ordinal > 1 ? ` (${formatNumber(this.#ordinal, lang)})` : '';
    return this.#section ? `${base}: ${this.#section}${number}` : `${base}${number}`;
  }

  /** From a pre-rendered shadow root: the level its headings were rendered at, which `auto` keeps from then on. */
  adoptPrerendered(root: ParentNode): void {
    const heading = root.querySelector('h2, h3, h4, h5, h6');
    if (heading) this.#prerenderedLevel = Number(heading.localName.slice(1)) as HeadingLevel;
    this.#hydrating = true;
  }

  /** The first update, which hydrates a pre-rendered widget, is done: from now on names may use the page around it. */
  hostUpdated(): void {
    this.#hydrating = false;
  }

  hostConnected(): void {
    const heading = headingBefore(this.#host);
    const level = heading ? levelUnder(headingLevelOfElement(heading) ?? 1) : topHeadingLevel;
    const section = heading ? headingName(heading) : '';
    if (level !== this.#level || section !== this.#section) {
      this.#level = level;
      this.#section = section;
      this.#host.requestUpdate();
    }
    this.#connection = PagePlaceController.#connections += 1;
    const kind = this.#host.localName;
    const widgets = PagePlaceController.#connected.get(kind) ?? new Set();
    PagePlaceController.#connected.set(kind, widgets.add(this));
    PagePlaceController.#renumber(widgets);
  }

  hostDisconnected(): void {
    const widgets = PagePlaceController.#connected.get(this.#host.localName);
    if (!widgets) return;
    widgets.delete(this);
    PagePlaceController.#renumber(widgets);
  }

  /** Whether this widget comes before `other` in the page. */
  #precedes(other: PagePlaceController): boolean {
    const position = this.#host.compareDocumentPosition(other.#host);
    if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return this.#connection < other.#connection;
    return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }

  /** Numbers the unlabelled widgets of one kind that share a section, in page order, and tells each if it is alone. */
  static #renumber(widgets: ReadonlySet<PagePlaceController>): void {
    const unlabelled = [...widgets].filter((widget) => !widget.#host.hasAttribute('label'));
    const alone = widgets.size < 2;
    for (const widget of widgets) {
      const before = unlabelled.filter((other) => other !== widget && other.#section === widget.#section && other.#precedes(widget));
      const ordinal = before.length + 1;
      if (ordinal === widget.#ordinal && alone === widget.#alone) continue;
      widget.#ordinal = ordinal;
      widget.#alone = alone;
      widget.#host.requestUpdate();
    }
  }
}
