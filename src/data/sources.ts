import type { Dataset, IsoDate, ReviewDates, Source, SourceIdentifiers } from './types.js';

/** When the bundled content was last checked against its sources, and when it is due again (six months later). */
export const reviewDates: { readonly lastReviewed: IsoDate; readonly nextReview: IsoDate; readonly language: string } = {
  lastReviewed: '2026-11-28',
  nextReview: '2027-05-28',
  language: 'en',
};

/**
 * Review dates of everything that states a regulatory status (the FAQ items on approval, availability, benefits, how
 * long effects last and other uses, and the `regulatory-status` safety topic): it changes sooner than the rest, so it is
 * checked every month. Re-checked on 7 December 2026: nothing on MDMA newer than the April 2026 events was found; the
 * latest source found is a news summary of 30 June 2026.
 */
export const regulatoryReviewDates: ReviewDates = {
  lastReviewed: '2026-12-07',
  nextReview: '2027-01-07',
};

/*
 * Every citation, each its own constant: a data module lists the ones it cites (`faqSources`, ...), so a script that
 * embeds one widget carries only the sources that widget cites.
 */

/** What the journal's retraction notices of 10 August 2024 gave as their reasons. */
const RETRACTION_NOTE =
  'Retracted by the journal on 10 August 2024: the authors had not disclosed protocol violations amounting to unethical conduct ' +
  'at one phase 2 trial site (MP-4, in Vancouver, Canada), nor their conflicts of interest. Cited only for the retraction.';

// Trials and papers
export const mithoefer2011: Source = {
  id: 'mithoefer-2011',
  authors: 'Mithoefer MC, Wagner MT, Mithoefer AT, Jerome L, Doblin R',
  year: 2011,
  title:
    'The safety and efficacy of ±3,4-methylenedioxymethamphetamine-assisted psychotherapy in subjects with chronic, treatment-resistant posttraumatic stress disorder: the first randomized controlled pilot study',
  publisher: 'Journal of Psychopharmacology',
  url: 'https://doi.org/10.1177/0269881110378371',
  note: 'First published online in 2010.',
};

export const mithoefer2018: Source = {
  id: 'mithoefer-2018',
  authors: 'Mithoefer MC, et al.',
  year: 2018,
  title:
    '3,4-methylenedioxymethamphetamine (MDMA)-assisted psychotherapy for post-traumatic stress disorder in military veterans, firefighters, and police officers: a randomised, double-blind, dose-response, phase 2 clinical trial',
  publisher: 'The Lancet Psychiatry',
  volumePages: '5(6):486-497',
  url: 'https://doi.org/10.1016/S2215-0366(18)30135-4',
};

export const otalora2018: Source = {
  id: 'otalora-2018',
  authors:
    "Ot'alora G M, Grigsby J, Poulter B, Van Derveer JW III, Giron SG, Jerome L, Feduccia AA, Hamilton S, Yazar-Klosinski B, Emerson A, Mithoefer MC, Doblin R",
  year: 2018,
  title:
    '3,4-Methylenedioxymethamphetamine-assisted psychotherapy for treatment of chronic posttraumatic stress disorder: A randomized phase 2 controlled trial',
  publisher: 'Journal of Psychopharmacology',
  url: 'https://doi.org/10.1177/0269881118806297',
};

export const mitchell2021Mapp1: Source = {
  id: 'mitchell-2021-mapp1',
  authors: 'Mitchell JM, Bogenschutz M, Lilienstein A, et al.',
  year: 2021,
  title: 'MDMA-assisted therapy for severe PTSD: a randomized, double-blind, placebo-controlled phase 3 study',
  publisher: 'Nature Medicine',
  volumePages: '27(6):1025-1033',
  url: 'https://doi.org/10.1038/s41591-021-01336-3',
};

