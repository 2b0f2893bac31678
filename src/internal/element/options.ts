/**
 * Reading attribute and property values a page sets: the one allowed-value check, and lists of tokens. A value may
 * arrive as a property of any type (frameworks set properties), so each reader says what is wrong in words, and the
 * element logs it once and uses its default. Nothing here throws, whatever the value: a Symbol, a revoked Proxy or an
 * object whose `toString` throws is refused by its type, never converted.
 */
import type { ComplexAttributeConverter } from 'lit';
import { kindOf, quote } from './log.js';

/** A value read from the page, or the reason it was not used. */
export type Reading<Value> = { readonly value: Value; readonly problem?: undefined } | { readonly value?: undefined; readonly problem: string };

/** A string as it is, a finite number as its digits; anything else is not text. */
const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** The text of an attribute or property value: strings as written, finite numbers as digits; anything else is refused. */
export function readText(name: string, value: unknown): Reading<string> {
  const text = asText(value);
  return text === undefined ? { problem: `${name} must be a string, not ${kindOf(value)}` } : { value: text };
}

/** One of `allowed` (matched ignoring case and spaces around), or the reason it is not. */
export function readOption<Option extends string>(name: string, value: unknown, allowed: readonly Option[]): Reading<Option> {
  const text = readText(name, value);
  if (text.problem !== undefined) return text;
  const normalised = text.value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalised)) return { value: normalised as Option };
  return { problem: `${name}=${quote(text.value)} is not one of ${allowed.map((option) => `"${option}"`).join(', ')}` };
}

/** The items of an array of strings and numbers as text; undefined for anything else, including arrays that cannot be read. */
function arrayOfText(value: unknown): string[] | undefined {
  try {
    const items = Array.isArray(value) ? (value as unknown[]).map(asText) : [undefined];
    return items.includes(undefined) ? undefined : (items as string[]);
  } catch {
    return undefined;
  }
}

/** The distinct tokens of a space- or comma-separated value (`questions="a b c"`); an array of strings or numbers is taken as is. */
export function readTokens(name: string, value: unknown): Reading<string[]> {
  const items = arrayOfText(value);
  if (items) return { value: [...new Set(items.map((item) => item.trim()).filter(Boolean))] };
  const text = readText(name, value);
  if (text.problem !== undefined) {
    return kindOf(value) === 'an array' ? { problem: `${name} must be a string, or an array of strings` } : text;
  }
  return { value: [...new Set(text.value.split(/[\s,]+/).filter(Boolean))] };
}

/** Where a widget reports a value it could not use: once, to the site owner. */
interface Reporter {
  warn(message: string): void;
}

/** A reading's value, or `fallback` with a warning (once) saying what was wrong and what is done instead. */
function valueOr<Value>(messages: Reporter, reading: Reading<Value>, fallback: Value, instead: string): Value {
  if (reading.problem === undefined) return reading.value;
  messages.warn(`${reading.problem}; ${instead}`);
  return fallback;
}

/** An enumerated attribute's value, or `fallback` with a warning (once) naming the attribute. */
export function optionOf<Option extends string>(
  messages: Reporter,
  name: string,
  value: unknown,
  allowed: readonly Option[],
  fallback: Option,
  instead = `using "${fallback}".`,
): Option {
  return value == null ? fallback : valueOr(messages, readOption(name, value, allowed), fallback, instead);
}

/** A free-text attribute's value (numbers as digits), or undefined with a warning (once) naming it if it is not text. */
export function textOf(messages: Reporter, name: string, value: unknown): string | undefined {
  return value == null ? undefined : valueOr<string | undefined>(messages, readText(name, value), undefined, 'it is ignored.');
}

/** The distinct tokens of a space- or comma-separated attribute (`questions="a b c"`); none, with a warning, if unreadable. */
export function tokensOf(messages: Reporter, name: string, value: unknown): string[] {
  return value == null || value === '' ? [] : valueOr(messages, readTokens(name, value), [], 'it is ignored.');
}

/**
 * The attribute a reflected property writes: strings as they are, numbers as digits, a list of strings separated by
 * spaces; a value of any other type writes no attribute (the element warns about it), so reflecting never throws.
 */
export const reflectedText: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value,
  toAttribute: (value: unknown) => {
    if (value == null) return null;
    const items = arrayOfText(value);
    if (items) return items.join(' ');
    const text = readText('', value);
    return text.problem === undefined ? text.value : null;
  },
};
