import type { TemplateResult } from 'lit';

const results = new Map<string, TemplateResult>();

/**
 * Bundled markup (src/internal/markup.ts, written at build time from our own content; never host data) as a template
 * without bindings. Lit parses each distinct markup once, through its Trusted Types policy, and clones it for every
 * widget; on a server it is written as it is, with one pair of markers around it and none inside.
 */
export function staticMarkup(markup: string): TemplateResult {
  let result = results.get(markup);
  if (!result) {
    const strings = Object.assign([markup], { raw: [markup] });
    result = { ['_$litType$']: 1, strings, values: [] } as unknown as TemplateResult;
    results.set(markup, result);
  }
  return result;
}