export const mitchell2023Mapp2: Source = {
  id: 'mitchell-2023-mapp2',
  authors: "Mitchell JM, Ot'alora G M, van der Kolk B, et al.",
  year: 2023,
  title: 'MDMA-assisted therapy for moderate to severe PTSD: a randomized, placebo-controlled phase 3 trial',
  publisher: 'Nature Medicine',
  volumePages: '29(10):2473-2480',
  url: 'https://doi.org/10.1038/s41591-023-02565-4',
};

export const wolfson2020: Source = {
  id: 'wolfson-2020',
  authors:
    'Wolfson PE, Andries J, Feduccia AA, Jerome L, Wang JB, Williams E, Carlin SC, Sola E, Hamilton S, Yazar-Klosinski B, Emerson A, Mithoefer MC, Doblin R',
  year: 2020,
  title:
    'MDMA-assisted psychotherapy for treatment of anxiety and other psychological distress related to life-threatening illnesses: a randomized pilot study',
  publisher: 'Scientific Reports',
  volumePages: '10(1):20442',
  url: 'https://doi.org/10.1038/s41598-020-75706-1',
};

export const jerome2020Retracted: Source = {
  id: 'jerome-2020-retracted',
  authors: 'Jerome L, Feduccia AA, Wang JB, et al.',
  year: 2020,
  title:
    'Long-term follow-up outcomes of MDMA-assisted psychotherapy for treatment of PTSD: a longitudinal pooled analysis of six phase 2 trials',
  publisher: 'Psychopharmacology',
  volumePages: '237(8):2485-2497',
  url: 'https://doi.org/10.1007/s00213-020-05548-2',
  note: RETRACTION_NOTE,
};

export const mithoefer2019Retracted: Source = {
  id: 'mithoefer-2019-retracted',
  authors: 'Mithoefer MC, Feduccia AA, Jerome L, et al.',
  year: 2019,
  title:
    'MDMA-assisted psychotherapy for treatment of PTSD: study design and rationale for phase 3 trials based on pooled analysis of six phase 2 randomized controlled trials',
  publisher: 'Psychopharmacology',
  volumePages: '236(9):2735-2745',
  url: 'https://doi.org/10.1007/s00213-019-05249-5',
  note: RETRACTION_NOTE,
};

export const vizeliLiechti2017: Source = {
  id: 'vizeli-liechti-2017',
  authors: 'Vizeli P, Liechti ME',
  year: 2017,
  title: 'Safety pharmacology of acute MDMA administration in healthy subjects',
  publisher: 'Journal of Psychopharmacology',
  volumePages: '31(5):576-588',
  url: 'https://doi.org/10.1177/0269881117691569',
};

export const dunlap2018: Source = {
  id: 'dunlap-2018',
  authors: 'Dunlap LE, Andrews AM, Olson DE',
  year: 2018,
  title: 'Dark Classics in Chemical Neuroscience: 3,4-Methylenedioxymethamphetamine',
  publisher: 'ACS Chemical Neuroscience',
  volumePages: '9(10):2408-2427',
  url: 'https://doi.org/10.1021/acschemneuro.8b00155',
};

export const kirkpatrick2014Oxytocin: Source = {
  id: 'kirkpatrick-2014-oxytocin',
  authors: 'Kirkpatrick MG, Francis SM, Lee R, de Wit H, Jacob S',
  year: 2014,
  title: 'Plasma oxytocin concentrations following MDMA or intranasal oxytocin in humans',
  publisher: 'Journal not verified; cited by its PMC id, PMC4088952',
  volumePages: 'pp. 23-31 (August 2014)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4088952/',
  note: 'The link is to the archive copy of the full text in PubMed Central, which is an archive, not the publisher. The journal’s name was not verified in this review.',
};

// Sponsor and organisation pages
export const mapsMapp1: Source = {
  id: 'maps-mapp1',
  authors: 'Multidisciplinary Association for Psychedelic Studies (MAPS)',
  year: 2026,
  title: '[MAPS web page on MAPP1, the phase 3 trial of MDMA-assisted therapy for severe PTSD]',
  publisher: 'MAPS (web page)',
  url: 'https://maps.org/mdma/ptsd/mapp1/',
  accessed: '2026-11-21',
  note: 'Undated web page, accessed 21 November 2026. The title in brackets describes the page.',
};

