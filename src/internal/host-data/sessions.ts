import * as v from 'valibot';
import type { SessionStep } from '../../data/types.js';
import { amount, block, hostDataSchema, nonEmpty, sourceIds, week } from './schema.js';

const sessionStep: v.GenericSchema<unknown, SessionStep> = v.object({
  id: nonEmpty,
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

/** A host's course for `<session-timeline>`. */
export const sessionsSchema = hostDataSchema(sessionStep);
