import { studySources } from '../../data/studies.js';
import { array, count, hostDataSchema, itemId, nonEmpty, nullable, optional, percent, picklist, record, sourceId, sourceIds, text } from './schema.js';

/** An outcome percentage for the MDMA arm against the comparator; `null`: "Not reported". */
export const outcome = record({
  /** How the percentage is defined; each term is explained in the study table's footnotes. */
  term: picklist(['response', 'no-longer-meeting-criteria', 'remission'], 'must be "response", "no-longer-meeting-criteria" or "remission"'),
  /** Plain-language definition used in this study, e.g. "no longer met PTSD diagnostic criteria (CAPS-5)". */
  definition: nonEmpty,
  /** When it was measured, e.g. "18 weeks after baseline". */
  timepoint: nonEmpty,
  mdmaPercent: nullable(percent),
  comparatorPercent: nullable(percent),
  /** Counts behind the percentages, where verified, e.g. "10 of 12". */
  mdmaCount: optional(text),
  comparatorCount: optional(text),
});

/** A study: a row of the study table. */
export const study = record({
  id: itemId,
  /** Short display name, e.g. "Mitchell et al. 2023 (MAPP2)". */
  name: nonEmpty,
  year: count,
  /** The bundled source id of the paper itself. */
  sourceId,
  design: nonEmpty,
  /** The trial's phase, 1 to 4. */
  phase: picklist([1, 2, 3, 4], 'must be a trial phase from 1 to 4'),
  condition: nonEmpty,
  /** Participants randomised; `null` or absent: "Not reported". */
  participants: optional(nullable(count), null),
  /** Per-arm counts, where verified. */
  arms: optional(array(record({ label: nonEmpty, participants: count }))),
  comparator: nonEmpty,
  primaryOutcome: record({ measure: nonEmpty, timepoint: nonEmpty }),
  /** The headline result in words, with its definition and timepoint. */
  headlineResult: nonEmpty,
  /** The percentages shown and drawn; `null` or absent: none reported. */
  outcome: optional(nullable(outcome), null),
  /** Effect size where verified, e.g. "Cohen's d = 0.91"; `null` or absent: not reported. */
  effectSize: optional(nullable(text), null),
  /** Plain-language findings. */
  findings: text,
  /** Ids of bundled sources. */
  sources: sourceIds,
  /**
   * Short forms of the long text, for the table's summary row; the full text stays one step away, in the row's details.
   * Each is written from the field it shortens (never cut from it), carries no figure that field lacks, and is cited by
   * the study's sources like the rest. A field left out (and a host study without them) shows the full text.
   */
  short: optional(
    record({
      /** e.g. "Moderate to severe PTSD". */
      condition: optional(nonEmpty),
      /** e.g. "Double-blind, placebo-controlled, 13 sites". */
      design: optional(nonEmpty),
      /** e.g. "Inactive placebo". */
      comparator: optional(nonEmpty),
      /** The primary outcome measure and when it was taken, e.g. "CAPS-5 change, 18 weeks". */
      primaryOutcome: optional(nonEmpty),
      /** The headline result in figures, e.g. "CAPS-5 −23.7 vs −14.8 with placebo; d = 0.7". */
      result: optional(nonEmpty),
      /** When the outcome pair was measured, with any caveat, e.g. "12-month follow-up, uncontrolled". */
      outcomeTimepoint: optional(nonEmpty),
    }),
  ),
});

/** Host studies for `<study-table>`: at most 10,000 (the table renders one page at a time). */
export const studiesSchema = hostDataSchema(study, { maxItems: 10_000, maxValues: 500_000, maxCharacters: 20_000_000 }, studySources);
