import {
  mapsMapp1,
  mapsMapp2,
  mitchell2021Mapp1,
  mitchell2023Mapp2,
  mithoefer2011,
  mithoefer2018,
  nidaMdmaResearchReport,
  reviewDates,
} from './sources.js';
import type { Block, Dataset, Inline, SessionStep, Source } from './types.js';

const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });

/*
 * Week scheme. The positions are schematic: the trials report the order, the counts and the spacing of the sessions, not
 * the week each one fell on, so every session step carries `weekApproximate: true`, for the timeline to show as "about week N".
 * Week 0 = baseline; week 18 = primary endpoint (verified: 18 weeks after baseline, about 2 months after the third
 * dosing session), the only step without `weekApproximate`.
 * Preparation: weeks -3, -2, -1. The trials held the preparation sessions (and the medication taper) before baseline.
 * Dosing: weeks 1, 5, 9 (about 4 weeks apart, verified; the third about 2 months before week 18).
 * Integration: three sessions about a week apart after each dosing session (2–4, 6–8, 10–12). Dosing and integration
 * together fill the ~12-week treatment period (weeks 1–12).
 */

const COURSE_SOURCES = ['maps-mapp1', 'maps-mapp2', 'mitchell-2021-mapp1', 'mitchell-2023-mapp2'] as const;

/**
 * What every session of a kind shares, said once for the course rather than on each step; each step says only what is
 * its own. That the weeks are typical positions is said once too, by the timeline's summary.
 */
const COURSE_NOTES: readonly Block[] = [
  p(
    'Preparation: three sessions with the therapists, without MDMA, before baseline (week 0). ' +
      'Psychiatric medications were tapered off before baseline. ' +
      'In the phase 2 trials these sessions lasted 90 minutes; their length in the phase 3 trials is not reported.',
  ),
  p(
    'Dosing: a therapy session of about 8 hours in which MDMA or placebo is taken, about 4 weeks apart. ' +
      'The phase 3 trials gave a first dose of 80 mg or 120 mg, then an optional half-dose (40 mg or 60 mg) 1.5 to 2 hours later. ' +
      'Effects begin about 45 minutes after a dose, on average, and peak 15 to 30 minutes later.',
  ),
  p(
    'MDMA raises blood pressure, heart rate and body temperature. ' +
      'In the 2011 pilot trial these rose more with MDMA than with placebo, and returned to baseline after the session.',
  ),
  p('Integration: three sessions of 90 minutes after each dosing session, about a week apart, without MDMA.'),
];

const COURSE_NOTE_SOURCES = [...COURSE_SOURCES, 'mithoefer-2018', 'nida-mdma-research-report', 'mithoefer-2011'] as const;

function preparation(n: 1 | 2 | 3, week: number): SessionStep {
  return {
    id: `preparation-${n}`,
    phase: 'preparation',
    name: `Preparation session ${n}`,
    // Phase 3 length is unverified (90 minutes is verified for phase 2 only), so it shows as "Not reported".
    durationMinutes: null,
    durationApproximate: false,
    week,
    weekApproximate: true,
    summary: 'A therapy session without MDMA, before baseline.',
    details: [],
    sources: ['maps-mapp1', 'maps-mapp2'],
  };
}

function dosing(n: 1 | 2 | 3, week: number): SessionStep {
  const dose =
    n === 1
      ? 'In MAPP1 the first dosing session used 80 mg, with an optional 40 mg half-dose.'
      : `In MAPP1 the ${n === 2 ? 'second' : 'third'} dosing session used 120 mg, with an optional 60 mg half-dose.`;
  return {
    id: `dosing-${n}`,
    phase: 'dosing',
    name: `Dosing session ${n}`,
    durationMinutes: 480,
    durationApproximate: true,
    week,
    weekApproximate: true,
    summary: 'A therapy session of about 8 hours in which MDMA or placebo is taken.',
    details: [p(dose)],
    sources: ['maps-mapp1', 'mitchell-2021-mapp1'],
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
    weekApproximate: true,
    summary: 'A 90-minute therapy session without MDMA.',
    details: [],
    sources: ['maps-mapp1'],
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
    p(
      'The preparation sessions, screening and medication tapering come before baseline, so the whole process takes longer than 18 weeks.',
    ),
  ],
  sources: ['mitchell-2021-mapp1', 'mitchell-2023-mapp2'],
};

/**
 * The phase 3 treatment course in order: 3 preparation sessions before baseline, 3 dosing sessions with 3 integration
 * sessions after each, then the endpoint 18 weeks after baseline.
 */
export const sessions: Dataset<SessionStep> & {
  readonly endpointWeek: number;
  readonly sources: readonly string[];
  /** What the sessions of each kind share, said once for the course. */
  readonly notes: readonly Block[];
} = {
  ...reviewDates,
  endpointWeek: 18,
  sources: COURSE_NOTE_SOURCES,
  notes: COURSE_NOTES,
  items: [
    preparation(1, -3),
    preparation(2, -2),
    preparation(3, -1),
    dosing(1, 1),
    integration(1, 1, 2),
    integration(1, 2, 3),
    integration(1, 3, 4),
    dosing(2, 5),
    integration(2, 1, 6),
    integration(2, 2, 7),
    integration(2, 3, 8),
    dosing(3, 9),
    integration(3, 1, 10),
    integration(3, 2, 11),
    integration(3, 3, 12),
    endpoint,
  ],
};

/** Every source the session course cites, in the order first cited: its citations, and the ids host data may cite alongside it. */
export const sessionSources: readonly Source[] = [
  mapsMapp1,
  mapsMapp2,
  mitchell2021Mapp1,
  mitchell2023Mapp2,
  mithoefer2018,
  nidaMdmaResearchReport,
  mithoefer2011,
];
