import { reviewDates } from './sources.js';
import type { Block, Dataset, Inline, SessionStep } from './types.js';

const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });

/*
 * Week scheme (schematic; the trials report spacing, not calendar weeks). Week 0 = baseline, week 18 = primary endpoint.
 * Preparation: weeks 0, 1, 2. Dosing: weeks 3, 7, 11 (about 4 weeks apart; the third about 2 months before week 18).
 * Integration: weekly in the three weeks after each dosing session (4–6, 8–10, 12–14). Endpoint: week 18.
 */

const COURSE_SOURCES = ['maps-mapp1', 'maps-mapp2', 'mitchell-2021-mapp1', 'mitchell-2023-mapp2'] as const;

function preparation(n: 1 | 2 | 3, week: number): SessionStep {
  return {
    id: `preparation-${n}`,
    phase: 'preparation',
    name: `Preparation session ${n}`,
    // Phase 3 length is unverified (90 minutes is verified for phase 2 only), so it shows as "Not reported".
    durationMinutes: null,
    durationApproximate: false,
    week,
    summary: 'A talking session with the therapists, without MDMA, to prepare for the dosing sessions.',
    details: [
      p(
        'Before any MDMA is given, the participant and therapists meet for three preparation sessions. No drug is taken. ' +
          'They build trust and talk through what the dosing sessions will involve.',
      ),
      p(
        'Session length: in the phase 2 trials, preparation sessions lasted 90 minutes. ' +
          'Their length in the phase 3 trials is not reported in the sources checked here, so it is shown as not reported.',
      ),
      p('Psychiatric medications were tapered off before baseline in the phase 3 trials.'),
    ],
    sources: ['maps-mapp1', 'mitchell-2021-mapp1', 'mitchell-2023-mapp2', 'mithoefer-2018'],
  };
}

function dosing(n: 1 | 2 | 3, week: number): SessionStep {
  const dose =
    n === 1
      ? 'In MAPP1 the first session used 80 mg, with an optional 40 mg half-dose.'
      : 'In MAPP1 this session used 120 mg, with an optional 60 mg half-dose.';
  return {
    id: `dosing-${n}`,
    phase: 'dosing',
    name: `Dosing session ${n}`,
    durationMinutes: 480,
    durationApproximate: true,
    week,
    summary: 'An all-day session of about 8 hours: MDMA or placebo is taken, with therapists present throughout.',
    details: [
      p(
        'The phase 3 trials gave a first dose of 80 mg or 120 mg, then an optional supplemental half-dose (40 mg or 60 mg) 1.5 to 2 hours later: 80 to 180 mg in one session. ' +
          dose,
      ),
      p(
        'Effects of an oral dose begin about 45 minutes after it is taken, on average, and peak 15 to 30 minutes later. ' +
          'The session lasts about 8 hours, and dosing sessions are about 4 weeks apart.',
      ),
      p(
        'Trained therapists stay with the participant for the whole session and guide them through thoughts, feelings and memories as they come up. ' +
          'Because MDMA raises blood pressure, heart rate and body temperature, the trials measured these during sessions.',
      ),
    ],
    sources: ['maps-mapp1', 'maps-mapp2', 'nida-mdma-research-report', 'mitchell-2021-mapp1', 'mithoefer-2011'],
  };
}

function integration(dosingNumber: 1 | 2 | 3, n: 1 | 2 | 3, week: number): SessionStep {
  return {
    id: `integration-${dosingNumber}-${n}`,
    phase: 'integration',
    name: `Integration session ${n} after dosing session ${dosingNumber}`,
    durationMinutes: 90,
    durationApproximate: false,
    week,
    summary: 'A 90-minute talking session, without MDMA, to make sense of the dosing session.',
    details: [
      p(
        'After each dosing session come three integration sessions of 90 minutes, about a week apart. No drug is taken. ' +
          'The participant and therapists work through what came up during the dosing session.',
      ),
      p('Across the course there are nine integration sessions: three after each of the three dosing sessions.'),
    ],
    sources: ['maps-mapp1', 'mitchell-2021-mapp1'],
  };
}

const endpoint: SessionStep = {
  id: 'primary-endpoint',
  phase: 'endpoint',
  name: 'Primary endpoint (week 18)',
  durationMinutes: null,
  durationApproximate: false,
  week: 18,
  summary: 'Symptoms are measured 18 weeks after baseline, about 2 months after the last dosing session.',
  details: [
    p(
      'In both phase 3 trials, the main result was the change in PTSD symptoms (CAPS-5 total score) from baseline to 18 weeks, ' +
        'about 2 months after the third dosing session. In MAPP2 the ratings were made by blinded independent assessors.',
    ),
    p('Screening and medication tapering come before baseline, so the whole process takes longer than 18 weeks.'),
  ],
  sources: ['mitchell-2021-mapp1', 'mitchell-2023-mapp2'],
};

/** The phase 3 treatment course in order: 3 preparation, 3 dosing with 3 integration sessions after each, then the endpoint. */
export const sessions: Dataset<SessionStep> & { readonly endpointWeek: number; readonly sources: readonly string[] } = {
  ...reviewDates,
  endpointWeek: 18,
  sources: COURSE_SOURCES,
  items: [
    preparation(1, 0),
    preparation(2, 1),
    preparation(3, 2),
    dosing(1, 3),
    integration(1, 1, 4),
    integration(1, 2, 5),
    integration(1, 3, 6),
    dosing(2, 7),
    integration(2, 1, 8),
    integration(2, 2, 9),
    integration(2, 3, 10),
    dosing(3, 11),
    integration(3, 1, 12),
    integration(3, 2, 13),
    integration(3, 3, 14),
    endpoint,
  ],
};