export const mapsMapp2: Source = {
  id: 'maps-mapp2',
  authors: 'Multidisciplinary Association for Psychedelic Studies (MAPS)',
  year: 2026,
  title: '[MAPS web page on MAPP2, the confirmatory phase 3 trial of MDMA-assisted therapy for moderate to severe PTSD]',
  publisher: 'MAPS (web page)',
  url: 'https://maps.org/mdma/ptsd/mapp2/',
  accessed: '2026-11-21',
  note: 'Undated web page, accessed 21 November 2026. The title in brackets describes the page.',
};

export const mapsBbcMapp1Summary: Source = {
  id: 'maps-bbc-mapp1-summary',
  authors: 'Multidisciplinary Association for Psychedelic Studies (MAPS)',
  year: 2026,
  title: '[MAPS news page summarising a BBC News report on the MAPP1 results]',
  publisher: 'MAPS (web page)',
  url: 'https://maps.org/news/media/bbc-news-mdma-could-help-trauma-survivors-face-painful-memories/',
  accessed: '2026-11-21',
  note:
    'Web page whose date was not recorded, accessed 21 November 2026. The title in brackets describes the page. ' +
    'The only source checked for the figure of 88% with a clinically meaningful reduction in MAPP1; it gives no figure for the placebo group.',
};

export const mapsMp8: Source = {
  id: 'maps-mp8',
  authors: 'Multidisciplinary Association for Psychedelic Studies (MAPS)',
  year: 2026,
  title: '[MAPS web page on MP-8, the phase 2 trial of MDMA-assisted psychotherapy in veterans, firefighters and police officers]',
  publisher: 'MAPS (web page)',
  url: 'https://maps.org/research/mdma/studies/mp8/',
  accessed: '2026-11-21',
  note: 'Undated web page, accessed 21 November 2026. The title in brackets describes the page.',
};

export const mapsPhase3Program: Source = {
  id: 'maps-phase3-program',
  authors: 'Multidisciplinary Association for Psychedelic Studies (MAPS)',
  year: 2026,
  title: '[MAPS web page on the phase 3 programme of MDMA-assisted therapy for PTSD]',
  publisher: 'MAPS (web page)',
  url: 'https://maps.org/mdma/ptsd/phase3/',
  accessed: '2026-11-21',
  note: 'Undated web page, accessed 21 November 2026. The title in brackets describes the page.',
};

export const maps2024NdaAccepted: Source = {
  id: 'maps-2024-nda-accepted',
  authors: 'Multidisciplinary Association for Psychedelic Studies (MAPS)',
  year: 2024,
  title:
    'MAPS Congratulates Lykos Therapeutics on Acceptance of New Drug Application for MDMA-Assisted Therapy for PTSD',
  publisher: 'MAPS (press release, 9 February 2024)',
  url: 'https://maps.org/2024/02/09/maps-congratulates-lykos-on-acceptance-of-new-drug-application/',
};

export const advisoryCommitteeVotes2024: Source = {
  id: 'advisory-committee-votes-2024',
  authors: 'PharmaLive',
  year: 2024,
  title: '[News report of the FDA Psychopharmacologic Drugs Advisory Committee’s votes on midomafetamine (MDMA) of 4 June 2024]',
  publisher: 'PharmaLive (news report)',
  url: 'https://www.pharmalive.com/us-fda-panel-votes-against-first-mdma-based-ptsd-treatment/',
  note: 'Reports both of the committee’s votes (2–9 and 1–10). The title in brackets describes the page.',
};

// Regulators and public bodies
export const fdaCompleteResponseLetters: Source = {
  id: 'fda-complete-response-letters',
  authors: 'US Food and Drug Administration (FDA)',
  year: 2025,
  title: 'Complete Response Letters (openFDA database)',
  publisher: 'US Food and Drug Administration',
  url: 'https://open.fda.gov/apis/transparency/completeresponseletters/',
  note: "FDA's public database of complete response letters. The letter of 9 August 2024 to Lykos Therapeutics on midomafetamine (MDMA) capsules for PTSD was made public here on 4 September 2025.",
};

