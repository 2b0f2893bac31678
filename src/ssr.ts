/**
 * Server rendering, for static site generators and servers (Node): a widget as HTML whose shadow root is declarative
 * shadow DOM, so its content shows before, and without, the script. Load the script after it, with `defer`: the
 * element then becomes interactive in place (it hydrates) at the reader's first interaction, or once it is in view
 * and the page is idle.
 *
 *   import { prerender } from 'mdma-therapy-widgets/ssr.js';
 *   const html = await prerender('mdma-faq', { searchable: true }, { lang: 'es' });
 *
 * With `format: 'plain'` it writes a copy for pages that take no script (blog platforms that sanitise pasted HTML): the
 * same content as ordinary HTML, with no custom element, script or style (src/internal/plain/).
 *
 *   const copy = await prerender('study-table', { columns: 'study phase outcome' }, { format: 'plain' });
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { widgets, type WidgetName } from './define.js';
import { isCalendarDate, today } from './internal/provenance/clock.js';
import { isPlainWidget, plainWidgetNames, renderPlain, structuredData, structuredDataScript } from './internal/plain/index.js';
import './index.js';

/** What a widget is rendered with besides its attributes. */
export interface PrerenderOptions {
  /** Host data, as the element's `data` property takes it (the provider's `{ faq, studies, ... }` for the provider). */
  readonly data?: unknown;
  /** The language of the page it goes into (BCP 47); set as the element's `lang`. */
  readonly lang?: string | undefined;
  /** The day to render as of (`YYYY-MM-DD`, today by default): it decides whether content is shown as due for review. */
  readonly date?: string | undefined;
  /**
   * `shadow` (default): the element with its content in declarative shadow DOM, to hydrate with the script. `plain`: the
   * content as ordinary HTML in a `<div>`, for pages that allow no script; its dates say it is a copy made on `date`.
   */
  readonly format?: 'shadow' | 'plain' | undefined;
  /**
   * Adds schema.org structured data after the widget, as JSON-LD: a `MedicalWebPage` with the date the content was last
   * reviewed, and for the FAQ also a `FAQPage` with the questions and answers shown. Off by default: give it where the
   * widget is what the page is about.
   */
  readonly jsonLd?: boolean | undefined;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An attribute name HTML accepts and a page could mean: letters, digits and hyphens. */
const attributeName = /^[a-z][a-z0-9-]*$/;

/** JSON that can sit inside a `<script>` element: no `<` that could end it or open a comment. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The HTML of `tag` rendered with `attributes` (a value of `true` or `''` writes a boolean attribute; `false`, `null`
 * and `undefined` leave it out) and `options`, ready to put into a page. The element carries `defer-hydration` and the
 * day it was rendered (`rendered-on`, so hydration shows what the server showed); host data goes with it as a
 * `<script type="application/json">` child, which the element reads in the browser. With `format: 'plain'`, the content
 * alone, as HTML any sanitiser keeps (see `PrerenderOptions.format`).
 */
export async function prerender(
  tag: WidgetName,
  attributes: Readonly<Record<string, string | number | boolean | null | undefined>> = {},
  options: PrerenderOptions = {},
): Promise<string> {
  if (!Object.hasOwn(widgets, tag)) throw new TypeError(`prerender: "${tag}" is not one of ${Object.keys(widgets).join(', ')}.`);
  if (options.format === 'plain') {
    if (!isPlainWidget(tag)) throw new TypeError(`prerender: the plain format writes ${plainWidgetNames.join(', ')}, not "${tag}".`);
    const date = options.date ?? today();
    if (!isCalendarDate(date)) throw new TypeError(`prerender: date "${date}" is not a calendar date written YYYY-MM-DD.`);
    const copy = renderPlain(tag, attributes, { data: options.data, lang: options.lang, date });
    return options.jsonLd ? `${copy.html}\n${structuredDataScript(structuredData(tag, copy, copy.lang))}` : copy.html;
  }
  if (options.format !== undefined && options.format !== 'shadow') throw new TypeError(`prerender: format must be "shadow" or "plain".`);
  if (options.jsonLd && !isPlainWidget(tag)) throw new TypeError(`prerender: structured data describes ${plainWidgetNames.join(', ')}, not "${tag}".`);
  const all: Record<string, string | number | boolean | null | undefined> = {
    ...attributes,
    'defer-hydration': true,
    'rendered-on': options.date ?? today(),
  };
  if (options.lang !== undefined) all['lang'] = options.lang;
  const written = Object.entries(all)
    .filter(([, value]) => value !== false && value != null)
    .map(([name, value]) => {
      if (!attributeName.test(name)) throw new TypeError(`prerender: "${name}" is not an attribute name.`);
      return value === true || value === '' ? name : `${name}="${escapeAttribute(String(value))}"`;
    });
  const open = unsafeStatic(`${tag}${written.map((attribute) => ` ${attribute}`).join('')}`);
  const close = unsafeStatic(tag);
  // The tag is one of ours, chosen at run time: static-html puts it in the template itself, never as a binding's value.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const rendered = await collectResult(render(html`<${open} .data=${options.data}></${close}>`));
  // The markers of the template around the element are not the element's: the page it goes into is not a Lit template.
  const element = rendered.replace(/^(<!--lit-part[^>]*-->)?(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
  const end = element.lastIndexOf(`</${tag}>`);
  const withData =
    options.data === undefined ? element : `${element.slice(0, end)}<script type="application/json">${scriptJson(options.data)}</script>${element.slice(end)}`;
  if (!options.jsonLd || !isPlainWidget(tag)) return withData;
  // What the widget shows, worked out as for its plain copy (which reports nothing: the element has said it already).
  const copy = renderPlain(tag, attributes, { data: options.data, lang: options.lang, date: options.date ?? today(), quiet: true });
  return `${withData}\n${structuredDataScript(structuredData(tag, copy, copy.lang))}`;
}
