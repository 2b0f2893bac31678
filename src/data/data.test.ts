import { expect } from '@open-wc/testing';
import { faqSchema } from '../internal/host-content/faq.js';
import { safetySchema } from '../internal/host-content/safety.js';
import { parseHostData } from '../internal/host-content/schema.js';
import { sessionsSchema } from '../internal/host-content/sessions.js';
import { studiesSchema } from '../internal/host-content/studies.js';
import { commonStrings } from '../internal/language/strings/common.js';
import { faqStrings } from '../internal/language/strings/mdma-faq.js';
import { safetyCalloutStrings } from '../internal/language/strings/safety-callout.js';
import { sessionTimelineStrings } from '../internal/language/strings/session-timeline.js';
import { studyTableStrings } from '../internal/language/strings/study-table.js';
import { citationText, doiOf } from '../internal/provenance/citation.js';
import { formatDate } from '../internal/language/format.js';
import { isSafeHref } from '../internal/render/url.js';
import { faq, getSource, regulatoryReviewDates, reviewDates, safety, sessions, sources, studies } from './index.js';
import { identifiersOf } from './sources.js';
import type { Block, Dataset, Inline, Study } from './types.js';

const datasets: Record<string, Dataset<unknown>> = { sources, faq, studies, sessions, safety };

/** Every bundled value as one string, to search for things that must never ship. */
const everything = JSON.stringify({ sources, faq, studies, sessions, safety });

function inlines(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((block) => (block.type === 'paragraph' ? [...block.content] : block.items.flat()));
}

function blockText(blocks: readonly Block[]): string {
  return inlines(blocks)
    .map((inline) => (typeof inline === 'string' ? inline : inline.text))
    .join(' ');
}

/** The bundled question with this id; a test that names one the FAQ lacks fails instead of reading an empty answer. */
function faqItem(id: string) {
  const found = faq.items.find((item) => item.id === id);
  if (!found) throw new Error(`no FAQ item ${id}`);
  return found;
}

/** A bundled answer's text. */
const faqAnswer = (id: string) => blockText(faqItem(id).answer);

/** A safety topic's whole text: what is always shown and what is behind "More about …". */
function topicBlocks(topic: { readonly body: readonly Block[]; readonly more?: readonly Block[] } | undefined): readonly Block[] {
  return [...(topic?.body ?? []), ...(topic?.more ?? [])];
}

function hrefs(): string[] {
  const blockLists = [
    ...faq.items.map((item) => item.answer),
    ...sessions.items.map((step) => step.details),
    ...safety.items.map((topic) => topic.body),
  ];
  const links = blockLists.flatMap((blocks) => inlines(blocks)).flatMap((inline) => (typeof inline === 'string' ? [] : [inline.href]));
  return [...sources.items.map((source) => source.url), ...links];
}

function referencedSourceIds(): string[] {
  return [
    ...faq.items.flatMap((item) => item.sources),
    ...studies.items.flatMap((study) => [study.sourceId, ...study.sources]),
    ...sessions.items.flatMap((step) => step.sources),
    ...sessions.sources,
    ...safety.items.flatMap((topic) => topic.sources),
  ];
}