export const eo144012026: Source = {
  id: 'eo-14401-2026',
  authors: 'President of the United States',
  year: 2026,
  title: 'Accelerating Medical Treatments for Serious Mental Illness (Executive Order 14401, 18 April 2026)',
  publisher: 'Federal Register',
  volumePages: '91 FR 21709 (22 April 2026)',
  url: 'https://www.federalregister.gov/d/2026-07907',
  note: 'Federal Register document 2026-07907. Its content was checked in a copy of the Federal Register summary, not on the Federal Register itself.',
};

export const fdaPriorityVouchers2026: Source = {
  id: 'fda-priority-vouchers-2026',
  authors: 'Entheo News',
  year: 2026,
  title: '[News summary of federal action on psychedelics, including the national priority vouchers the FDA awarded on 24 April 2026]',
  publisher: 'Entheo News (news summary, 30 June 2026)',
  url: 'https://entheo-news.pages.dev/2026/06/30/federal-acceleration-and-priority-vouchers/',
  note:
    'A report of the awards; the FDA’s own announcement was not seen. The awards, their recipients, and Lykos Therapeutics’ current name ' +
    '(Resilient Pharmaceuticals) were confirmed only in news and trade reports. The title in brackets describes the page.',
};

export const deaDrugScheduling: Source = {
  id: 'dea-drug-scheduling',
  authors: 'US Drug Enforcement Administration (DEA)',
  year: 2026,
  title: 'Drug Scheduling',
  publisher: 'US Drug Enforcement Administration',
  url: 'https://www.dea.gov/drug-information/drug-scheduling',
  accessed: '2026-11-21',
  note: 'Undated web page, accessed 21 November 2026.',
};

export const nidaMdmaResearchReport: Source = {
  id: 'nida-mdma-research-report',
  authors: 'National Institute on Drug Abuse (NIDA)',
  year: 2017,
  title: 'MDMA (Ecstasy) Abuse (Research Report)',
  publisher: 'National Institute on Drug Abuse, National Institutes of Health',
  url: 'https://nida.nih.gov/publications/research-reports/mdma-ecstasy-abuse',
};

export const tgaReschedulingQa: Source = {
  id: 'tga-rescheduling-qa',
  authors: 'Therapeutic Goods Administration (TGA)',
  year: 2023,
  title: 'Re-scheduling of psilocybin and MDMA in the Poisons Standard: questions and answers',
  publisher: 'Therapeutic Goods Administration, Australian Government',
  url: 'https://tga.gov.au/resources/publication/scheduling-decisions-final/notice-final-decision-amend-or-not-amend-current-poisons-standard-june-2022-acms-38-psilocybine-and-mdma/re-scheduling-psilocybin-and-mdma-poisons-standard-questions-and-answers',
};

export const nswHealthMdma: Source = {
  id: 'nsw-health-mdma',
  authors: 'NSW Health',
  year: 2023,
  title: 'Psilocybine and MDMA',
  publisher: 'NSW Government, Australia',
  url: 'https://health.nsw.gov.au/pharmaceutical/Pages/psilocybine-and-mdma.aspx',
};

export const fophLimitedMedicalUse: Source = {
  id: 'foph-limited-medical-use',
  authors: 'Federal Office of Public Health (FOPH / BAG)',
  year: 2026,
  title: 'Exceptional licences for the limited medical use of prohibited narcotics',
  publisher: 'Federal Office of Public Health, Switzerland',
  url: 'https://www.bag.admin.ch/bag/en/home/gesetze-und-bewilligungen/gesuche-bewilligungen/ausnahmebewilligungen-bewilligungen-betmg/ausnahmebewilligungen-verbotene-betaeubungsmittel/ausnahmebewilligungen-beschraenkte-medizinische-anwendung.html',
  accessed: '2026-11-21',
  note: 'Undated web page, accessed 21 November 2026.',
};

