/**
 * The one localisation path: the language in effect for an element is its own `lang`, else its nearest ancestor's
 * (looking out through shadow roots), else `<html lang>`; interface strings come from a dictionary per language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Interface languages shipped with the library. */
export type UiLanguage = 'en' | 'es';

/** A dictionary of interface strings in every shipped language, each language with the same keys. */
export type Translations<Strings> = Readonly<Record<UiLanguage, Strings>>;

/** The shipped interface language that serves a BCP 47 tag: "es-MX" is served by Spanish, anything else by English. */
export function uiLanguage(lang: string): UiLanguage {
  return lang.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

/** The strings of `translations` for the language `lang`. */
export function localize<Strings>(translations: Translations<Strings>, lang: string): Strings {
  return translations[uiLanguage(lang)];
}

/** The `lang` that applies to `element`: its own or its nearest ancestor's, looking through shadow roots. */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const holder = (node as Element).closest('[lang]');
      if (holder) return holder.getAttribute('lang') || 'en';
    }
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement?.lang || 'en';
}

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller, and one observer for the whole document (and the shadow roots widgets sit in). */
const connected = new Set<LocalizeController>();
const watchedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** Watches `lang` anywhere under each root between `element` and its document, once per root. */
function watchRootsOf(element: Element): void {
  observer ??= new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  let node: Node | null = element;
  while (node) {
    const root: Node = node.getRootNode();
    if (!watchedRoots.has(root)) {
      watchedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    node = root instanceof ShadowRoot ? root.host : null;
  }
}

/**
 * Keeps `lang` up to date for its host element and re-renders the host when it changes: a host page switching its
 * language, a `lang` set on the element or on any ancestor, or the element moved to another part of the page. Safe on
 * a server: until the element is connected to a document, the language is its own `lang` attribute, or English.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;
  #lang?: string;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The BCP 47 language in effect for the host. */
  get lang(): string {
    return this.#lang ?? (this.#host.getAttribute('lang') || 'en');
  }

  hostConnected(): void {
    connected.add(this);
    watchRootsOf(this.#host);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads the language in effect; the host re-renders only when it changed. */
  refresh(): void {
    const lang = languageOf(this.#host);
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#host.requestUpdate();
  }
}
