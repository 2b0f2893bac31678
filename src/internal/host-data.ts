import { error } from './log.js';

/**
 * Host data from a `<script type="application/json">` child of an element, re-read whenever the child changes
 * (frameworks may add or fill it after the element is connected). Bad JSON is reported once, naming the element.
 */
export class JsonChildReader {
  #text?: string;
  #value: unknown;
  #observer: MutationObserver;

  constructor(
    private readonly element: Element,
    onChange: (value: unknown) => void,
  ) {
    this.#observer = new MutationObserver(() => {
      if (this.#read()) onChange(this.#value);
    });
  }

  /** Starts watching and returns the current value. */
  connect(): unknown {
    this.#observer.observe(this.element, { childList: true, subtree: true, characterData: true });
    this.#read();
    return this.#value;
  }

  disconnect(): void {
    this.#observer.disconnect();
  }

  /** Parses the child's text if it changed; returns whether the value changed. */
  #read(): boolean {
    const script = Array.from(this.element.children).find(
      (child) => child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json',
    );
    const text = script?.textContent ?? undefined;
    if (text === this.#text) return false;
    this.#text = text;
    this.#value = undefined;
    if (text === undefined) return true;
    try {
      this.#value = JSON.parse(text) as unknown;
    } catch (cause) {
      error(this.element.localName, 'the JSON in its <script type="application/json"> child does not parse; showing the bundled content.', cause);
    }
    return true;
  }
}
