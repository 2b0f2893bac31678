import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { error, warn } from './log.js';

/** Messages about the page as a whole (not one element), logged once per page whichever element raises them first. */
const loggedForPage = new Set<string>();

/** The most distinct messages one element logs; a page that keeps changing a wrong value gets a note, then silence. */
const messageLimit = 20;

type Host = ReactiveControllerHost & HTMLElement & { readonly isUpdatePending: boolean; readonly hasUpdated: boolean };

/**
 * An element's console messages for the site owner, each logged once per element. A message raised while the element
 * renders waits until the render is done (a server renders without ever finishing an update in this sense, so it
 * logs nothing there), so rendering has no side effects.
 */
export class ConsoleMessages implements ReactiveController {
  readonly #host: Host;
  readonly #logged = new Set<string>();
  #pending: Array<() => void> = [];

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** A warning: something the page asked for was not possible, and what the element does instead. */
  warn(message: string, ...detail: unknown[]): void {
    this.#log(`warn ${message}`, () => warn(this.#host.localName, message, ...detail));
  }

  /** An error: content the page supplied could not be used, and the element shows its bundled content instead. */
  error(message: string, ...detail: unknown[]): void {
    this.#log(`error ${message}`, () => error(this.#host.localName, message, ...detail));
  }

  /** A warning about the page as a whole, logged once per page under `key`. */
  warnOncePerPage(key: string, message: string): void {
    if (loggedForPage.has(key)) return;
    loggedForPage.add(key);
    this.warn(message);
  }

  hostUpdated(): void {
    this.flush();
  }

  /** Logs what waited for the render to finish; also called when a render failed, so its error is not lost. */
  flush(): void {
    const pending = this.#pending;
    this.#pending = [];
    for (const log of pending) log();
  }

  #log(key: string, log: () => void): void {
    if (this.#logged.has(key) || this.#logged.size > messageLimit) return;
    this.#logged.add(key);
    if (this.#logged.size > messageLimit) {
      log = () => warn(this.#host.localName, `more than ${messageLimit} different problems were found; no more are reported for this element.`);
    }
    if (this.#host.isUpdatePending || !this.#host.hasUpdated) this.#pending.push(log);
    else log();
  }
}
