/**
 * Reading attribute and property values a page sets: the one allowed-value check, and lists of tokens. A value may
 * arrive as a property of any type (frameworks set properties), so each reader says what is wrong in words, and the
 * element logs it once and uses its default.
 */
import { quote } from './log.js';

/** A value read from the page, or the reason it was not used. */
export type Reading<Value> = { readonly value: Value; readonly problem?: undefined } | { readonly value?: undefined; readonly problem: string };

/** The text of an attribute or property value: strings as written, numbers as digits; anything else is refused. */
function textOf(name: string, value: unknown): Reading<string> {
  if (typeof value === 'string') return { value };
  if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value) };
  return { problem: `${name} must be a string, not ${value === null ? 'null' : typeof value}` };
}

/** One of `allowed` (matched ignoring case and spaces around), or the reason it is not. */
export function readOption<Option extends string>(name: string, value: unknown, allowed: readonly Option[]): Reading<Option> {
  const text = textOf(name, value);
  if (text.problem !== undefined) return text;
  const normalised = text.value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalised)) return { value: normalised as Option };
  return { problem: `${name}=${quote(text.value)} is not one of ${allowed.map((option) => `"${option}"`).join(', ')}` };
}

/** The distinct tokens of a space- or comma-separated value (`questions="a b c"`); an array of strings is taken as is. */
export function readTokens(name: string, value: unknown): Reading<string[]> {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return { value: [...new Set(value.map((item) => item.trim()).filter(Boolean))] };
  }
  const text = textOf(name, value);
  if (text.problem !== undefined) return text;
  return { value: [...new Set(text.value.split(/[\s,]+/).filter(Boolean))] };
}