function study(id: string): Study {
  const found = studies.items.find((item) => item.id === id);
  if (!found) throw new Error(`no study ${id}`);
  return found;
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Whole calendar months from `from` to `to` (both ISO dates), counting a month only once its day is reached. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The FAQ items and safety topics that state regulatory status: they are reviewed monthly. */
/** Every FAQ item that states a regulatory status: each is on the monthly cycle. */
const REGULATORY_FAQ_IDS = [
  'what-is-mdma-assisted-therapy',
  'what-are-the-benefits',
  'who-is-it-not-for',
  'is-it-only-for-ptsd',
  'do-the-effects-last',
  'is-it-fda-approved',
  'where-is-it-available',
];
const REGULATORY_SAFETY_IDS = ['regulatory-status'];

describe('bundled data: consistency', () => {
  it('has unique ids within every dataset', () => {
    for (const [name, dataset] of Object.entries(datasets)) {
      const ids = (dataset.items as readonly { id: string }[]).map((item) => item.id);
      expect(new Set(ids).size, name).to.equal(ids.length);
    }
  });

  it('uses stable kebab-case ids', () => {
    for (const [name, dataset] of Object.entries(datasets)) {
      for (const item of dataset.items as readonly { id: string }[]) {
        expect(item.id, name).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });

  it('resolves every referenced source id, and cites every source somewhere', () => {
    const referenced = referencedSourceIds();
    for (const id of referenced) expect(getSource(id), id).to.not.equal(undefined);
    for (const source of sources.items) expect(referenced, source.id).to.include(source.id);
  });

  it('gives every FAQ answer, study, session step and safety topic at least one source', () => {
    for (const item of faq.items) expect(item.sources.length, item.id).to.be.greaterThan(0);
    for (const item of studies.items) expect(item.sources, item.id).to.include(item.sourceId);
    for (const item of sessions.items) expect(item.sources.length, item.id).to.be.greaterThan(0);
    for (const item of safety.items) expect(item.sources.length, item.id).to.be.greaterThan(0);
  });

  it('links every source canonically: DOI, PubMed/PMC, the trial registry, or a regulator or organisation page', () => {
    const allowedHosts = [
      'doi.org',
      'pubmed.ncbi.nlm.nih.gov',
      'pmc.ncbi.nlm.nih.gov',
      'clinicaltrials.gov',
      'maps.org',
      'nida.nih.gov',
      'open.fda.gov',
      'www.dea.gov',
      'tga.gov.au',
      'health.nsw.gov.au',
      'www.bag.admin.ch',
      'canadagazette.gc.ca',
      '988lifeline.org',
      'www.federalregister.gov',
      // News reports, cited only where the fact sheet names one because no official record was seen.
      'www.pharmalive.com',
      'entheo-news.pages.dev',
    ];
    for (const source of sources.items) {
      const url = new URL(source.url);
      expect(url.protocol, source.id).to.equal('https:');
      expect(allowedHosts, `${source.id}: ${url.host}`).to.include(url.host);
      const { pmid, registryId, pmcid } = identifiersOf(source.id) ?? {};
      if (pmid) expect(pmid, source.id).to.match(/^\d+$/);
      if (registryId) expect(registryId, source.id).to.match(/^NCT\d{8}$/);
      if (pmcid) expect(pmcid, source.id).to.match(/^PMC\d+$/);
    }
  });

  it('gives every journal article a DOI', () => {
    const organisationPages = sources.items.filter((source) => !doiOf(source));
    for (const source of organisationPages) {
      expect(new URL(source.url).host, source.id).to.not.equal('doi.org');
    }
    for (const id of ['mithoefer-2011', 'mithoefer-2018', 'otalora-2018', 'mitchell-2021-mapp1', 'mitchell-2023-mapp2', 'wolfson-2020']) {
      expect(doiOf(getSource(id)!), id).to.match(/^10\.\d{4,}\//);
    }
  });

  it('has valid review dates, six months apart, shared by every dataset', () => {
    expect(isIsoDate(reviewDates.lastReviewed)).to.equal(true);
    expect(isIsoDate(reviewDates.nextReview)).to.equal(true);
    expect(reviewDates.lastReviewed).to.equal('2026-11-28');
    expect(reviewDates.nextReview).to.equal('2027-05-28');
    expect(monthsBetween(reviewDates.lastReviewed, reviewDates.nextReview)).to.equal(6);
    expect(reviewDates.nextReview > reviewDates.lastReviewed).to.equal(true);
    for (const [name, dataset] of Object.entries(datasets)) {
      expect(dataset.lastReviewed, name).to.equal(reviewDates.lastReviewed);
      expect(dataset.nextReview, name).to.equal(reviewDates.nextReview);
      expect(dataset.language, name).to.equal('en');
    }
  });

  it('only links to http(s) URLs inside text', () => {
    for (const href of hrefs()) expect(isSafeHref(href), href).to.equal(true);
  });


  /** How many items a validator accepts from `items`; 0 when it refuses them. */
  const accepted = (schema: Parameters<typeof parseHostData>[0], items: readonly unknown[]) => {
    const result = parseHostData(schema, items);
    return result.success ? result.output.items.length : 0;
  };

  // One test per dataset, so that one dataset the validators refuse does not hide the result for the others.
  it('passes its own host-data validators unchanged in count: FAQ', () => {
    expect(accepted(faqSchema, faq.items)).to.equal(faq.items.length);
  });

  it('passes its own host-data validators unchanged in count: studies', () => {
    expect(accepted(studiesSchema, studies.items)).to.equal(studies.items.length);
  });

  it('passes its own host-data validators unchanged in count: session steps', () => {
    expect(accepted(sessionsSchema, sessions.items)).to.equal(sessions.items.length);
  });

  it('passes its own host-data validators unchanged in count: safety topics', () => {
    expect(accepted(safetySchema, safety.items)).to.equal(safety.items.length);
  });
});

describe('bundled data: the phase 3 session course', () => {
  const byPhase = (phase: string) => sessions.items.filter((step) => step.phase === phase);

  it('has 3 preparation, 3 dosing and 9 integration sessions (15 in all), then the endpoint', () => {
    expect(byPhase('preparation')).to.have.length(3);
    expect(byPhase('dosing')).to.have.length(3);
    expect(byPhase('integration')).to.have.length(9);
    expect(sessions.items.filter((step) => step.phase !== 'endpoint')).to.have.length(15);
    expect(byPhase('endpoint')).to.have.length(1);
  });

  it('is in course order with the expected ids', () => {
    expect(sessions.items.map((step) => step.id)).to.deep.equal([
      'preparation-1',
      'preparation-2',
      'preparation-3',
      'dosing-1',
      'integration-1-1',
      'integration-1-2',
      'integration-1-3',
      'dosing-2',
      'integration-2-1',
      'integration-2-2',
      'integration-2-3',
      'dosing-3',
      'integration-3-1',
      'integration-3-2',
      'integration-3-3',
      'primary-endpoint',
    ]);
  });

  it('ends at the 18-week primary endpoint, with weeks increasing: preparation before baseline, the rest within 0–18', () => {
    expect(sessions.endpointWeek).to.equal(18);
    const last = sessions.items[sessions.items.length - 1];
    expect(last?.phase).to.equal('endpoint');
    expect(last?.week).to.equal(18);
    expect(last?.durationMinutes).to.equal(null);
    const weeks = sessions.items.map((step) => step.week);
    weeks.forEach((week, index) => {
      if (index > 0) expect(week, `step ${index}`).to.be.greaterThan(weeks[index - 1] as number);
    });
    for (const step of sessions.items.filter((item) => item.phase !== 'preparation')) {
      expect(step.week, step.id).to.be.within(0, 18);
    }
  });

  it('spaces dosing sessions about 4 weeks apart, the last about 2 months before the endpoint', () => {
    const dosingWeeks = byPhase('dosing').map((step) => step.week);
    expect(dosingWeeks[1]! - dosingWeeks[0]!).to.equal(4);
    expect(dosingWeeks[2]! - dosingWeeks[1]!).to.equal(4);
    expect(18 - dosingWeeks[2]!).to.be.within(7, 9);
  });

  it('uses only verified durations', () => {
    for (const step of byPhase('integration')) {
      expect(step.durationMinutes, step.id).to.equal(90);
      expect(step.durationApproximate, step.id).to.equal(false);
    }
    for (const step of byPhase('dosing')) {
      expect(step.durationMinutes, step.id).to.equal(480);
      expect(step.durationApproximate, step.id).to.equal(true);
    }
    // The 90-minute preparation length is verified for phase 2 only: the course notes say so, once.
    for (const step of byPhase('preparation')) expect(step.durationMinutes, step.id).to.equal(null);
    expect(blockText(sessions.notes)).to.contain('their length in the phase 3 trials is not reported');
  });

  it('describes the phase 3 dose scheme and onset once, in the course notes, and each dosing session’s own dose on it', () => {
    const notes = blockText(sessions.notes);
    expect(notes).to.contain('80 mg or 120 mg');
    expect(notes).to.contain('1.5 to 2 hours');
    expect(notes).to.contain('45 minutes');
    expect(byPhase('dosing').map((step) => blockText(step.details))).to.deep.equal([
      'In MAPP1 the first dosing session used 80 mg, with an optional 40 mg half-dose.',
      'In MAPP1 the second dosing session used 120 mg, with an optional 60 mg half-dose.',
      'In MAPP1 the third dosing session used 120 mg, with an optional 60 mg half-dose.',
    ]);
  });
});

describe('bundled data: key figures from the checked sources', () => {
  it('MAPP2: 104 randomised (53/51); 71.2% vs 47.6% no longer meeting criteria at 18 weeks', () => {
    const mapp2 = study('mitchell-2023-mapp2');
    expect(mapp2.participants).to.equal(104);
    expect(mapp2.arms?.map((arm) => arm.participants)).to.deep.equal([53, 51]);
    expect(mapp2.phase).to.equal(3);
    expect(mapp2.outcome?.term).to.equal('no-longer-meeting-criteria');
    expect(mapp2.outcome?.mdmaPercent).to.equal(71.2);
    expect(mapp2.outcome?.comparatorPercent).to.equal(47.6);
    expect(mapp2.outcome?.timepoint).to.contain('18 weeks');
    expect(mapp2.effectSize).to.contain('0.7');
    expect(identifiersOf('mitchell-2023-mapp2')?.registryId).to.equal('NCT04077437');
    expect(getSource('mitchell-2023-mapp2')?.volumePages).to.equal('29(10):2473-2480');
  });

  it('MAPP1: 90 randomised (46/44); 67% vs 32% no longer meeting criteria; d = 0.91', () => {
    const mapp1 = study('mitchell-2021-mapp1');
    expect(mapp1.participants).to.equal(90);
    expect(mapp1.arms?.map((arm) => arm.participants)).to.deep.equal([46, 44]);
    expect(mapp1.outcome?.term).to.equal('no-longer-meeting-criteria');
    expect(mapp1.outcome?.mdmaPercent).to.equal(67);
    expect(mapp1.outcome?.comparatorPercent).to.equal(32);
    expect(mapp1.effectSize).to.contain('0.91');
    expect(identifiersOf('mitchell-2021-mapp1')?.pmid).to.equal('33972795');
  });

  it('Mithoefer 2011: 20 randomised (12/8); 83% vs 25% labelled as clinical response, not score decrease', () => {
    const pilot = study('mithoefer-2011');
    expect(pilot.participants).to.equal(20);
    expect(pilot.arms?.map((arm) => arm.participants)).to.deep.equal([12, 8]);
    expect(pilot.outcome?.term).to.equal('response');
    expect(pilot.outcome?.mdmaPercent).to.equal(83);
    expect(pilot.outcome?.comparatorPercent).to.equal(25);
    expect(pilot.outcome?.mdmaCount).to.equal('10 of 12');
    expect(pilot.outcome?.comparatorCount).to.equal('2 of 8');
    expect(pilot.outcome?.definition).to.contain('as defined by the authors');
    expect(pilot.outcome?.definition).to.not.contain('30%');
  });

  it('Mithoefer 2018: a separate 26-person dose-response trial against 30 mg', () => {
    const dose = study('mithoefer-2018');
    expect(dose.participants).to.equal(26);
    expect(dose.arms?.map((arm) => arm.participants)).to.deep.equal([7, 7, 12]);
    expect(dose.comparator).to.contain('30 mg');
    expect(identifiersOf('mithoefer-2018')?.pmid).to.equal('29728331');
    expect(identifiersOf('mithoefer-2018')?.registryId).to.equal('NCT01211405');
  });

  it("Ot'alora G 2018: 28 randomised; the 76% is an uncontrolled 12-month figure without a comparator", () => {
    const otalora = study('otalora-2018');
    expect(otalora.participants).to.equal(28);
    expect(otalora.arms).to.equal(undefined);
    expect(otalora.outcome?.mdmaPercent).to.equal(76);
    expect(otalora.outcome?.comparatorPercent).to.equal(null);
    expect(otalora.outcome?.timepoint).to.contain('12-month');
    expect(otalora.outcome?.definition).to.contain('uncontrolled');
    expect(otalora.headlineResult).to.contain('per-protocol');
  });

  it('Wolfson 2020: 18 randomised (13/5); primary outcome not statistically significant', () => {
    const wolfson = study('wolfson-2020');
    expect(wolfson.participants).to.equal(18);
    expect(wolfson.arms?.map((arm) => arm.participants)).to.deep.equal([13, 5]);
    expect(wolfson.outcome).to.equal(null);
    expect(wolfson.headlineResult).to.contain('not statistically significant');
    expect(wolfson.primaryOutcome.measure).to.contain('STAI-Trait');
  });

  it('keeps every percentage inside 0–100 with its definition and timepoint', () => {
    for (const item of studies.items) {
      if (!item.outcome) continue;
      for (const value of [item.outcome.mdmaPercent, item.outcome.comparatorPercent]) {
        if (value !== null) expect(value, item.id).to.be.within(0, 100);
      }
      expect(item.outcome.definition, item.id).to.not.equal('');
      expect(item.outcome.timepoint, item.id).to.not.equal('');
    }
  });
});

describe('bundled data: short forms for the study table’s summary row', () => {
  const shortFields = ['condition', 'design', 'comparator', 'primaryOutcome', 'result', 'outcomeTimepoint'] as const;

  /** The full text a short form is written from (an outcome's caveat is in its definition). */
  function fullText(item: Study, field: (typeof shortFields)[number]): string {
    switch (field) {
      case 'primaryOutcome':
        return `${item.primaryOutcome.measure} ${item.primaryOutcome.timepoint}`;
      case 'result':
        return item.headlineResult;
      case 'outcomeTimepoint':
        return item.outcome ? `${item.outcome.timepoint} ${item.outcome.definition}` : '';
      default:
        return item[field];
    }
  }

  it('gives each bundled study a short condition or a condition short enough to compare, and a short result', () => {
    for (const item of studies.items) {
      expect((item.short?.condition ?? item.condition).length, item.id).to.be.at.most(60);
      expect(item.short?.result, item.id).to.be.a('string');
    }
  });

  it('writes each short form from its full field: shorter, not cut off, and with no figure the full text lacks', () => {
    for (const item of studies.items) {
      for (const field of shortFields) {
        const short = item.short?.[field];
        if (short === undefined) continue;
        const full = fullText(item, field);
        const label = `${item.id} short.${field}`;
        expect(full, `${label} shortens a field that exists`).to.not.equal('');
        expect(short.length, label).to.be.lessThan(full.length);
        expect(short, label).to.not.match(/(\.\.\.|…)$/);
        for (const figure of short.match(/\d+(?:\.\d+)?/g) ?? []) expect(full, `${label}: ${figure}`).to.contain(figure);
      }
    }
  });

  it('keeps the caveat of the uncontrolled 12-month figure in the summary', () => {
    expect(study('otalora-2018').short?.outcomeTimepoint).to.contain('uncontrolled');
    expect(study('mithoefer-2011').short?.outcomeTimepoint).to.contain('see the paper');
  });
});

describe('bundled data: what must not ship', () => {
  it('contains no UNVERIFIED identifiers or figures', () => {
    // "Resilient Therapeutics" was the UNVERIFIED form of Lykos's new name; "Resilient Pharmaceuticals" is verified (secondary).
    for (const value of ['20643699', '37709999', '25(4):439-452', '32(12):1295-1307', '-58.3', '−58.3', '44.3', '11.4', 'Resilient Therapeutics']) {
      expect(everything, value).to.not.contain(value);
    }
    expect(identifiersOf('mithoefer-2011')?.pmid).to.equal(undefined);
    expect(getSource('mithoefer-2011')?.volumePages).to.equal(undefined);
    expect(identifiersOf('mitchell-2023-mapp2')?.pmid).to.equal(undefined);
    expect(identifiersOf('otalora-2018')?.pmid).to.equal(undefined);
    expect(getSource('otalora-2018')?.volumePages).to.equal(undefined);
  });

  it('reports no remission figures for MAPP1', () => {
    const mapp1 = JSON.stringify(study('mitchell-2021-mapp1'));
    expect(mapp1).to.not.contain('33%');
    expect(mapp1).to.not.contain(' 5%');
    expect(mapp1.toLowerCase()).to.not.contain('remission');
    const trialsAnswer = faq.items.find((item) => item.id === 'what-did-the-trials-find');
    const mapp1Line = blockText(trialsAnswer?.answer ?? []).split('MAPP2')[0] ?? '';
    expect(mapp1Line).to.contain('67%');
    expect(mapp1Line).to.not.contain('33%');
    expect(mapp1Line.toLowerCase()).to.not.contain('remission');
  });

  it('cites no mirror or copy sites anywhere', () => {
    const mirrors = [
      'slidelegend',
      'scribd',
      'studylib',
      'togows',
      'blossomanalysis',
      'moreblossom',
      'storymd',
      'docslib',
      'redlib',
      'worldindependant',
      'londonspring',
      'mostsuperb',
      'cyptea',
      'artisanalfoods',
      'wikimili',
      'souforum',
      'p1-holdings',
      'lemmy',
      'miragenews',
      // Secondary reports named in the fact sheet: where a fact was seen, never a citation.
      'governmentreporter',
      'lumin.health',
      'rizerecovery',
      'behavioralwire',
      'noahai',
      'psychedelicinvest',
      'medthority',
      'citeline',
      'labiotech',
      'psychiatrictimes',
      'ecfes',
      'biospace',
      'psychedelicmedicalnews',
      'technologyreview',
      'legalclarity',
      'enhancedtherapy',
      'pathway.md',
      'medicaldesignsourcing',
      'wellpower',
      'internationalmentalhealth',
    ];
    for (const mirror of mirrors) expect(everything.toLowerCase(), mirror).to.not.contain(mirror);
    for (const href of hrefs()) {
      const host = new URL(href).host;
      for (const mirror of mirrors) expect(host, href).to.not.contain(mirror);
    }
  });

  it('ships no patient testimonials', () => {
    for (const name of ['McCourry', 'Susie Chin', 'Ostrom', 'McGee', 'epiphany', 'like an epiphany']) {
      expect(everything, name).to.not.contain(name);
    }
  });

  it('does not repeat the article’s out-of-date or mislabelled claims', () => {
    expect(everything).to.not.contain('it’s close');
    expect(everything).to.not.contain('after just three sessions');
    expect(everything).to.not.contain('lab-tested for purity');
  });
});

describe('bundled data: FAQ and safety content', () => {

  it('covers the article’s questions and the added ones', () => {
    const ids = faq.items.map((item) => item.id);
    for (const id of [
      'what-is-mdma-assisted-therapy',
      'how-does-it-work',
      'what-does-it-feel-like',
      'what-are-the-benefits',
      'what-did-the-trials-find',
      'is-it-only-for-ptsd',
      'how-long-does-treatment-take',
      'what-dose-is-used',
      'is-it-the-same-as-ecstasy',
      'is-it-safe',
      'who-is-it-not-for',
      'do-the-effects-last',
      'is-it-fda-approved',
      'where-is-it-available',
    ]) {
      expect(ids, id).to.include(id);
    }
  });

  it('states the corrected facts', () => {
    expect(faqAnswer('how-long-does-treatment-take')).to.contain('9 integration sessions');
    expect(faqAnswer('how-long-does-treatment-take')).to.contain('3 preparation sessions');
    expect(faqAnswer('how-long-does-treatment-take')).to.contain('18 weeks');
    expect(faqAnswer('is-it-fda-approved')).to.contain('9 August 2024');
    expect(faqAnswer('is-it-only-for-ptsd')).to.contain('not statistically significant');
    expect(faqAnswer('do-the-effects-last')).to.contain('retracted');
    expect(faqAnswer('what-dose-is-used')).to.contain('80 mg or 120 mg');
    expect(faqAnswer('what-dose-is-used')).to.contain('75 to 125 mg');
    expect(faqAnswer('how-does-it-work')).to.contain('oxytocin');
    expect(faqAnswer('where-is-it-available')).to.contain('1 July 2023');
  });

  it('has exactly the five safety topics', () => {
    expect(safety.items.map((topic) => topic.id)).to.deep.equal([
      'clinical-setting',
      'adulteration',
      'regulatory-status',
      'health-risks',
      'crisis-support',
    ]);
  });

  it('labels no topic "Added content" and dates none in its text: provenance is in the citations, the date in the footer', () => {
    const topic = (id: string) => safety.items.find((item) => item.id === id);
    for (const item of safety.items) {
      expect(item.addedContent, item.id).to.equal(undefined);
      expect(item.asOf, item.id).to.equal(undefined);
    }
    expect(blockText(topicBlocks(topic('regulatory-status')))).to.contain('9 August 2024');
    expect(blockText(topicBlocks(topic('regulatory-status')))).to.contain('1 July 2023');
  });

  it('gives US crisis contacts for 988 (call and text) and 911', () => {
    const crisis = safety.items.find((item) => item.id === 'crisis-support');
    expect(crisis?.severity).to.equal('urgent');
    expect(crisis?.region).to.equal('United States');
    const contactHrefs = crisis?.contacts?.map((contact) => contact.href) ?? [];
    expect(contactHrefs).to.include('tel:988');
    expect(contactHrefs).to.include('sms:988');
    expect(contactHrefs).to.include('tel:911');
  });
});

describe('bundled data: review cadence (regulatory content is checked monthly)', () => {
  const regulatoryItems = () => [
    ...faq.items.filter((item) => REGULATORY_FAQ_IDS.includes(item.id)),
    ...safety.items.filter((topic) => REGULATORY_SAFETY_IDS.includes(topic.id)),
  ];

  it('reviews regulatory content within two months of its last review', () => {
    expect(isIsoDate(regulatoryReviewDates.lastReviewed)).to.equal(true);
    expect(isIsoDate(regulatoryReviewDates.nextReview)).to.equal(true);
    expect(regulatoryReviewDates.nextReview > regulatoryReviewDates.lastReviewed).to.equal(true);
    expect(monthsBetween(regulatoryReviewDates.lastReviewed, regulatoryReviewDates.nextReview)).to.be.at.most(2);
    expect(regulatoryReviewDates.lastReviewed).to.equal('2026-12-07');
    expect(regulatoryReviewDates.nextReview).to.equal('2027-01-07');
  });

  it('gives every regulatory FAQ item and the regulatory-status topic the shared regulatory review dates', () => {
    expect(regulatoryItems()).to.have.length(REGULATORY_FAQ_IDS.length + REGULATORY_SAFETY_IDS.length);
    for (const item of regulatoryItems()) {
      expect(item.review, item.id).to.equal(regulatoryReviewDates);
    }
  });

  it('reviews regulatory content no later than the rest', () => {
    expect(regulatoryReviewDates.lastReviewed >= reviewDates.lastReviewed).to.equal(true);
    expect(regulatoryReviewDates.nextReview < reviewDates.nextReview).to.equal(true);
  });

  it('puts every FAQ item whose text states a regulatory status on the monthly cycle', () => {
    const regulatory = /approv|Schedule [1-9I]|prescribe|licen[cs]e|Special Access|voucher|complete response/;
    for (const item of faq.items) {
      if (regulatory.test(blockText(item.answer))) expect(REGULATORY_FAQ_IDS, item.id).to.include(item.id);
    }
    for (const study of studies.items) expect(JSON.stringify(study), study.id).to.not.match(regulatory);
  });
});

describe('bundled data: corrections from the November 2026 audit', () => {

  it('says who the phase 3 trials excluded, not who they included, citing the trial papers', () => {
    const text = faqAnswer('who-is-it-not-for');
    expect(text).to.not.contain('They included people with');
    expect(text.toLowerCase()).to.not.match(/\bincluded people with/);
    expect(text).to.contain('The phase 3 trials (MAPP1 and MAPP2) excluded people with');
    const item = faqItem('who-is-it-not-for');
    expect(item.sources).to.include('mitchell-2021-mapp1');
    expect(item.sources).to.include('mitchell-2023-mapp2');
    // Vizeli & Liechti 2017 is a healthy-volunteer safety paper: it says nothing about who the trials excluded.
    expect(item.sources).to.not.include('vizeli-liechti-2017');
  });

  it('lists the same exclusions in the FAQ as in the health-risks safety topic', () => {
    const topic = safety.items.find((item) => item.id === 'health-risks');
    const safetyText = blockText(topicBlocks(topic));
    expect(safetyText).to.contain('excluded people with');
    for (const condition of ['uncontrolled high blood pressure', 'symptomatic liver disease', 'bipolar I disorder', 'pregnancy or breastfeeding']) {
      expect(faqAnswer('who-is-it-not-for'), condition).to.contain(condition);
      expect(safetyText, condition).to.contain(condition);
    }
  });
});

describe('bundled data: the timeline shows schematic weeks as approximate (audit item 3)', () => {
  const byPhase = (phase: string) => sessions.items.filter((step) => step.phase === phase);
  const stepText = (step: (typeof sessions.items)[number]) => [step.name, step.summary, blockText(step.details)].join(' ');

  it('places the three preparation sessions before baseline (negative weeks)', () => {
    const preparation = byPhase('preparation');
    expect(preparation).to.have.length(3);
    for (const step of preparation) expect(step.week, step.id).to.be.lessThan(0);
    for (const step of [...byPhase('dosing'), ...byPhase('integration')]) expect(step.week, step.id).to.be.greaterThan(0);
  });

  it('marks every session step, and only those, as at an approximate week; the verified 18-week endpoint is exact', () => {
    for (const step of sessions.items) {
      if (step.phase === 'endpoint') expect(step.weekApproximate, step.id).to.not.equal(true);
      else expect(step.weekApproximate, step.id).to.equal(true);
    }
  });

  it('puts three integration sessions about a week apart after each dosing session, before the next one', () => {
    const items = sessions.items;
    const dosing = byPhase('dosing');
    for (const [index, dose] of dosing.entries()) {
      const at = items.indexOf(dose);
      const following = items.slice(at + 1, at + 4);
      expect(following.map((step) => step.phase), dose.id).to.deep.equal(['integration', 'integration', 'integration']);
      let previous = dose.week;
      for (const step of following) {
        expect(step.week - previous, step.id).to.be.within(0.5, 1.5);
        previous = step.week;
      }
      const next = dosing[index + 1];
      if (next) expect(previous, next.id).to.be.lessThan(next.week);
    }
  });

  it('fits dosing and integration into a treatment period of about 12 weeks', () => {
    const treatment = [...byPhase('dosing'), ...byPhase('integration')].map((step) => step.week);
    const span = Math.max(...treatment) - Math.min(...treatment) + 1;
    expect(span).to.be.within(11, 13);
  });

  it('never states a week in step text as exact: every "week N" is "about" or "typically"', () => {
    for (const step of sessions.items.filter((item) => item.weekApproximate)) {
      const text = stepText(step);
      for (const match of text.matchAll(/(\S+\s+)?\bweeks? -?\d+/gi)) {
        const before = (match[1] ?? '').trim().toLowerCase();
        // "week 0" names baseline, which is a definition rather than a position.
        if (/\bweeks? 0\b/i.test(match[0])) continue;
        expect(['about', 'typically', '(about'], `${step.id}: "${match[0]}"`).to.include(before);
      }
    }
    // That the weeks are typical positions is said once, for the course, by the timeline's summary.
    expect(sessionTimelineStrings.en.approximateWeeks).to.contain('approximate');
  });

  it('does not claim the course of 15 sessions took 12 weeks', () => {
    const text = faqAnswer('how-long-does-treatment-take');
    expect(text).to.not.contain('about 12 weeks and had 15 sessions');
    for (const sentence of text.split(/(?<=[.:])\s+/)) {
      if (sentence.includes('12 weeks')) expect(sentence, sentence).to.not.contain('15');
    }
    expect(text).to.contain('12 sessions');
    expect(text).to.match(/3 preparation sessions came first/);
    expect(text).to.contain('18 weeks after baseline');
  });
});

describe('bundled data: regulatory text is complete and dated (audit item 4)', () => {
  const topicText = (id: string) => blockText(topicBlocks(safety.items.find((item) => item.id === id)));
  const regulatoryTexts = () => ({
    'is-it-fda-approved': faqAnswer('is-it-fda-approved'),
    'regulatory-status': topicText('regulatory-status'),
  });
  const allRegulatoryText = () =>
    [
      ...REGULATORY_FAQ_IDS.map((id) => faqAnswer(id)),
      ...REGULATORY_SAFETY_IDS.map((id) => topicText(id)),
    ].join(' ');

  it('writes dates out as readers see them', () => {
    expect(formatDate('2026-11-28', 'en')).to.equal('28 November 2026');
    expect(formatDate('2026-12-28', 'en')).to.equal('28 December 2026');
    expect(formatDate('2024-06-04', 'en')).to.equal('4 June 2024');
  });

  it('adds Executive Order 14401 with what it does not do', () => {
    for (const [id, text] of Object.entries(regulatoryTexts())) {
      expect(text, id).to.contain('Executive Order 14401');
      expect(text, id).to.contain('18 April 2026');
      expect(text, id).to.contain('Right to Try');
      expect(text, id).to.contain('does not itself approve any drug or reschedule any substance');
    }
    expect(faqAnswer('where-is-it-available')).to.contain('does not itself approve any drug or reschedule any substance');
  });

  it('adds the 24 April 2026 priority vouchers, none to MDMA, with what a voucher does not do', () => {
    for (const [id, text] of Object.entries(regulatoryTexts())) {
      expect(text, id).to.contain('24 April 2026');
      expect(text, id).to.contain('Commissioner’s National Priority Vouchers');
      expect(text, id).to.match(/None went to MDMA/i);
      expect(text, id).to.contain('it does not approve a drug and does not lower the evidence standard');
    }
    const approved = faqAnswer('is-it-fda-approved');
    for (const programme of ['Compass Pathways', 'Usona Institute', 'Transcend Therapeutics', 'methylone']) {
      expect(approved, programme).to.contain(programme);
    }
  });

  it('gives the advisory committee votes of 4 June 2024', () => {
    for (const [id, text] of Object.entries(regulatoryTexts())) {
      expect(text, id).to.contain('4 June 2024');
      expect(text, id).to.contain('2–9 (2 yes, 9 no)');
      expect(text, id).to.contain('1–10 (1 yes, 10 no)');
    }
  });

  it('says Lykos now operates as Resilient Pharmaceuticals, as a reported fact', () => {
    for (const [id, text] of Object.entries(regulatoryTexts())) {
      expect(text, id).to.match(/Lykos Therapeutics,? now operates as Resilient Pharmaceuticals, according to news reports|according to news reports, Lykos Therapeutics now operates as Resilient Pharmaceuticals/);
    }
  });

  it('says how far the sources reach in every status statement, and leaves the check date to the footer', () => {
    for (const id of ['what-is-mdma-assisted-therapy', 'is-it-fda-approved', 'where-is-it-available']) {
      expect(faqAnswer(id), id).to.contain('the latest source found is from June 2026');
    }
    expect(topicText('regulatory-status')).to.contain('The latest source found is from June 2026');
    const text = allRegulatoryText();
    for (const date of [regulatoryReviewDates.lastReviewed, regulatoryReviewDates.nextReview, reviewDates.lastReviewed]) {
      expect(text, date).to.not.contain(formatDate(date, 'en'));
    }
    expect(text).to.not.contain('when this was last checked, on');
    // Undated or over-certain status claims from before the audit.
    for (const claim of [
      'As of 21 November 2026 the FDA had not approved it',
      'as of November 2026',
      'confirmed as started as of',
      'It is not an approved treatment',
      'United States: not approved',
      'is not approved by the US Food and Drug Administration',
      'MDMA remains a Schedule I',
      'MDMA is a Schedule I',
    ]) {
      expect(text, claim).to.not.contain(claim);
    }
  });

  it('tells readers the regulatory status is checked monthly, leaving the date of the next check to the footer', () => {
    expect(topicText('regulatory-status')).to.contain('This status is checked every month.');
    expect(topicText('regulatory-status')).to.not.contain('The next check is due by');
  });

  it('cites the Executive Order by its Federal Register document, the vouchers by a report of the awards, the votes by a report of them', () => {
    const order = getSource('eo-14401-2026');
    expect(order?.url).to.equal('https://www.federalregister.gov/d/2026-07907');
    expect(order?.volumePages).to.contain('91 FR 21709');
    const vouchers = getSource('fda-priority-vouchers-2026');
    // The order predates the awards and cannot show them; no FDA page for the awards was seen, and the citation says so.
    expect(vouchers?.url).to.not.equal(order?.url);
    expect(vouchers?.url).to.contain('priority-vouchers');
    expect(vouchers?.note).to.contain('FDA’s own announcement was not seen');
    expect(vouchers?.note).to.contain('news and trade reports');
    const votes = getSource('advisory-committee-votes-2024');
    expect(votes?.note).to.contain('2–9').and.contain('1–10');
    for (const id of ['is-it-fda-approved']) {
      const item = faq.items.find((entry) => entry.id === id);
      expect(item?.sources, id).to.include('eo-14401-2026');
      expect(item?.sources, id).to.include('fda-priority-vouchers-2026');
      expect(item?.sources, id).to.include('advisory-committee-votes-2024');
    }
    const topic = safety.items.find((entry) => entry.id === 'regulatory-status');
    for (const id of ['eo-14401-2026', 'fda-priority-vouchers-2026', 'advisory-committee-votes-2024']) {
      expect(topic?.sources, id).to.include(id);
    }
    // The MAPS statement of June 2024 does not carry the votes: it is cited for nothing.
    expect(everything).to.not.contain('maps-2024-advisory-committee');
  });
});

describe('bundled data: sources are described as what they are (audit item 5)', () => {
  it('cites Kirkpatrick 2014 by its PMC id, with no archive named as publisher and no journal invented', () => {
    const kirkpatrick = getSource('kirkpatrick-2014-oxytocin');
    expect(identifiersOf('kirkpatrick-2014-oxytocin')?.pmcid).to.equal('PMC4088952');
    expect(identifiersOf('kirkpatrick-2014-oxytocin')?.pmid).to.equal('24882155');
    expect(kirkpatrick?.url).to.equal('https://pmc.ncbi.nlm.nih.gov/articles/PMC4088952/');
    expect(kirkpatrick?.publisher).to.not.contain('PubMed Central');
    expect(kirkpatrick?.publisher).to.not.contain('NIH');
    expect(kirkpatrick?.publisher).to.contain('PMC4088952');
    expect(kirkpatrick?.publisher).to.contain('not verified');
    // The journal name is unverified: it must not appear anywhere in the citation.
    expect(JSON.stringify(kirkpatrick)).to.not.contain('Psychoneuroendocrinology');
    expect(doiOf(kirkpatrick!)).to.equal(undefined);
    expect(kirkpatrick?.volumePages).to.contain('23-31');
    expect(kirkpatrick?.note).to.contain('archive');
  });

  it('marks the MAPS study and programme pages as web pages with an access date, not a publication year', () => {
    const pages = sources.items.filter((source) => new URL(source.url).host === 'maps.org' && !/\/20\d\d\//.test(source.url));
    expect(pages.map((page) => page.id)).to.include.members(['maps-mapp1', 'maps-mapp2', 'maps-mp8', 'maps-phase3-program']);
    for (const page of pages) {
      expect(page.accessed, page.id).to.be.a('string');
      expect(page.publisher, page.id).to.contain('web page');
      // The team's own label for the page, so it is marked as a description.
      expect(page.title, page.id).to.match(/^\[.+\]$/);
    }
  });

  it('gives every web page with an access date a real date, its year as the year of access, and says so in the note', () => {
    const accessed = sources.items.filter((source) => source.accessed !== undefined);
    expect(accessed.length).to.be.greaterThan(0);
    for (const source of accessed) {
      expect(isIsoDate(source.accessed ?? ''), source.id).to.equal(true);
      expect(source.accessed! <= reviewDates.lastReviewed, source.id).to.equal(true);
      expect(source.year, source.id).to.equal(Number(source.accessed!.slice(0, 4)));
      expect(source.note, source.id).to.contain(`accessed ${formatDate(source.accessed!, 'en')}`);
      expect(doiOf(source), source.id).to.equal(undefined);
    }
  });
});

describe('bundled data: the 88% figure cites where it was seen (audit item 6)', () => {
  const source = () => getSource('maps-bbc-mapp1-summary');

  it('has a source for the MAPS news page summarising the BBC report', () => {
    expect(source()?.url).to.equal('https://maps.org/news/media/bbc-news-mdma-could-help-trauma-survivors-face-painful-memories/');
    expect(doiOf(source()!)).to.equal(undefined);
  });

  it('attributes the 88% in the FAQ to that page, with a link to it, not to the Nature Medicine paper', () => {
    const item = faq.items.find((entry) => entry.id === 'what-did-the-trials-find');
    expect(item?.sources).to.include('maps-bbc-mapp1-summary');
    const paragraphs = (item?.answer ?? []).filter((block) => blockText([block]).includes('88%'));
    expect(paragraphs).to.have.length(1);
    const links = inlines(paragraphs).flatMap((inline) => (typeof inline === 'string' ? [] : [inline.href]));
    expect(links).to.deep.equal([source()?.url]);
    expect(links).to.not.include(getSource('mitchell-2021-mapp1')?.url);
    expect(blockText(paragraphs)).to.contain('seen only there, not in the trial paper');
  });

  it('attributes the 88% in the MAPP1 study row to that page', () => {
    const mapp1 = study('mitchell-2021-mapp1');
    expect(mapp1.sources).to.include('maps-bbc-mapp1-summary');
    const sentence = mapp1.findings.split(/(?<=\.)\s+/).find((part) => part.includes('88%')) ?? '';
    expect(sentence).to.contain('according to MAPS’s summary of a BBC News report, not the trial paper');
  });

  it('shows 88% nowhere else', () => {
    const elsewhere = JSON.stringify({
      faq: faq.items.filter((item) => item.id !== 'what-did-the-trials-find'),
      studies: studies.items.filter((item) => item.id !== 'mitchell-2021-mapp1'),
      sessions,
      safety,
    });
    expect(elsewhere).to.not.contain('88%');
  });
});

describe('bundled data: no unsourced statements shown as fact (audit items 7 and 11)', () => {
  /** Every text of the bundled content and of the interface strings (their fixed values), lower-cased. */
  const all = () =>
    [everything, JSON.stringify([commonStrings, faqStrings, safetyCalloutStrings, sessionTimelineStrings, studyTableStrings])]
      .join(' ')
      .toLowerCase();

  it('does not say trained therapists were present throughout every dosing session', () => {
    for (const phrase of ['present throughout', 'present for the whole session', 'therapists present', 'stay with the participant for the whole session']) {
      expect(all(), phrase).to.not.contain(phrase);
    }
  });

  it('does not say therapists guide participants through thoughts, feelings and memories', () => {
    expect(all()).to.not.contain('guide them through');
    expect(all()).to.not.contain('thoughts, feelings and memories');
  });

  it('does not give one cause for the placebo groups’ improvement', () => {
    expect(all()).to.not.contain('because both groups received the same therapy');
    const benefits = blockText(faq.items.find((item) => item.id === 'what-are-the-benefits')?.answer ?? []);
    expect(benefits).to.contain('placebo groups improved too');
    expect(benefits).to.contain('do not show what caused');
    expect(benefits).to.contain('expectations');
  });

  it('calls the MAPP1 and Wolfson comparators placebo, not inactive placebo', () => {
    for (const id of ['mitchell-2021-mapp1', 'wolfson-2020']) {
      expect(JSON.stringify(study(id)).toLowerCase(), id).to.not.contain('inactive');
      expect(study(id).comparator, id).to.match(/^Placebo/);
    }
    // Only the 2011 pilot's placebo is verified as inactive.
    const inactive = studies.items.filter((item) => JSON.stringify(item).toLowerCase().includes('inactive placebo'));
    expect(inactive.map((item) => item.id)).to.deep.equal(['mithoefer-2011']);
    expect(JSON.stringify({ faq, sessions, safety }).toLowerCase()).to.not.contain('inactive placebo');
  });

  it('does not claim people who take street ecstasy often do not know what they are taking', () => {
    expect(all()).to.not.contain('do not know what they are taking');
  });

  it('drops statements the fact sheet does not contain', () => {
    for (const phrase of ['euphoria and sociability', 'more common in women', 'moderate and short-lived', 'given by trained staff', 'the idea behind the therapy is']) {
      expect(all(), phrase).to.not.contain(phrase);
    }
    // Australia's 2023 rules, stated as what they did rather than as an undated current status.
    expect(all()).to.not.contain('other uses remain limited to research');
    expect(all()).to.not.contain('a diet drug');
    // The rises in blood pressure, heart rate and temperature are verified as temporary for the 2011 pilot only.
    expect(all()).to.not.contain('in the trials these rises were temporary');
  });
});

describe('interface strings that make claims about the content (audit items 3, 4 and 8)', () => {
  const languages = ['en', 'es'] as const;

  it('captions the study table with the trial reports and the other pages under Sources', () => {
    expect(studyTableStrings.en.captionSourceBundled).to.equal('Source: the trial reports and the pages listed under Sources.');
    expect(studyTableStrings.en.captionSourceBundled).to.not.contain('published trial reports listed');
    expect(studyTableStrings.es.captionSourceBundled).to.contain('las páginas');
  });

  it('names no study in the outcome-term footnotes (they speak of the rows shown), and states no threshold as fact', () => {
    for (const language of languages) {
      for (const definition of Object.values(studyTableStrings[language].outcomeTermDefinitions)) {
        expect(definition, language).to.not.match(/Mithoefer|Mitchell|Ot.alora|Wolfson|et al\./);
        expect(definition, language).to.not.match(/30\s*%|≥|10 points|10 puntos/);
      }
    }
    // The bundled row that uses the term agrees.
    expect(study('mithoefer-2011').outcome?.term).to.equal('response');
    expect(study('mithoefer-2011').outcome?.definition).to.contain('see the paper for the exact threshold');
    expect(studies.items.filter((item) => item.outcome?.term === 'response').map((item) => item.id)).to.deep.equal(['mithoefer-2011']);
  });

  it('sums the course up as a list of sessions, time and main assessment, never as sessions "over" the span of the axis', () => {
    expect(sessionTimelineStrings.en.timeInSessions('about 37.5 hours')).to.equal('Time in sessions: about 37.5 hours');
    expect(sessionTimelineStrings.en.endpoint('18 weeks')).to.equal('Main assessment: 18 weeks after baseline');
    expect(sessionTimelineStrings.es.endpoint('18 semanas')).to.equal('Evaluación principal: 18 semanas después de la evaluación basal');
    expect(JSON.stringify(sessionTimelineStrings)).to.not.match(/ over \d/);
  });
});

describe('bundled data: the crisis contacts say which country they serve (audit item 10)', () => {
  const crisis = () => safety.items.find((item) => item.id === 'crisis-support');

  it('names the United States as the region of the contacts, in the data and, in each language, in the interface', () => {
    expect(crisis()?.region).to.equal('United States');
    expect(safetyCalloutStrings.en.unitedStatesNote).to.contain('These numbers are for the United States');
    expect(safetyCalloutStrings.es.unitedStatesNote).to.contain('Estos números son de Estados Unidos');
    expect(safetyCalloutStrings.es.regionNames['United States']).to.equal('Estados Unidos');
    // Said once, by the interface: the English content does not repeat it.
    expect(blockText(topicBlocks(crisis()))).to.not.contain('These numbers are for the United States');
  });

  it('gives only US numbers: 988 (with the veterans option) and 911', () => {
    const phoneNumbers = (crisis()?.contacts ?? [])
      .map((contact) => contact.href)
      .filter((href) => /^(tel|sms):/.test(href))
      .map((href) => href.replace(/^(tel|sms):/, ''));
    expect([...new Set(phoneNumbers)].sort()).to.deep.equal(['911', '988']);
  });
});

describe('bundled data: corrections from the December 2026 audit', () => {
  const topic = (id: string) => safety.items.find((item) => item.id === id)!;
  const topicText = (id: string) => blockText(topicBlocks(topic(id)));
  /** Every text readers see of the bundled content and the interface strings (source titles and author lists are quoted as published, left out). */
  const readerText = () =>
    JSON.stringify([
      faq,
      studies,
      sessions,
      safety,
      sources.items.map((source) => ({ ...source, title: '', authors: '' })),
      commonStrings,
      faqStrings,
      safetyCalloutStrings,
      sessionTimelineStrings,
      studyTableStrings,
    ]);
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/).filter((sentence) => sentence.trim() !== '');
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

  it('says the trials excluded people because the effects could be dangerous for them, citing the methods and Vizeli & Liechti 2017 (8.1)', () => {
    expect(faqAnswer('is-it-safe')).to.contain('because these effects could be dangerous for them');
    expect(faqAnswer('is-it-safe')).to.not.contain('so less is known about the risks for them');
    expect(faqItem('is-it-safe').sources).to.include.members(['mitchell-2021-mapp1', 'mitchell-2023-mapp2', 'vizeli-liechti-2017']);
    expect(topicText('health-risks')).to.contain('because these effects could be dangerous for them');
  });

  it('never confines overheating to use outside medical settings (8.2)', () => {
    expect(/outside (a )?medical settings?, MDMA can cause/i.test(readerText())).to.equal(false);
    expect(faqAnswer('is-it-the-same-as-ecstasy')).to.contain('raises body temperature, and overheating can be dangerous');
    expect(topicText('health-risks')).to.contain('overheating can be dangerous');
  });

  it('cites the retractions and says what they concerned (8.3)', () => {
    const text = faqAnswer('is-it-safe');
    expect(text).to.contain('Psychopharmacology retracted three papers');
    expect(text).to.contain('conflicts of interest');
    expect(text).to.not.contain('citing protocol violations amounting to unethical conduct at one trial site that had not been disclosed');
    expect(faqItem('is-it-safe').sources).to.include.members(['jerome-2020-retracted', 'mithoefer-2019-retracted']);
    for (const id of ['jerome-2020-retracted', 'mithoefer-2019-retracted']) {
      expect(getSource(id)?.note, id).to.contain('10 August 2024').and.contain('protocol violations amounting to unethical conduct').and.contain('conflicts of interest');
    }
  });

  it('words the Executive Order as the Federal Register does, and calls the awards national priority vouchers (8.5)', () => {
    for (const text of [faqAnswer('is-it-fda-approved'), topicText('regulatory-status')]) {
      expect(text).to.contain('appropriate psychedelic drugs that hold Breakthrough Therapy designation');
      expect(text).to.contain('held Breakthrough Therapy designation since 2017');
    }
    expect(readerText().toLowerCase().includes('priority review voucher')).to.equal(false);
  });

  it('heads the regulatory callout with what was found and how far the sources reach, and keeps the REMS condition (8.6)', () => {
    expect(topic('regulatory-status').heading).to.equal('No FDA approval found; latest source June 2026');
    expect(readerText().includes('when last checked')).to.equal(false);
    for (const text of [faqAnswer('is-it-fda-approved'), topicText('regulatory-status')]) {
      const benefitRisk = sentences(text).find((sentence) => sentence.includes('1–10'));
      expect(benefitRisk, text.slice(0, 40)).to.contain('with the risk-management plan the FDA proposed');
    }
  });

  it('states the study facts exactly (8.7)', () => {
    expect(faqAnswer('what-did-the-trials-find')).to.contain('76% of the 25 people assessed');
    expect(/the first randomi[sz]ed/i.test(readerText())).to.equal(false);
    expect(study('mithoefer-2011').findings).to.contain('The first completed randomized controlled trial');
    expect(faqAnswer('what-are-the-benefits')).to.contain('In both trials, functional impairment');
    expect(readerText().includes('In the second trial, functional impairment'), 'In the second trial, functional impairment').to.equal(false);
    expect(readerText().includes('quoted in the article'), 'quoted in the article').to.equal(false);
    expect(readerText().includes('prolonged the effects'), 'prolonged the effects').to.equal(false);
  });

  it('shows no editor’s labels, and writes names and spellings one way (8.8)', () => {
    const text = readerText();
    for (const phrase of ['Added content', 'Contenido añadido', 'not verified here', 'Ot’alora G', "Ot'alora G"]) {
      expect(text.includes(phrase), phrase).to.equal(false);
    }
    expect(/[Rr]andomised/.test(text)).to.equal(false);
    const lifeline = getSource('lifeline-988')!;
    expect(citationText(lifeline).split('988 Suicide & Crisis Lifeline')).to.have.length(2);
  });

  it('uses the Spanish terms of the audit (8.10)', () => {
    const es = sessionTimelineStrings.es;
    expect(JSON.stringify(es)).to.not.contain('inicio');
    expect(es.baselineWeek('0')).to.equal('Semana 0 (evaluación basal)');
    expect(es.phases.endpoint).to.equal('Evaluación principal');
    expect(es.phases.dosing).to.equal('Sesiones con MDMA');
    expect(es.done).to.equal('Completado');
    expect(safetyCalloutStrings.es.severityLabel.urgent).to.equal('Aviso urgente');
    expect(JSON.stringify([safetyCalloutStrings.es, studyTableStrings.es, commonStrings.es])).to.not.contain('Consejo urgente');
  });

  it('shows each safety callout in two layers: at most about 60 words in 3 sentences, the rest behind "More about …"', () => {
    for (const item of safety.items) {
      const shown = blockText(item.body);
      const note = item.contacts?.length ? `${safetyCalloutStrings.en.unitedStatesNote} ` : '';
      expect(words(note + shown), item.id).to.be.at.most(60);
      expect(sentences(note + shown).length, item.id).to.be.at.most(3);
      if (item.more?.length) expect(item.moreLabel, item.id).to.match(/^More about /);
    }
  });

  it('says what every step of a kind shares once, for the course, and on each step only what is its own', () => {
    const texts = sessions.items.flatMap((step) => step.details.map((block) => blockText([block])));
    const repeated = texts.filter((text, index) => texts.indexOf(text) !== index);
    expect(repeated).to.deep.equal([]);
    expect(blockText(sessions.notes)).to.contain('Integration: three sessions of 90 minutes');
  });
});
