/**
 * Console messages, always prefixed with the library and the element, so a host can tell whose message it is. Values
 * from the page are echoed short (200 characters at most), lists are cut to a few with a count of the rest, and
 * nothing here throws, whatever the page handed over.
 */

const prefix = (element: string) => `[mdma-therapy-widgets] <${element}>:`;

/** The longest a value from the page is echoed in a message. */
const echoLimit = 200;

/** The most values a message lists; the rest are counted. */
const listLimit = 5;

/** The longest message the library writes, as a last guard against a message that grew with the page's input. */
const messageLimit = 1200;

/** `text` cut to `limit` characters (never inside a surrogate pair), with "…" when it was cut. */
export function clip(text: string, limit: number = echoLimit): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return `${text.slice(0, end)}…`;
}

/** A whole number with thousands separated by commas, for messages (which are in English): 100000 is "100,000". */
export function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** What a value is, in words, for a message about a value of the wrong type ("a symbol", "an object", "NaN"). */
export function kindOf(value: unknown): string {
  // null, undefined, true, false, NaN and the infinities are named by their own word.
  if (value == null || typeof value === 'boolean' || (typeof value === 'number' && !Number.isFinite(value))) return String(value);
  // 'a string', 'a number', 'a bigint', 'a symbol', 'a function'.
  if (typeof value !== 'object') return `a ${typeof value}`;
  try {
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    // A revoked Proxy cannot even say whether it is an array.
    return 'an object';
  }
}

/** Characters that would let a quoted value rewrite the console line around it: controls, bidi overrides, invisibles. */
const invisible = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/** What an exception says, in a few words, without trusting it to be an Error (the page's code may throw anything). */
export function describeError(cause: unknown): string {
  try {
    if (typeof cause === 'object' && cause !== null) {
      const { name, message } = cause as { name?: unknown; message?: unknown };
      if (typeof message === 'string') return clip(`${typeof name === 'string' ? name : 'Error'}: ${message}`, 120);
    }
  } catch {
    // A thrown Proxy or an object with throwing getters: say only that something was thrown.
  }
  return `an exception (${kindOf(cause)})`;
}

/** A value from the page as a message quotes it: strings and numbers as `"…"`, cut short; anything else by its kind. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(clip(value)).replace(invisible, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (typeof value === 'number' && Number.isFinite(value)) return `"${value}"`;
  return kindOf(value);
}

/** `name="value"` for an attribute given as text; just `name` for a property of another type (an array, say). */
export function attribute(name: string, value: unknown): string {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? `${name}=${quote(value)}` : name;
}

/** `"a", "b", "c", "d", "e" and 12 more`: a few values quoted, the rest counted. */
export function quoteList(values: readonly unknown[]): string {
  const shown = values.slice(0, listLimit).map(quote).join(', ');
  const more = values.length - listLimit;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

function written(element: string, message: string): string {
  return clip(`${prefix(element)} ${message}`, messageLimit);
}

export function warn(element: string, message: string, ...detail: unknown[]): void {
  console.warn(written(element, message), ...detail);
}

export function error(element: string, message: string, ...detail: unknown[]): void {
  console.error(written(element, message), ...detail);
}
