import type { TemplateResult } from 'lit';
import { escapeHtml } from './markup.js';

/** One strings array per distinct markup: Lit keeps a parsed template per array, so equal markup is parsed once. */
const templates = new Map<string, TemplateStringsArray>();

function templateOf(strings: readonly string[], values: readonly unknown[]): TemplateResult {
  const key = strings.join('\0');
  let interned = templates.get(key);
  if (!interned) {
    interned = Object.assign([...strings], { raw: strings }) as unknown as TemplateStringsArray;
    templates.set(key, interned);
  }
  return { ['_$litType$']: 1, strings: interned, values } as unknown as TemplateResult;
}

/**
 * Bundled markup (src/internal/markup.ts, written from our own content; never host data) as a template without
 * bindings. Lit parses each distinct markup once, through its Trusted Types policy, and clones it for every widget; on
 * a server it is written as it is, with one pair of markers around it and none inside.
 */
export function staticMarkup(markup: string): TemplateResult {
  return templateOf([markup], []);
}

/**
 * A template written piece by piece, for content that may be ours or the host's. Our text is escaped into the markup,
 * so bundled content is one template with no bindings (cloned, and written by a server with no markers inside). Built
 * for host content (`trusted` false), the same calls leave the text as bindings that Lit fills as text, never parsed as
 * HTML. Tags and attribute names are always ours.
 */
export class Markup {
  readonly #strings: string[] = [''];
  readonly #values: unknown[] = [];

  constructor(readonly trusted: boolean) {}

  /** Markup of our own: tags, and text already escaped. */
  add(markup: string): this {
    this.#strings[this.#strings.length - 1] += markup;
    return this;
  }

  /** A binding Lit fills: a text, a template, or (after `name="`) an attribute's value or a directive. */
  bind(value: unknown): this {
    this.#values.push(value);
    this.#strings.push('');
    return this;
  }

  /** Text: written in when trusted, bound otherwise. */
  text(text: string): this {
    return this.trusted ? this.add(escapeHtml(text)) : this.bind(text);
  }

  /** ` name="value"`, the value as `text` writes it; nothing when the value is undefined. */
  attr(name: string, value: string | undefined): this {
    return value === undefined ? this : this.add(` ${name}="`).text(value).add('"');
  }

  template(): TemplateResult {
    return templateOf(this.#strings, this.#values);
  }
}
