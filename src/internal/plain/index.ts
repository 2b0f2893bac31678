/**
 * Plain HTML copies of the widgets, for pages that take no script (blog platforms that sanitise pasted HTML): the same
 * content in ordinary semantic HTML, in the light DOM, with no custom element, script, style, template or event
 * handler. Reached through `prerender(tag, attributes, { format: 'plain' })` (src/ssr.ts); no element imports it, so no
 * script a page loads carries it. dist/plain/mdma-widgets.css styles it where a page allows a stylesheet.
 */
import type { IsoDate } from '../../data/types.js';
import { plainFaq } from './mdma-faq.js';
import { plainSafetyCallout } from './safety-callout.js';
import { plainSessionTimeline } from './session-timeline.js';
import type { PlainAttributes, PlainContext, PlainCopy } from './shared.js';
import { plainStudyTable } from './study-table.js';

export type { PlainAttributes, PlainCopy } from './shared.js';
export { structuredData, structuredDataScript } from './structured-data.js';

/** The widgets that have a plain copy, and how each is written. */
const plainWidgets = {
  'mdma-faq': plainFaq,
  'study-table': plainStudyTable,
  'session-timeline': plainSessionTimeline,
  'safety-callout': plainSafetyCallout,
} as const satisfies Record<string, (context: PlainContext) => PlainCopy>;

export type PlainWidgetName = keyof typeof plainWidgets;

export const plainWidgetNames = Object.keys(plainWidgets) as PlainWidgetName[];

export function isPlainWidget(tag: string): tag is PlainWidgetName {
  return Object.hasOwn(plainWidgets, tag);
}

/** What a plain copy is made with besides its attributes. */
export interface PlainOptions {
  readonly data?: unknown;
  /** The page's language; the `lang` attribute when not given, else English. */
  readonly lang?: string | undefined;
  /** The day the copy is made (`YYYY-MM-DD`): its dates are said as of this day. */
  readonly date: IsoDate;
  /** Reports nothing to the console (the copy is made for its structured data only). */
  readonly quiet?: boolean;
}

/**
 * `tag` as plain HTML, with the attributes that change its content (`lang`, and each widget's own) and host data,
 * validated as the element validates it. What the element would report in the console is reported here too.
 */
export function renderPlain(tag: PlainWidgetName, attributes: PlainAttributes, options: PlainOptions): PlainCopy & { readonly lang: string } {
  const langAttribute = attributes['lang'];
  const lang = options.lang ?? (typeof langAttribute === 'string' && langAttribute.trim() !== '' ? langAttribute.trim() : 'en');
  return { ...plainWidgets[tag]({ tag, attributes, lang, data: options.data, made: options.date, quiet: options.quiet }), lang };
}
