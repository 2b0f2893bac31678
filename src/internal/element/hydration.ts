/**
 * Deferred hydration of a pre-rendered widget (declarative shadow DOM from `prerender()`, with `defer-hydration`).
 * Its content is on screen before the script runs; the script makes it interactive in place only when needed: at the
 * reader's first interaction with it (in time for that same interaction to work), or once it has scrolled into view
 * and the page is idle. Hydrating everything at once would cost as much as rendering it on the client.
 */

/** Events that mean the reader is about to use the widget: it hydrates before they reach their target. */
const interactions = ['pointerdown', 'mousedown', 'touchstart', 'focusin', 'keydown', 'click', 'input', 'beforematch'] as const;

const idle = (callback: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 200);
  return () => clearTimeout(handle);
};

export class DeferredHydration {
  readonly #host: HTMLElement;
  readonly #update: () => void;
  #stop?: () => void;

  /** `update` performs the host's pending update synchronously (Lit's `performUpdate`). */
  constructor(host: HTMLElement, update: () => void) {
    this.#host = host;
    this.#update = update;
  }

  /** From `connectedCallback`: if the element waits for hydration, starts watching for the moment it is needed. */
  watch(): void {
    const host = this.#host;
    if (this.#stop || !host.hasAttribute('defer-hydration')) return;
    const stops: Array<() => void> = [];
    this.#stop = () => {
      for (const stop of stops) stop();
      this.#stop = undefined;
    };
    // Listening in the capture phase at the shadow root: the element hydrates before the event reaches its target.
    const target: Node = host.shadowRoot ?? host;
    const onInteraction = () => this.hydrate();
    for (const type of interactions) target.addEventListener(type, onInteraction, { capture: true });
    stops.push(() => {
      for (const type of interactions) target.removeEventListener(type, onInteraction, { capture: true });
    });
    if (typeof IntersectionObserver === 'function') {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        stops.push(idle(() => this.hydrate()));
      });
      observer.observe(host);
      stops.push(() => observer.disconnect());
    } else {
      stops.push(idle(() => this.hydrate()));
    }
  }

  /** Stops watching (the element left the page). */
  stop(): void {
    this.#stop?.();
  }

  /**
   * Hydrates now, synchronously, so that listeners are in place before the event that asked for it reaches them. A
   * script that ran before the parser reached the element's declarative shadow root waits until that root is there.
   */
  hydrate(): void {
    const host = this.#host;
    if (!host.hasAttribute('defer-hydration')) return;
    if (!host.shadowRoot && host.ownerDocument.readyState === 'loading') {
      host.ownerDocument.addEventListener('DOMContentLoaded', () => this.hydrate(), { once: true });
      return;
    }
    this.stop();
    host.removeAttribute('defer-hydration');
    this.#update();
  }
}
