import type { SafetyTopic } from '../../data/types.js';
import { isSafeContactHref } from '../url.js';
import { array, blocks, boolean, hostDataSchema, isoDate, itemId, nonEmpty, optional, picklist, record, sourceIds, string, text, type Schema } from './schema.js';

/** A safety topic: one callout. */
export const safetyTopic = record({
  id: itemId,
  severity: picklist(['information', 'warning', 'urgent'], 'must be "information", "warning" or "urgent"'),
  heading: nonEmpty,
  body: blocks,
  /** Ids of bundled sources. */
  sources: sourceIds,
  /** True where the content goes beyond its sources (labelled "Added content"). */
  addedContent: optional(boolean, false),
  /** The date the statement is true as of (`YYYY-MM-DD`). */
  asOf: optional(isoDate),
  /** Crisis contacts: `tel:`, `sms:`, `http:` or `https:` links. */
  contacts: optional(
    array(
      record({
        name: nonEmpty,
        action: nonEmpty,
        href: string([isSafeContactHref, 'must be a tel:, sms:, http: or https: link']),
      }),
    ),
  ),
  /** The region the contacts serve. */
  region: optional(text),
});

/** Host topics for `<safety-callout>`: at most 50. */
export const safetySchema = hostDataSchema(safetyTopic satisfies Schema<unknown, SafetyTopic>, { maxItems: 50, maxValues: 10_000, maxCharacters: 250_000 });
