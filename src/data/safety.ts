import {
  deaDrugScheduling,
  eo144012026,
  fdaCompleteResponseLetters,
  fdaPriorityVouchers2026,
  lifeline988,
  advisoryCommitteeVotes2024,
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

/**
 * Safety callouts, each in two layers: `body`, at most about 60 words in 3 sentences with the most important first, always
 * shown; and `more`, behind a "More about …" disclosure. The date the content was checked is given once, in the footer.
 */
export const safety: Dataset<SafetyTopic> = {
  ...reviewDates,
  items: [
    {
      id: 'clinical-setting',
      severity: 'warning',
      heading: 'Only in a clinical setting, with trained professionals',
      body: [
        p(
          'MDMA-assisted therapy is a clinical treatment under study, not a recreational activity. ' +
            'It should only take place within clinical research or an approved treatment programme.',
        ),
        p('In the trials, participants were screened medically and psychiatrically first, and took MDMA during therapy sessions of about 8 hours.'),
      ],
      sources: ['mitchell-2021-mapp1', 'mitchell-2023-mapp2'],
    },
    {
      id: 'adulteration',
      severity: 'warning',
      heading: 'Street ecstasy and Molly are not the same as the MDMA used in trials',
      body: [
        p(
          'Pills and powders sold as ecstasy or Molly often contain other drugs, and sometimes no MDMA at all. ' +
            'Street tablets have been found to contain methamphetamine, ketamine, cocaine and heroin, among other drugs.',
        ),
      ],
      moreLabel: 'More about what street pills contain',
      more: [
        p('Tablets bought on the street have been found to contain:'),
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
          'The US Drug Enforcement Administration analysed seized “Molly”. It often found other drugs, and sometimes no MDMA at all: ' +
            'for example methylone and later ethylone, stimulants of the kind sold as “bath salts”.',
        ),
      ],
      sources: ['nida-mdma-research-report'],
    },
    {
      id: 'regulatory-status',
      severity: 'information',
      heading: 'No FDA approval found; latest source June 2026',
      body: [
        p(
          'No approval of MDMA-assisted therapy by the US Food and Drug Administration (FDA) was found. ' +
            'The latest source found is from June 2026, so a later decision may be missing here. ' +
            'In the United States, MDMA was still a Schedule I controlled substance.',
        ),
      ],
      moreLabel: 'More about the regulatory status',
      more: [
        p(
          'On 4 June 2024 an FDA advisory committee voted 2–9 (2 yes, 9 no) on whether the available data show that the drug is effective. ' +
            'It voted 1–10 (1 yes, 10 no) on whether its benefits, with the risk-management plan the FDA proposed, outweigh its risks.',
        ),
        p(
          'On 9 August 2024 the FDA issued a complete response letter. It could not approve midomafetamine (MDMA) capsules for PTSD ' +
            'on the data submitted, and asked for an additional phase 3 trial. The FDA made the letter public on 4 September 2025. ' +
            'The applicant, Lykos Therapeutics, now operates as Resilient Pharmaceuticals, according to news reports.',
        ),
        p(
          'On 18 April 2026, Executive Order 14401 directed the FDA and the Drug Enforcement Administration to build a Right to Try access pathway for psychedelic drugs. ' +
            'It also directed the FDA to issue national priority vouchers to appropriate psychedelic drugs that hold Breakthrough Therapy designation and meet the programme’s criteria. ' +
            'The order does not itself approve any drug or reschedule any substance.',
        ),
        p(
          'On 24 April 2026 the FDA awarded Commissioner’s National Priority Vouchers to three psychedelic programmes. ' +
            'None went to MDMA, although it has held Breakthrough Therapy designation since 2017. ' +
            'A voucher shortens the FDA’s review once an application is filed; it does not approve a drug and does not lower the evidence standard.',
        ),
        p(
          'In Australia, since 1 July 2023, psychiatrists approved under the Therapeutic Goods Administration’s Authorised Prescriber scheme may prescribe MDMA for PTSD. ' +
            'They need approval from a human research ethics committee first. No MDMA product is registered in Australia.',
        ),
        p('This status is checked every month.'),
      ],
      sources: [
        'fda-complete-response-letters',
        'advisory-committee-votes-2024',
        'eo-14401-2026',
        'fda-priority-vouchers-2026',
        'dea-drug-scheduling',
        'tga-rescheduling-qa',
        'nsw-health-mdma',
      ],
      review: regulatoryReviewDates,
    },
    {
      id: 'health-risks',
      severity: 'warning',
      heading: 'Health risks, and who was excluded from the trials',
      body: [
        p(
          'MDMA raises blood pressure, heart rate and body temperature, and overheating can be dangerous, even fatal. ' +
            'The trials excluded people with some heart, liver and psychiatric conditions, because these effects could be dangerous for them. ' +
            'The risks are likely higher for people with heart or blood-vessel disease.',
        ),
      ],
      moreLabel: 'More about the health risks',
      more: [
        p(
          'In laboratory studies, 166 healthy volunteers took a single 75 or 125 mg dose. Systolic blood pressure rose above 160 mmHg in 33%, ' +
            'heart rate above 100 beats per minute in 29% and body temperature above 38 °C in 19%; all three were more common at 125 mg.',
        ),
        p('In the 2011 pilot trial, these rises were temporary and returned to baseline after the session.'),
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
            'The FDA said abuse-related adverse events had not been systematically captured, and that safety needs to be characterised further.',
        ),
      ],
      sources: [
        'nida-mdma-research-report',
        'vizeli-liechti-2017',
        'mitchell-2021-mapp1',
        'mitchell-2023-mapp2',
        'mithoefer-2011',
        'fda-complete-response-letters',
      ],
    },
    {
      id: 'crisis-support',
      severity: 'urgent',
      heading: 'If you are in crisis, help is available now',
      body: [
        p(
          'If you are thinking about suicide, or are worried about someone, call or text 988, or chat at ',
          { text: '988lifeline.org', href: 'https://988lifeline.org/' },
          '. If someone is in immediate danger, call 911.',
        ),
      ],
      moreLabel: 'More about these services',
      more: [
        p('The 988 Suicide & Crisis Lifeline is free, confidential and open 24 hours a day, 7 days a week.'),
        p('Veterans can press 1 after calling 988 to reach the Veterans Crisis Line.'),
      ],
      sources: ['lifeline-988'],
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
  advisoryCommitteeVotes2024,
  eo144012026,
  fdaPriorityVouchers2026,
  deaDrugScheduling,
  tgaReschedulingQa,
  nswHealthMdma,
  mithoefer2011,
  vizeliLiechti2017,
  lifeline988,
];
