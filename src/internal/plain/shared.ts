/**
 * What the plain copies share: reading the attributes, host data and review dates as the elements read them, and the
 * pieces every copy ends with (citations, the dates of the copy). Everything is written as a string of HTML: text is
 * escaped, only http(s) addresses (and a crisis contact's tel: or sms: number) become links, and nothing carries a
 * script, a style or an id of the element's.
 */
import type { IsoDate, Source } from '../../data/types.js';
import { sources as allSources } from '../../data/sources.js';
import { citedSources } from '../provenance/bibliography.js';
import { citationLanguage, citationText } from '../provenance/citation.js';
import { formatDate, formatNumber } from '../language/format.js';
import { headingLevelOptions, headingLevelSetting, topHeadingLevel, type HeadingLevel } from '../page/heading.js';
import { parseHostData, type HostDataSchema, type HostItems } from '../host-content/schema.js';
import { localize } from '../language/localize.js';
import { error, warn } from '../element/log.js';
import { escapeHtml } from '../render/markup.js';
import { readOption, readTokens } from '../element/options.js';
import { isReviewDue, type ShownReview } from '../provenance/review.js';
import { collapsedSourceCount } from '../provenance/sources-footer.js';
import { commonStrings } from '../language/strings/common.js';
import { plainStrings } from '../language/strings/plain.js';
import { isSafeContactHref } from '../render/url.js';

/** Attributes as `prerender()` takes them: `true` or `''` for a boolean attribute; `false`, `null` and `undefined` are absent. */
export type PlainAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** What a plain copy is made from: the element's attributes, the page's language, host data and the day of the copy. */
export interface PlainContext {
  readonly tag: string;
  readonly attributes: PlainAttributes;
  /** The language of the page the copy goes into (BCP 47): its interface strings, dates and numbers. */
  readonly lang: string;
  readonly data: unknown;
  /** The day the copy is made (`YYYY-MM-DD`): its dates are said as of this day. */
  readonly made: IsoDate;
  /** Reports nothing to the console: the copy is made only for what its structured data says. */
  readonly quiet?: boolean;
}

/** A plain copy: its HTML, and what structured data says of it (the review dates shown; the FAQ's questions as text). */
export interface PlainCopy {
  readonly html: string;
  readonly review: ShownReview;
  readonly questions?: ReadonlyArray<{ readonly question: string; readonly answer: string }>;
}

/** The class names of the optional stylesheet (dist/plain/mdma-widgets.css) all start with this. */
export const classPrefix = 'mdma-plain';

/** `class="mdma-plain-<name> …"` for each name given. */
export const classes = (...names: string[]) => ` class="${names.map((name) => `${classPrefix}-${name}`).join(' ')}"`;

/** An attribute's value, `undefined` when it is absent; a boolean attribute is `''`. */
export function attributeValue(context: PlainContext, name: string): string | number | undefined {
  const value = Object.hasOwn(context.attributes, name) ? context.attributes[name] : undefined;
  if (value === false || value == null) return undefined;
  return value === true ? '' : value;
}

/** Console messages for the site owner, as the element words them, each once per copy. */
export function consoleMessages({ tag, quiet = false }: PlainContext): { warn(message: string): void; error(message: string): void } {
  const logged = new Set<string>();
  const once = (level: typeof warn, message: string) => {
    if (quiet || logged.has(message)) return;
    logged.add(message);
    level(tag, message);
  };
  return { warn: (message) => once(warn, message), error: (message) => once(error, message) };
}

export type Messages = ReturnType<typeof consoleMessages>;

/** The distinct tokens of a space- or comma-separated attribute; none, with a warning, if it cannot be read. */
export function tokens(context: PlainContext, name: string, messages: Messages): string[] {
  const value = attributeValue(context, name);
  if (value === undefined || value === '') return [];
  const reading = readTokens(name, value);
  if (reading.problem === undefined) return reading.value;
  messages.warn(`${reading.problem}; it is ignored.`);
  return [];
}

/** The level of the copy's headings: `heading-level`, where `auto` (and an unusable value, with a warning) is `h2`. */
export function headingLevel(context: PlainContext, messages: Messages): HeadingLevel {
  const value = attributeValue(context, 'heading-level');
  if (value === undefined) return topHeadingLevel;
  const reading = readOption('heading-level', value, headingLevelOptions);
  if (reading.problem !== undefined) {
    messages.warn(`${reading.problem}; using "auto", which is h${topHeadingLevel} in a copy (it cannot see the page's headings).`);
    return topHeadingLevel;
  }
  const setting = headingLevelSetting(reading.value);
  return setting === 'auto' ? topHeadingLevel : setting;
}

/** The host data in `context`, validated as the element validates it; undefined, with an error, when it cannot be used. */
export function hostItems<Item>(context: PlainContext, schema: HostDataSchema<Item>, messages: Messages): HostItems<Item> | undefined {
  if (context.data == null) return undefined;
  const result = parseHostData(schema, context.data);
  if (result.success) return result.output;
  messages.error(`host data from its data property: ${result.problems}; showing the bundled content.`);
  return undefined;
}

