/** Console messages, always prefixed with the library and the element, so a host can tell whose message it is. */

const prefix = (element: string) => `[mdma-therapy-widgets] <${element}>:`;

/** The longest a value from the page is echoed in a message. */
const echoLimit = 200;

/** A value from the page as a message quotes it: `"…"`, cut short past 200 characters, never throwing. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : typeof value === 'symbol' ? value.toString() : JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return `"${text.length > echoLimit ? `${text.slice(0, echoLimit)}…` : text}"`;
}

export function warn(element: string, message: string, ...detail: unknown[]): void {
  console.warn(`${prefix(element)} ${message}`, ...detail);
}

export function error(element: string, message: string, ...detail: unknown[]): void {
  console.error(`${prefix(element)} ${message}`, ...detail);
}
