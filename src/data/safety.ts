import {
  deaDrugScheduling,
  eo144012026,
  fdaCompleteResponseLetters,
  fdaPriorityVouchers2026,
  lifeline988,
  longDate,
  maps2024AdvisoryCommittee,
  mitchell2021Mapp1,
  mitchell2023Mapp2,
  mithoefer2011,
  nidaMdmaResearchReport,
  nswHealthMdma,
  regulatoryReviewDates,
  reviewDates,
  tgaReschedulingQa,
  vizeliLiechti2017,
} from './sources.js';
import type { Block, Dataset, Inline, RichText, SafetyTopic, Source } from './types.js';

const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const list = (...items: readonly (string | RichText)[]): Block => ({
  type: 'list',
  items: items.map((item) => (typeof item === 'string' ? [item] : item)),
});

/** The date the regulatory status was last checked, and the next check, written out. */
const checked = longDate(regulatoryReviewDates.lastReviewed);
const nextCheck = longDate(regulatoryReviewDates.nextReview);

/** Safety callouts. Everything beyond the source article is marked `addedContent` and carries its own citations. */
export const safety: Dataset<SafetyTopic> = {
  ...reviewDates,
  items: [
    {
      id: 'clinical-setting',
      severity: 'warning',
      heading: 'Only in a clinical setting, with trained professionals',
      body: [
        p(
          'The evidence on MDMA-assisted therapy comes from clinical trials. They screened participants medically and psychiatrically beforehand, ' +
            'and MDMA was taken during therapy sessions of about 8 hours.',
        ),
        p(
          'It is a clinical treatment under study, not a recreational activity. ' +
            'It should only take place within clinical research or an approved treatment programme.',
        ),
      ],
      sources: ['mitchell-2021-mapp1', 'mitchell-2023-mapp2'],
      addedContent: false,
    },
    {
      id: 'adulteration',
      severity: 'warning',
      heading: 'Street ecstasy and Molly are not the same as the MDMA used in trials',
      body: [
        p('Pills and powders sold as ecstasy or Molly often contain other drugs. Tablets bought on the street have been found to contain:'),
        list(
          'methamphetamine',
          'ketamine',
          'caffeine',
          'ephedrine (a stimulant)',
          'dextromethorphan (a cough suppressant)',
          'heroin',
          'PCP (phencyclidine)',
          'cocaine',
        ),
        p(
          'Analyses of “Molly” seized by the US Drug Enforcement Administration often found other drugs, and sometimes no MDMA at all: ' +
            'for example methylone and later ethylone, stimulants of the kind sold as “bath salts”. ' +
            'So a pill or powder sold as ecstasy or Molly may contain other drugs, or no MDMA at all.',
        ),
      ],
      sources: ['nida-mdma-research-report'],
      addedContent: true,
    },
    {
      id: 'regulatory-status',
      severity: 'information',
      heading: 'Not approved in the United States when last checked',
      body: [
        p(
          `No approval of MDMA-assisted therapy by the US Food and Drug Administration (FDA) had been found when this was last checked, on ${checked}. ` +
            'The sources found reach to mid-2026, so a later decision may be missing here. ' +
            'In those sources, MDMA was still a Schedule I controlled substance in the United States.',
        ),
        p(
          'On 4 June 2024 an FDA advisory committee voted 2–9 (2 yes, 9 no) on whether the available data show that the drug is effective, ' +
            'and 1–10 (1 yes, 10 no) on whether its benefits outweigh its risks.',
        ),
        p(
          'On 9 August 2024 the FDA issued a complete response letter: it could not approve the application for midomafetamine (MDMA) capsules for PTSD ' +
            'on the data submitted, and asked for an additional phase 3 trial. The FDA made the letter public on 4 September 2025. ' +
            'The applicant, Lykos Therapeutics, now operates as Resilient Pharmaceuticals, according to news reports.',
        ),
        p(
          'On 18 April 2026, Executive Order 14401 directed the FDA and the Drug Enforcement Administration to build a Right to Try access pathway for psychedelic drugs, ' +
            'and the FDA to issue priority review vouchers to psychedelic drugs that hold Breakthrough Therapy designation. ' +
            'The order does not itself approve any drug or reschedule any substance.',
        ),
        p(
          'On 24 April 2026 the FDA awarded priority review vouchers (Commissioner’s National Priority Vouchers) to three psychedelic programmes; none went to MDMA. ' +
            'A voucher shortens the FDA’s review once an application is filed; it does not approve a drug and does not lower the evidence standard.',
        ),
        p(
          'In Australia, since 1 July 2023, psychiatrists approved under the Therapeutic Goods Administration’s Authorised Prescriber scheme ' +
            '(after approval from a human research ethics committee) may prescribe MDMA for PTSD. No MDMA product is registered in Australia.',
        ),
        p(`This status is checked every month. The next check is due by ${nextCheck}.`),
      ],
      sources: [
        'fda-complete-response-letters',
        'maps-2024-advisory-committee',
        'eo-14401-2026',
        'fda-priority-vouchers-2026',
        'dea-drug-scheduling',
        'tga-rescheduling-qa',
        'nsw-health-mdma',
      ],
      addedContent: true,
      asOf: regulatoryReviewDates.lastReviewed,
      review: regulatoryReviewDates,
    },
    {
      id: 'health-risks',
      severity: 'warning',
      heading: 'Health risks, and who was excluded from the trials',
      body: [
        p(
          'MDMA raises blood pressure, heart rate and body temperature. In the 2011 pilot trial these rises were temporary and returned to baseline after the session.',
        ),
        p(
          'In laboratory studies of 166 healthy volunteers given a single 75 or 125 mg dose, systolic blood pressure rose above 160 mmHg in 33%, ' +
            'heart rate above 100 beats per minute in 29% and body temperature above 38 °C in 19%; all three were more common at 125 mg. ' +
            'The risks are likely higher for people with heart or blood-vessel disease.',
        ),
        p('Outside medical settings, MDMA can cause dangerous, potentially fatal overheating (hyperthermia).'),
        p('The phase 3 trials (MAPP1 and MAPP2) excluded people with, among other conditions:'),
        list(
          'uncontrolled high blood pressure',
          'a history of heart rhythm problems, marked QT prolongation, or other risk factors for torsade de pointes',
          'symptomatic liver disease or other significant medical disorders',
          'a risk of low blood sodium (hyponatremia) or of overheating',
          'a primary psychotic disorder, bipolar I disorder, or major depression with psychotic features',
          'dissociative identity disorder, an eating disorder with active purging, or a personality disorder',
          'a current alcohol or substance use disorder',
          'pregnancy or breastfeeding',
        ),
        p(
          'Participants had to taper off psychiatric medications, such as antidepressants, before dosing because of interactions. ' +
            'Do not stop or change a medication without talking to your prescriber.',
        ),
        p(
          'In MAPP2, severe adverse events during treatment affected 9.4% of the MDMA group vs 3.9% of the placebo group; there were no deaths. ' +
            'The FDA’s complete response letter said abuse-related adverse events had not been systematically captured and that safety needs to be characterised further.',
        ),
      ],
      sources: [
        'mithoefer-2011',
        'vizeli-liechti-2017',
        'nida-mdma-research-report',
        'mitchell-2021-mapp1',
        'mitchell-2023-mapp2',
        'fda-complete-response-letters',
      ],
      addedContent: true,
    },
    {
      id: 'crisis-support',
      severity: 'urgent',
      heading: 'If you are in crisis, help is available now',
      body: [
        p('These numbers are for the United States. Outside the United States, contact your local crisis line or emergency number.'),
        p(
          'If you are thinking about suicide, or are worried about someone, call or text 988 to reach the 988 Suicide & Crisis Lifeline, or chat at ',
          { text: '988lifeline.org', href: 'https://988lifeline.org/' },
          '. It is free, confidential and open 24 hours a day, 7 days a week.',
        ),
        p('Veterans can press 1 after calling 988 to reach the Veterans Crisis Line.'),
        p('If someone is in immediate danger, call 911.'),
      ],
      sources: ['lifeline-988'],
      addedContent: true,
      region: 'United States',
      contacts: [
        { name: '988 Suicide & Crisis Lifeline', action: 'Call 988', href: 'tel:988' },
        { name: '988 Suicide & Crisis Lifeline', action: 'Text 988', href: 'sms:988' },
        { name: '988 Suicide & Crisis Lifeline', action: 'Chat online', href: 'https://988lifeline.org/' },
        { name: 'Emergency services', action: 'Call 911', href: 'tel:911' },
      ],
    },
  ],
};

/** Every source the safety topics cites, in the order first cited: its citations, and the ids host data may cite alongside it. */
export const safetySources: readonly Source[] = [
  mitchell2021Mapp1,
  mitchell2023Mapp2,
  nidaMdmaResearchReport,
  fdaCompleteResponseLetters,
  maps2024AdvisoryCommittee,
  eo144012026,
  fdaPriorityVouchers2026,
  deaDrugScheduling,
  tgaReschedulingQa,
  nswHealthMdma,
  mithoefer2011,
  vizeliLiechti2017,
  lifeline988,
];
