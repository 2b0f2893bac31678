/**
 * Which callouts a `<safety-callout>` shows, as plain data: the element and its plain copy (src/internal/plain/) both
 * work them out here. No DOM and no Lit.
 */
import { safety } from '../../data/safety.js';
import type { SafetyTopic, Severity } from '../../data/types.js';
import type { HostItems } from '../../internal/host-content/schema.js';
import { attribute, quoteList } from '../../internal/element/log.js';
import { combineReviews, type ShownReview } from '../../internal/provenance/review.js';

export const severities: readonly Severity[] = ['information', 'warning', 'urgent'];
export const defaultTopic = 'clinical-setting';
/** The bundled topics: their crisis contacts are for the United States. */
export const bundledTopics: ReadonlySet<SafetyTopic> = new Set(safety.items);

/**
 * One topic as it will be shown: its content, the language that content is in (undefined: the page's), and what the
 * host added to it.
 */
export interface Callout {
  readonly topic: SafetyTopic;
  readonly language: string | undefined;
  readonly review: ShownReview;
  /** Host content shown after the topic's own body (host data in `extend` mode). */
  readonly addition?: { readonly topic: SafetyTopic; readonly language: string | undefined };
}

/** Whether a page in `lang` is likely read in the United States: a US region subtag, or English with no region. */
export function servesUnitedStates(lang: string): boolean {
  const [language = '', ...subtags] = lang.toLowerCase().split('-');
  const region = subtags.find((subtag) => /^([a-z]{2}|\d{3})$/.test(subtag));
  return region ? region === 'us' : language === 'en';
}

/** Every topic that can be shown, by id: the bundled ones, with the host's replacing, extending or adding to them. */
function availableCallouts(host: HostItems<SafetyTopic> | undefined): Map<string, Callout> {
  const available = new Map<string, Callout>(
    // A topic with review dates of its own (the regulatory status, checked monthly) is judged by them alone.
    safety.items.map((topic) => [topic.id, { topic, language: safety.language, review: combineReviews([topic.review ?? safety]) }]),
  );
  if (!host) return available;
  // Host content in an unstated language is in the page's: it carries no language of its own.
  const language = host.language;
  const hostReview = { lastReviewed: host.lastReviewed, nextReview: host.nextReview };
  for (const topic of host.items) {
    const bundled = available.get(topic.id);
    if (host.mode === 'extend' && bundled) {
      available.set(topic.id, { ...bundled, review: combineReviews([bundled.review, hostReview]), addition: { topic, language } });
    } else {
      available.set(topic.id, { topic, language, review: combineReviews([hostReview]) });
    }
  }
  return available;
}

/**
 * The callouts the ids `requested` name (the `topic` attribute, given as `value`), in its order. Ids that name no topic
 * are reported to the site owner; when none is known, the clinical-setting callout is shown.
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
  if (unknown.length > 0) {
    const fallback = selected.length > 0 ? 'left out' : `showing "${defaultTopic}" instead`;
    const known = [...available.keys()];
    messages.warn(`${attribute('topic', value)}: ${quoteList(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not one of ${quoteList(known)}; ${fallback}.`);
  }
  return selected.length > 0 ? selected : [available.get(defaultTopic)!];
}
