/**
 * Host data from a `<script type="application/json">` child of an element, re-read whenever the child changes
 * (frameworks may add or fill it after the element is connected), and parsed only when its text changed.
 */
export class JsonChildReader {
  readonly #element: Element;
  readonly #onChange: () => void;
  readonly #onError: (cause: unknown) => void;
  #observer?: MutationObserver;
  #text?: string;
  #value: unknown;

  constructor(element: Element, onChange: () => void, onError: (cause: unknown) => void) {
    this.#element = element;
    this.#onChange = onChange;
    this.#onError = onError;
  }

  /** The parsed JSON; undefined with no child, or when it does not parse. */
  get value(): unknown {
    return this.#value;
  }

  /** Reads the child and starts watching it. */
  connect(): void {
    this.#observer ??= new MutationObserver(() => {
      if (this.#read()) this.#onChange();
    });
    this.#observer.observe(this.#element, { childList: true, subtree: true, characterData: true });
    if (this.#read()) this.#onChange();
  }

  disconnect(): void {
    this.#observer?.disconnect();
  }

  /** Parses the child's text if it changed; returns whether the value changed. */
  #read(): boolean {
    const script = Array.from(this.#element.children).find(
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
      this.#onError(cause);
    }
    return true;
  }
}
