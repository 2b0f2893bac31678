import { studySources } from '../../data/studies.js';
import type { Study } from '../../data/types.js';
import { array, count, hostDataSchema, itemId, nonEmpty, nullable, optional, percent, picklist, record, sourceId, sourceIds, text, type Schema } from './schema.js';

/** An outcome percentage for the MDMA arm against the comparator; `null`: "Not reported". */
export const outcome = record({
  term: picklist(['response', 'no-longer-meeting-criteria', 'remission'], 'must be "response", "no-longer-meeting-criteria" or "remission"'),
  definition: nonEmpty,
  timepoint: nonEmpty,
  mdmaPercent: nullable(percent),
  comparatorPercent: nullable(percent),
  mdmaCount: optional(text),
  comparatorCount: optional(text),
});

/** A study: a row of the study table. */
export const study = record({
  id: itemId,
  name: nonEmpty,
  year: count,
  /** The bundled source id of the paper itself. */
  sourceId,
  design: nonEmpty,
  phase: picklist([1, 2, 3, 4], 'must be a trial phase from 1 to 4'),
  condition: nonEmpty,
  /** Participants randomised; `null` or absent: "Not reported". */
  participants: optional(nullable(count), null),
  arms: optional(array(record({ label: nonEmpty, participants: count }))),
  comparator: nonEmpty,
  primaryOutcome: record({ measure: nonEmpty, timepoint: nonEmpty }),
  headlineResult: nonEmpty,
  /** The percentages shown and drawn; `null` or absent: none reported. */
  outcome: optional(nullable(outcome), null),
  effectSize: optional(nullable(text), null),
  findings: text,
  /** Ids of bundled sources. */
  sources: sourceIds,
  /** Short forms for the summary row; a host study without them shows its full text there. */
  short: optional(
    record({
      condition: optional(nonEmpty),
      design: optional(nonEmpty),
      comparator: optional(nonEmpty),
      primaryOutcome: optional(nonEmpty),
      result: optional(nonEmpty),
      outcomeTimepoint: optional(nonEmpty),
    }),
  ),
});

/** Host studies for `<study-table>`: at most 10,000 (the table renders one page at a time). */
export const studiesSchema = hostDataSchema(study satisfies Schema<unknown, Study>, { maxItems: 10_000, maxValues: 500_000, maxCharacters: 20_000_000 }, studySources);
