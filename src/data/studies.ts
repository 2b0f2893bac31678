import {
  mapsBbcMapp1Summary,
  mapsMapp1,
  mapsMapp2,
  mapsMp8,
  mitchell2021Mapp1,
  mitchell2023Mapp2,
  mithoefer2011,
  mithoefer2018,
  otalora2018,
  reviewDates,
  wolfson2020,
} from './sources.js';
import type { Dataset, Source, Study } from './types.js';

/**
 * The trials the article discusses, with the article's errors corrected. Percentages are shown only with their
 * exact definition, arm and timepoint; a value that could not be verified is `null` ("Not reported"). `short` holds the
 * forms the table's summary row shows, each written from the full field beside it and carrying only its figures.
 */
export const studies: Dataset<Study> = {
  ...reviewDates,
  items: [
    {
      id: 'mithoefer-2011',
      name: 'Mithoefer et al. 2011',
      year: 2011,
      sourceId: 'mithoefer-2011',
      design: 'Randomized, double-blind, placebo-controlled pilot trial',
      phase: 2,
      condition: 'Chronic, treatment-resistant PTSD',
      participants: 20,
      arms: [
        { label: 'MDMA 125 mg (plus optional supplemental dose) with psychotherapy', participants: 12 },
        { label: 'Inactive placebo with psychotherapy', participants: 8 },
      ],
      comparator: 'Inactive placebo with the same psychotherapy',
      primaryOutcome: {
        measure: 'Clinician-Administered PTSD Scale (CAPS, DSM-IV version)',
        timepoint: 'Baseline, 4 days after each of the two experimental sessions, and 2 months after the second',
      },
      headlineResult:
        'CAPS scores fell significantly more with MDMA than with placebo at all three timepoints after baseline. ' +
        'Clinical response (as defined by the authors): 83% with MDMA (10 of 12) vs 25% with placebo (2 of 8). ' +
        'These are response rates, not the size of the score decrease.',
      outcome: {
        term: 'response',
        definition: 'clinical response, as defined by the authors (see the paper for the exact threshold)',
        timepoint: 'when it was measured: see the paper',
        mdmaPercent: 83,
        comparatorPercent: 25,
        mdmaCount: '10 of 12',
        comparatorCount: '2 of 8',
      },
      effectSize: null,
      findings:
        'The first completed randomized controlled trial of MDMA-assisted psychotherapy, in 20 people whose PTSD had not improved with other treatment. ' +
        'Participants had two 8-hour experimental sessions with non-drug therapy before and after. ' +
        'Blood pressure, heart rate and body temperature rose more with MDMA, but the rises were temporary and returned to baseline after the session.',
      sources: ['mithoefer-2011'],
      short: {
        design: 'Double-blind, placebo-controlled pilot',
        comparator: 'Inactive placebo',
        primaryOutcome: 'CAPS (DSM-IV), up to 2 months after the second session',
        result: 'CAPS fell significantly more with MDMA at all three timepoints after baseline',
        outcomeTimepoint: 'when measured: see the paper',
      },
    },
    {
      id: 'mithoefer-2018',
      name: 'Mithoefer et al. 2018',
      year: 2018,
      sourceId: 'mithoefer-2018',
      design:
        'Randomized, double-blind, dose-response trial at one US outpatient clinic, followed by open-label crossover and 12-month follow-up',
      phase: 2,
      condition:
        'Chronic PTSD (at least 6 months, CAPS-IV score of 50 or more) in military veterans, firefighters and police officers',
      participants: 26,
      arms: [
        { label: 'MDMA 30 mg (active control)', participants: 7 },
        { label: 'MDMA 75 mg', participants: 7 },
        { label: 'MDMA 125 mg', participants: 12 },
      ],
      comparator: 'Low-dose MDMA (30 mg) as an active control, not psychotherapy alone',
      primaryOutcome: {
        measure: 'Change in CAPS-IV total score',
        timepoint: 'Baseline to 1 month after the second experimental session',
      },
      headlineResult:
        'The 75 mg and 125 mg groups had significantly greater decreases in CAPS-IV total score than the 30 mg group (p = 0.001), 1 month after the second session.',
      outcome: null,
      effectSize: null,
      findings:
        'A different study from the 2011 pilot. MDMA was given during two blinded 8-hour sessions of manualised psychotherapy. ' +
        'After every group had received full-dose MDMA, PTSD symptoms 12 months later were still significantly lower than at baseline (p < 0.0001).',
      sources: ['mithoefer-2018', 'maps-mp8'],
      short: {
        condition: 'Chronic PTSD (veterans, firefighters, police officers)',
        design: 'Double-blind dose-response trial',
        comparator: 'Low-dose MDMA (30 mg)',
        primaryOutcome: 'CAPS-IV change, 1 month after the second session',
        result: 'CAPS-IV fell more with 75 mg and 125 mg than with 30 mg (p = 0.001)',
      },
    },
    {
      id: 'otalora-2018',
      name: "Ot'alora et al. 2018",
      year: 2018,
      sourceId: 'otalora-2018',
      design:
        'Randomized, double-blind dose-response trial: 125 mg and 100 mg vs 40 mg in two 8-hour sessions, then open-label sessions (the 40 mg group crossed over to active doses) and 12-month follow-up',
      phase: 2,
      condition: 'Chronic PTSD',
      participants: 28,
      comparator: 'Low-dose MDMA (40 mg)',
      primaryOutcome: {
        measure: 'Change in CAPS (DSM-IV) total score',
        timepoint: 'One month after two experimental sessions',
      },
      headlineResult:
        'Mean CAPS change (intent-to-treat): −26.3 with 125 mg, −24.4 with 100 mg and −11.5 with 40 mg. ' +
        'The difference was statistically significant only in the per-protocol analysis (p = 0.03), not in the intent-to-treat analysis. ' +
        'At 12-month follow-up, 76% (n = 25) no longer met PTSD criteria, but by then every group had received active doses, so this is not a controlled comparison.',
      outcome: {
        term: 'no-longer-meeting-criteria',
        definition:
          'no longer met PTSD diagnostic criteria; uncontrolled, because by then all groups, including the 40 mg group after crossover, had received active doses (no comparator figure exists)',
        timepoint: '12-month follow-up (n = 25)',
        mdmaPercent: 76,
        comparatorPercent: null,
      },
      effectSize: null,
      findings:
        'A small trial comparing two active doses with a low dose. The primary result was weaker than it looks: significant only per protocol. ' +
        'The 76% (of the 25 people assessed) comes from the uncontrolled 12-month follow-up. No drug-related serious adverse events were reported and MDMA was well tolerated.',
      sources: ['otalora-2018'],
      short: {
        design: 'Double-blind dose-response trial',
        primaryOutcome: 'CAPS (DSM-IV) change, one month after two sessions',
        result: 'CAPS −26.3 (125 mg), −24.4 (100 mg), −11.5 (40 mg); significant per protocol only (p = 0.03)',
        outcomeTimepoint: '12-month follow-up, uncontrolled',
      },
    },
    {
      id: 'mitchell-2021-mapp1',
      name: 'Mitchell et al. 2021 (MAPP1)',
      year: 2021,
      sourceId: 'mitchell-2021-mapp1',
      design:
        'Randomized 1:1, double-blind, placebo-controlled trial at 15 sites (11 in the US, 2 in Canada, 2 in Israel)',
      phase: 3,
      condition: 'Severe PTSD (CAPS-5 score of 35 or more), after psychiatric medications were washed out',
      participants: 90,
      arms: [
        { label: 'MDMA-assisted therapy', participants: 46 },
        { label: 'Placebo with the same therapy', participants: 44 },
      ],
      comparator: 'Placebo with the same therapy',
      primaryOutcome: {
        measure: 'Change in CAPS-5 total severity score',
        timepoint: 'Baseline to 18 weeks (about 2 months after the last experimental session)',
      },
      headlineResult:
        'CAPS-5 scores fell by 24.4 points with MDMA (SD 11.6, n = 42) vs 13.9 with placebo (SD 11.5, n = 37); Cohen’s d = 0.91, p < 0.0001. ' +
        'At the primary endpoint, 67% of the MDMA group no longer met PTSD diagnostic criteria, vs 32% of the placebo group.',
      outcome: {
        term: 'no-longer-meeting-criteria',
        definition: 'no longer met PTSD diagnostic criteria',
        timepoint: 'primary endpoint, 18 weeks after baseline',
        mdmaPercent: 67,
        comparatorPercent: 32,
      },
      effectSize: 'Cohen’s d = 0.91 (CAPS-5)',
      findings:
        'The first phase 3 trial. Both groups had the same 15 therapy sessions; the MDMA group’s symptoms fell about 1.76 times as much as the placebo group’s. ' +
        '88% of the MDMA group had a clinically meaningful reduction in symptoms, according to MAPS’s summary of a BBC News report, not the trial paper (the placebo figure is not reported here). ' +
        'The “three sessions” often quoted are the three dosing sessions within the 15-session course. MDMA did not increase suicidality.',
      sources: ['mitchell-2021-mapp1', 'maps-mapp1', 'maps-bbc-mapp1-summary'],
      short: {
        condition: 'Severe PTSD',
        design: 'Double-blind, placebo-controlled, 15 sites',
        primaryOutcome: 'CAPS-5 change, 18 weeks',
        result: 'CAPS-5 −24.4 vs −13.9 with placebo; d = 0.91, p < 0.0001',
        outcomeTimepoint: '18 weeks',
      },
    },
    {
      id: 'mitchell-2023-mapp2',
      name: 'Mitchell et al. 2023 (MAPP2)',
      year: 2023,
      sourceId: 'mitchell-2023-mapp2',
      design: 'Randomized 1:1, double-blind, placebo-controlled confirmatory trial at 13 sites (11 in the US, 2 in Israel)',
      phase: 3,
      condition:
        'Moderate to severe PTSD (CAPS-5 score of 28 or more, symptoms for at least 6 months; 73.1% severe, 26.9% moderate), after psychiatric medications were tapered off',
      participants: 104,
      arms: [
        { label: 'MDMA-assisted therapy', participants: 53 },
        { label: 'Placebo with the same therapy', participants: 51 },
      ],
      comparator: 'Placebo with the same therapy',
      primaryOutcome: {
        measure: 'Change in CAPS-5 total severity score, rated by blinded independent assessors',
        timepoint: 'Baseline to 18 weeks',
      },
      headlineResult:
        'CAPS-5 scores fell by 23.7 points with MDMA (95% CI −26.94 to −20.44) vs 14.8 with placebo (95% CI −18.28 to −11.28); P < 0.001, d = 0.7. ' +
        'At 18 weeks, 71.2% of the MDMA group no longer met PTSD diagnostic criteria, vs 47.6% of the placebo group.',
      outcome: {
        term: 'no-longer-meeting-criteria',
        definition: 'no longer met PTSD diagnostic criteria',
        timepoint: '18 weeks after baseline',
        mdmaPercent: 71.2,
        comparatorPercent: 47.6,
      },
      effectSize: 'd = 0.7 (CAPS-5); d = 0.4 (Sheehan Disability Scale)',
      findings:
        'The confirmatory phase 3 trial. As in MAPP1, functional impairment (Sheehan Disability Scale) also improved more with MDMA: −3.3 vs −2.1 (P = 0.03). ' +
        'A clinically meaningful response (a drop of at least 10 points on CAPS-5) was seen in 86.5% with MDMA vs 69.0% with placebo, and remission (as defined by the authors) in 46.2% vs 21.4%. ' +
        'The 71.2% is not a remission rate. Severe treatment-emergent adverse events: 5 people (9.4%) with MDMA vs 2 (3.9%) with placebo; no deaths and no serious treatment-emergent adverse events.',
      sources: ['mitchell-2023-mapp2', 'maps-mapp2'],
      short: {
        condition: 'Moderate to severe PTSD',
        design: 'Double-blind, placebo-controlled, 13 sites',
        primaryOutcome: 'CAPS-5 change, 18 weeks',
        result: 'CAPS-5 −23.7 vs −14.8 with placebo; d = 0.7, P < 0.001',
        outcomeTimepoint: '18 weeks',
      },
    },
    {
      id: 'wolfson-2020',
      name: 'Wolfson et al. 2020',
      year: 2020,
      sourceId: 'wolfson-2020',
      design:
        'Randomized, double-blind, placebo-controlled pilot trial with two 8-hour sessions, followed by open-label crossover',
      phase: 2,
      condition: 'Anxiety related to a life-threatening illness (not PTSD)',
      participants: 18,
      arms: [
        { label: 'MDMA 125 mg with psychotherapy', participants: 13 },
        { label: 'Placebo with psychotherapy', participants: 5 },
      ],
      comparator: 'Placebo with the same psychotherapy',
      primaryOutcome: {
        measure: 'Change in trait anxiety (State-Trait Anxiety Inventory, STAI-Trait)',
        timepoint: 'Baseline to 1 month after the second experimental session',
      },
      headlineResult:
        'Trait anxiety fell by 23.5 points with MDMA (SD 13.2) vs 8.8 with placebo (SD 14.7). ' +
        'The difference was not statistically significant (p = 0.056).',
      outcome: null,
      effectSize: 'Hedges’ g = 1.03 (95% CI −5.25 to 7.31)',
      findings:
        'A small exploratory study in 18 people. The effect looked large but was very imprecise, and the primary result was not statistically significant, so it suggests rather than shows a benefit. ' +
        'Participants had a life-threatening illness, not necessarily an end-of-life diagnosis. MDMA was well tolerated.',
      sources: ['wolfson-2020'],
      short: {
        design: 'Double-blind, placebo-controlled pilot',
        primaryOutcome: 'STAI-Trait change, 1 month after the second session',
        result: 'STAI-Trait −23.5 vs −8.8 with placebo; not significant (p = 0.056)',
      },
    },
  ],
};

/** Every source the study table cites, in the order first cited: its citations, and the ids host data may cite alongside it. */
export const studySources: readonly Source[] = [
  mithoefer2011,
  mithoefer2018,
  mapsMp8,
  otalora2018,
  mitchell2021Mapp1,
  mapsMapp1,
  mapsBbcMapp1Summary,
  mitchell2023Mapp2,
  mapsMapp2,
  wolfson2020,
];
