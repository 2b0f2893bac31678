import { sessionSources } from '../../data/sessions.js';
import { amount, array, block, boolean, hostDataSchema, itemId, nonEmpty, nullable, optional, picklist, record, sourceIds, week } from './schema.js';

/** A step of the course: a session or the endpoint. */
export const sessionStep = record({
  id: itemId,
  phase: picklist(['preparation', 'dosing', 'integration', 'endpoint'], 'must be "preparation", "dosing", "integration" or "endpoint"'),
  /** e.g. "Preparation session 1". */
  name: nonEmpty,
  /** Duration in minutes; `null` or absent for the endpoint or where not reported. */
  durationMinutes: optional(nullable(amount), null),
  /** Whether the duration is approximate ("about 8 hours"). */
  durationApproximate: optional(boolean, false),
  /** Week of the course on which it falls, counted from baseline (week 0); negative before baseline. */
  week,
  /** Whether `week` is a typical position rather than a reported one (the bundled course); shown as "about week N". */
  weekApproximate: optional(boolean),
  /** One-line summary shown collapsed. */
  summary: nonEmpty,
  /** What happens, shown expanded. */
  details: optional(array(block), []),
  /** Ids of bundled sources. */
  sources: sourceIds,
});

/** A host's course for `<session-timeline>`: at most 100 steps, so that the widget renders them within about a second. */
export const sessionsSchema = hostDataSchema(sessionStep, { maxItems: 100, maxValues: 10_000, maxCharacters: 500_000 }, sessionSources);
