import { sessionSources } from '../../data/sessions.js';
import type { SessionStep } from '../../data/types.js';
import { amount, array, block, boolean, hostDataSchema, itemId, nonEmpty, nullable, optional, picklist, record, sourceIds, week, type Schema } from './schema.js';

/** A step of the course: a session or the endpoint. */
export const sessionStep = record({
  id: itemId,
  phase: picklist(['preparation', 'dosing', 'integration', 'endpoint'], 'must be "preparation", "dosing", "integration" or "endpoint"'),
  name: nonEmpty,
  durationMinutes: optional(nullable(amount), null),
  durationApproximate: optional(boolean, false),
  /** Week from baseline (week 0); negative before baseline. */
  week,
  /** Whether the week is a typical position rather than a scheduled one. */
  weekApproximate: optional(boolean, false),
  summary: nonEmpty,
  details: optional(array(block), []),
  /** Ids of bundled sources. */
  sources: sourceIds,
});

/** A host's course for `<session-timeline>`: at most 100 steps, so that the widget renders them within about a second. */
export const sessionsSchema = hostDataSchema(sessionStep satisfies Schema<unknown, SessionStep>, { maxItems: 100, maxValues: 10_000, maxCharacters: 500_000 }, sessionSources);
