import * as v from 'valibot';
import type { SafetyTopic } from '../../data/types.js';
import { isSafeContactHref } from '../url.js';
import { blocks, hostDataSchema, isoDate, itemId, nonEmpty, record, sourceIds, text } from './schema.js';

const safetyTopic: v.GenericSchema<unknown, SafetyTopic> = record({
  id: itemId,
  severity: v.picklist(['information', 'warning', 'urgent'], 'must be "information", "warning" or "urgent"'),
  heading: nonEmpty,
  body: blocks,
  sources: sourceIds,
  addedContent: v.optional(v.boolean(), false),
  asOf: v.optional(isoDate),
  contacts: v.optional(
    v.array(
      record({
        name: nonEmpty,
        action: nonEmpty,
        href: v.pipe(v.string(), v.check(isSafeContactHref, 'must be a tel:, sms:, http: or https: link')),
      }),
    ),
  ),
  region: v.optional(text),
});

/** Host topics for `<safety-callout>`: at most 50. */
export const safetySchema = hostDataSchema(safetyTopic, { maxItems: 50, maxValues: 10_000, maxCharacters: 250_000 });