export const canadaGazetteSap2022: Source = {
  id: 'canada-gazette-sap-2022',
  authors: 'Government of Canada',
  year: 2022,
  title: 'Regulations Amending Certain Regulations Relating to Restricted Drugs (Special Access Program): SOR/2021-271',
  publisher: 'Canada Gazette, Part II',
  volumePages: 'Vol. 156, No. 1 (5 January 2022)',
  url: 'https://canadagazette.gc.ca/rp-pr/p2/2022/2022-01-05/html/sor-dors271-eng.html',
};

export const lifeline988: Source = {
  id: 'lifeline-988',
  authors: '988 Suicide & Crisis Lifeline',
  year: 2026,
  title: '988 Suicide & Crisis Lifeline',
  publisher: '988 Suicide & Crisis Lifeline',
  url: 'https://988lifeline.org/',
  accessed: '2026-11-21',
  note: 'Web page, accessed 21 November 2026.',
};

/**
 * Every citation used by the bundled content, for `mdma-therapy-widgets/data.js`. Links are canonical (DOI, PubMed, trial registry or the
 * regulator's / organisation's own page). Volume, pages, PMID and registry ids appear only where verified.
 * Undated web pages carry `accessed` (their `year` is then the year of access, not of publication), and a title
 * in square brackets describes a page whose own title was not recorded.
 */
export const sources: Dataset<Source> = {
  ...reviewDates,
  items: [
    mithoefer2011,
    mithoefer2018,
    otalora2018,
    mitchell2021Mapp1,
    mitchell2023Mapp2,
    wolfson2020,
    jerome2020Retracted,
    mithoefer2019Retracted,
    vizeliLiechti2017,
    dunlap2018,
    kirkpatrick2014Oxytocin,
    mapsMapp1,
    mapsMapp2,
    mapsBbcMapp1Summary,
    mapsMp8,
    mapsPhase3Program,
    maps2024NdaAccepted,
    advisoryCommitteeVotes2024,
    fdaCompleteResponseLetters,
    eo144012026,
    fdaPriorityVouchers2026,
    deaDrugScheduling,
    nidaMdmaResearchReport,
    tgaReschedulingQa,
    nswHealthMdma,
    fophLimitedMedicalUse,
    canadaGazetteSap2022,
    lifeline988,
  ],
};

/** The bundled source with this id, if any. */
export function getSource(id: string): Source | undefined {
  return sources.items.find((source) => source.id === id);
}

/**
 * Other identifiers of the works, where verified: PubMed, PubMed Central and trial registry ids. The widgets show none
 * of them (a journal article's DOI is its link, `doiOf`), so no script carries them; they are kept, checked, with the
 * sources.
 */
const identifiers: ReadonlyMap<string, SourceIdentifiers> = new Map<string, SourceIdentifiers>([
  ['mithoefer-2018', { pmid: '29728331', registryId: 'NCT01211405' }],
  ['mitchell-2021-mapp1', { pmid: '33972795', registryId: 'NCT03537014' }],
  ['mitchell-2023-mapp2', { registryId: 'NCT04077437' }],
  ['wolfson-2020', { pmid: '33235285', pmcid: 'PMC7686344', registryId: 'NCT02427568' }],
  ['jerome-2020-retracted', { pmid: '32500209' }],
  ['mithoefer-2019-retracted', { pmid: '31065731', pmcid: 'PMC6695343' }],
  ['vizeli-liechti-2017', { pmid: '28443695' }],
  ['dunlap-2018', { pmid: '30001118' }],
  ['kirkpatrick-2014-oxytocin', { pmid: '24882155', pmcid: 'PMC4088952' }],
]);

/** The PubMed, PubMed Central and registry ids of the source `id`, if any were verified. */
export function identifiersOf(id: string): SourceIdentifiers | undefined {
  return identifiers.get(id);
}
