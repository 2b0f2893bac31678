/**
 * Which callouts a `<safety-callout>` shows, as plain data: the element and its plain copy (src/internal/plain/) both
 * work them out here. No DOM and no Lit.
 */
import { safety } from '../../data/safety.js';
import type { SafetyTopic, Severity } from '../../data/types.js';
import type { HostItems } from '../../internal/host-content/schema.js';
import { mergeItems } from '../../internal/host-content/merge.js';
import { attribute, quoteList } from '../../internal/element/log.js';
import { combineReviews, type ShownReview } from '../../internal/provenance/review.js';

export const severities: readonly Severity[] = ['information', 'warning', 'urgent'];
export const defaultTopic = 'clinical-setting';
/** The bundled topics: their crisis contacts are for the United States. */
export const bundledTopics: ReadonlySet<SafetyTopic> = new Set(safety.items);

/** One topic as it will be shown: its content, the language that content is in (undefined: the page's), its review dates. */
export interface Callout {
  readonly topic: SafetyTopic;
  readonly language: string | undefined;
  readonly review: ShownReview;
}

/** Whether a page in `lang` is likely read in the United States: a US region subtag, or English with no region. */
export function servesUnitedStates(lang: string): boolean {
  const [language = '', ...subtags] = lang.toLowerCase().split('-');
  const region = subtags.find((subtag) => /^([a-z]{2}|\d{3})$/.test(subtag));
  return region ? region === 'us' : language === 'en';
}

/**
 * Every topic that can be shown, by id: the bundled ones, or the host's replacing or extending them (the one rule,
 * merge.ts). A bundled topic with review dates of its own (the regulatory status, checked monthly) is judged by them
 * alone, a host topic by the host's dates; host content in an unstated language is in the page's.
 */
function availableCallouts(host: HostItems<SafetyTopic> | undefined): Map<string, Callout> {
  const callout = (topic: SafetyTopic, language: string | undefined, review: ShownReview): Callout => ({ topic, language, review: combineReviews([review]) });
  const merged = mergeItems(
    safety.items.map((topic) => callout(topic, safety.language, topic.review ?? safety)),
    host?.items.map((topic) => callout(topic, host.language, host)),
    host?.mode,
    (shown) => shown.topic.id,
  );
  return new Map(merged.map((shown) => [shown.topic.id, shown]));
}

/**
 * The callouts the ids `requested` name (the `topic` attribute, given as `value`), in its order. Ids that name no topic
 * are reported to the site owner; when none is known, the clinical-setting callout is shown (the host's first topic
 * when its data replaced ours).
 */
export function selectedCallouts(
  host: HostItems<SafetyTopic> | undefined,
  requested: readonly string[],
  value: unknown,
  messages: { warn(message: string): void },
): Callout[] {
  const available = availableCallouts(host);
  const unknown = requested.filter((id) => !available.has(id));
  const selected = requested.filter((id) => available.has(id)).map((id) => available.get(id)!);
  const fallback = available.get(defaultTopic) ?? available.values().next().value!;
  if (unknown.length > 0) {
    const outcome = selected.length > 0 ? 'left out' : `showing "${fallback.topic.id}" instead`;
    const known = [...available.keys()];
    messages.warn(`${attribute('topic', value)}: ${quoteList(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not one of ${quoteList(known)}; ${outcome}.`);
  }
  return selected.length > 0 ? selected : [fallback];
}