/** ` lang="…"` for content in another language than the copy's; nothing for content in the copy's (or the page's). */
export function langAttribute(content: string | undefined, context: PlainContext): string {
  return content === undefined || content.toLowerCase() === context.lang.toLowerCase() ? '' : ` lang="${escapeHtml(content)}"`;
}

/** Text, in a `<span lang>` where its language differs from the copy's. */
export function withLanguage(text: string, content: string | undefined, context: PlainContext): string {
  const lang = langAttribute(content, context);
  return lang ? `<span${lang}>${escapeHtml(text)}</span>` : escapeHtml(text);
}

/** A link for a crisis contact (http(s), `tel:` or `sms:`), or the text alone. */
export function contactLinkHtml(text: string, href: string): string {
  return isSafeContactHref(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** A web address as a link whose text is the address, free to wrap after each slash without any stylesheet. */
function addressHtml(url: string): string {
  const pieces = url.split(/(?<=\/)(?!\/)/).map(escapeHtml);
  return `<a href="${escapeHtml(url)}">${pieces.join('<wbr>')}</a>`;
}

/** A citation as a list item, with its web address in view: a copy may be printed, or its links stripped by a sanitizer. */
function citationItemHtml(source: Source): string {
  const address = /^https?:\/\//i.test(source.url) ? ` ${addressHtml(source.url)}` : '';
  return `<li>${escapeHtml(citationText(source))}${address}${source.note ? ` (${escapeHtml(source.note)})` : ''}</li>`;
}

/** The works `sourceIds` cite, in first-cited order, as a numbered list; '' when none is known. */
export function citationListHtml(sourceIds: Iterable<string>, context: PlainContext): string {
  const sources = citedSources(allSources.items, sourceIds);
  if (sources.length === 0) return '';
  return `<ol${classes('citations')}${langAttribute(citationLanguage, context)}>${sources.map(citationItemHtml).join('')}</ol>`;
}

/** "Sources" over the list of what `sourceIds` cite, or the list closed behind "Sources (N)"; '' when none is known. */
export function sourcesHtml(sourceIds: Iterable<string>, context: PlainContext, collapsed: boolean | 'when-long'): string {
  const ids = [...sourceIds];
  const list = citationListHtml(ids, context);
  if (list === '') return '';
  const strings = localize(commonStrings, context.lang);
  const count = citedSources(allSources.items, ids).length;
  if (collapsed === true || (collapsed === 'when-long' && count >= collapsedSourceCount)) {
    return `<details${classes('sources')}><summary>${escapeHtml(strings.sourcesCount(formatNumber(count, context.lang)))}</summary>${list}</details>`;
  }
  return `${labelHtml(strings.sources)}${list}`;
}

/** A short label over what follows it ("Sources", "Outcome terms"), bold without any stylesheet. */
export function labelHtml(text: string): string {
  return `<p${classes('label')}><strong>${escapeHtml(text)}</strong></p>`;
}

/** Above the content, when it was past its next review date on the day the copy was made; '' before that. */
export function reviewNoticeHtml(review: ShownReview, context: PlainContext): string {
  if (!isReviewDue(review, context.made)) return '';
  const strings = localize(plainStrings, context.lang);
  const notice = strings.reviewDue(formatDate(context.made, context.lang), formatDate(review.nextReview!, context.lang));
  return `<p${classes('review-due')}><strong>${escapeHtml(notice)}</strong></p>`;
}

/** "This copy was made on …; the content was last reviewed on …; the next review is due on …." */
export function copyDatesHtml(review: ShownReview, context: PlainContext): string {
  const strings = localize(plainStrings, context.lang);
  const date = (day: IsoDate) => formatDate(day, context.lang);
  const clauses = [strings.madeOn(date(context.made))];
  if (review.lastReviewed) clauses.push(strings.lastReviewed(date(review.lastReviewed)));
  if (review.nextReview) clauses.push(strings.nextReview(date(review.nextReview)));
  return `<p${classes('dates')}>${escapeHtml(clauses.join('; '))}.</p>`;
}

/** A bundled answer's own review dates, for content checked more often than the rest (the regulatory status). */
export function answerReviewHtml(review: ShownReview, context: PlainContext): string {
  const strings = localize(plainStrings, context.lang);
  const date = (day: IsoDate) => formatDate(day, context.lang);
  const clauses = [review.lastReviewed ? strings.answerReviewed(date(review.lastReviewed)) : undefined];
  if (review.nextReview) clauses.push(strings.nextReview(date(review.nextReview)));
  const text = clauses.filter(Boolean).join('; ');
  return text ? `<p${classes('dates')}>${escapeHtml(text.charAt(0).toUpperCase() + text.slice(1))}.</p>` : '';
}

/** The end of every copy: its sources, then the day it was made and its review dates. */
export function footerHtml(sourceIds: Iterable<string>, review: ShownReview, context: PlainContext): string {
  return `<div${classes('footer')}>${sourcesHtml(sourceIds, context, 'when-long')}${copyDatesHtml(review, context)}</div>`;
}

/** The copy's root: a `<div>` with its class and the language of its interface, around `content`. */
export function rootHtml(context: PlainContext, content: string): string {
  return `<div class="${classPrefix} ${classPrefix}-${context.tag}" lang="${escapeHtml(context.lang)}">${content}</div>`;
}
