import * as v from 'valibot';
import type { Study } from '../../data/types.js';
import { count, hostDataSchema, itemId, nonEmpty, percent, record, sourceId, sourceIds, text } from './schema.js';

const study: v.GenericSchema<unknown, Study> = record({
  id: itemId,
  name: nonEmpty,
  year: count,
  sourceId,
  design: nonEmpty,
  phase: v.picklist([1, 2, 3, 4], 'must be a trial phase from 1 to 4'),
  condition: nonEmpty,
  participants: v.optional(v.nullable(count), null),
  arms: v.optional(v.array(record({ label: nonEmpty, participants: count }))),
  comparator: nonEmpty,
  primaryOutcome: record({ measure: nonEmpty, timepoint: nonEmpty }),
  headlineResult: nonEmpty,
  outcome: v.optional(
    v.nullable(
      record({
        term: v.picklist(
          ['response', 'no-longer-meeting-criteria', 'remission'],
          'must be "response", "no-longer-meeting-criteria" or "remission"',
        ),
        definition: nonEmpty,
        timepoint: nonEmpty,
        mdmaPercent: v.nullable(percent),
        comparatorPercent: v.nullable(percent),
        mdmaCount: v.optional(text),
        comparatorCount: v.optional(text),
      }),
    ),
    null,
  ),
  effectSize: v.optional(v.nullable(text), null),
  findings: text,
  sources: sourceIds,
  // Optional: a host study without short forms shows its full text in the summary row.
  short: v.optional(
    v.object({
      condition: v.optional(nonEmpty),
      design: v.optional(nonEmpty),
      comparator: v.optional(nonEmpty),
      primaryOutcome: v.optional(nonEmpty),
      result: v.optional(nonEmpty),
      outcomeTimepoint: v.optional(nonEmpty),
    }),
  ),
});

/** Host studies for `<study-table>`: at most 10,000 (the table renders one page at a time). */
export const studiesSchema = hostDataSchema(study, { maxItems: 10_000, maxValues: 500_000, maxCharacters: 20_000_000 });
