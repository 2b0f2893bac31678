import { safetySources } from '../../data/safety.js';
import { isSafeContactHref } from '../render/url.js';
import { array, blocks, boolean, hostDataSchema, isoDate, itemId, nonEmpty, optional, picklist, record, sourceIds, string, text } from './schema.js';

/** A safety topic: one callout. */
export const safetyTopic = record({
  id: itemId,
  severity: picklist(['information', 'warning', 'urgent'], 'must be "information", "warning" or "urgent"'),
  heading: nonEmpty,
  /** What is always shown: at most about 60 words in 3 sentences, the most important first. */
  body: blocks,
  /** The rest, behind a disclosure named by `moreLabel` ("More about …"). */
  more: optional(blocks),
  /** The name of the disclosure that holds `more`. */
  moreLabel: optional(text),
  /** Ids of bundled sources. */
  sources: sourceIds,
  /** Accepted from host data written for 0.2; not shown (provenance shows in the citations). */
  addedContent: optional(boolean),
  /** Accepted from host data written for 0.2 (`YYYY-MM-DD`); not shown (the footer gives the review date). */
  asOf: optional(isoDate),
  /** Crisis contacts: `tel:`, `sms:`, `http:` or `https:` links. */
  contacts: optional(
    array(
      record({
        /** e.g. "988 Suicide & Crisis Lifeline". */
        name: nonEmpty,
        /** What to do, e.g. "Call or text 988". */
        action: nonEmpty,
        href: string([isSafeContactHref, 'must be a tel:, sms:, http: or https: link']),
      }),
    ),
  ),
  /** The region the contacts serve, e.g. "United States". */
  region: optional(text),
});

/** Host topics for `<safety-callout>`: at most 50. */
export const safetySchema = hostDataSchema(safetyTopic, { maxItems: 50, maxValues: 10_000, maxCharacters: 250_000 }, safetySources);
