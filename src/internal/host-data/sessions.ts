import * as v from 'valibot';
import type { SessionStep } from '../../data/types.js';
import { amount, block, hostDataSchema, itemId, nonEmpty, record, sourceIds, week } from './schema.js';

const sessionStep: v.GenericSchema<unknown, SessionStep> = record({
  id: itemId,
  phase: v.picklist(
    ['preparation', 'dosing', 'integration', 'endpoint'],
    'must be "preparation", "dosing", "integration" or "endpoint"',
  ),
  name: nonEmpty,
  durationMinutes: v.optional(v.nullable(amount), null),
  durationApproximate: v.optional(v.boolean(), false),
  week,
  weekApproximate: v.optional(v.boolean(), false),
  summary: nonEmpty,
  details: v.optional(v.array(block), []),
  sources: sourceIds,
});

/** A host's course for `<session-timeline>`: at most 100 steps, so that the widget renders them within about a second. */
export const sessionsSchema = hostDataSchema(sessionStep, { maxItems: 100, maxValues: 10_000, maxCharacters: 500_000 });
