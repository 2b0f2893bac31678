import { expect } from '@open-wc/testing';
import { safety, sessions, studies } from '../../data/index.js';
import { setClock } from '../provenance/clock.js';
import { isSafeHref } from '../render/url.js';
import { faqSchema } from './faq.js';
import { safetySchema } from './safety.js';
import { parseHostData, type HostDataSchema, type HostItems } from './schema.js';
import { sessionsSchema } from './sessions.js';
import { studiesSchema } from './studies.js';

/** What the last validation said was wrong, if anything. */
let problems: string[] = [];


beforeEach(() => {
  problems = [];
});

function validate<Item>(schema: HostDataSchema<Item>, input: unknown): HostItems<Item> | undefined {
  const result = parseHostData(schema, input);
  if (result.success) return result.output;
  problems.push(result.problems);
  return undefined;
}

const validateFaqItems = (input: unknown) => validate(faqSchema, input)?.items;
const validateStudies = (input: unknown) => validate(studiesSchema, input)?.items;
const validateSessionSteps = (input: unknown) => validate(sessionsSchema, input)?.items;
const validateSafetyTopics = (input: unknown) => validate(safetySchema, input)?.items;

function onlyMessage(): string {
  expect(problems, 'problems reported').to.have.length(1);
  return problems[0]!;
}

const goodFaq = () => ({
  id: 'host-question',
  question: 'A host question?',
  answer: [{ type: 'paragraph', content: ['An answer.'] }],
  sources: ['mitchell-2023-mapp2'],
});
const goodStudy = () => JSON.parse(JSON.stringify(studies.items[4])) as Record<string, unknown>;
const goodStep = () => JSON.parse(JSON.stringify(sessions.items[3])) as Record<string, unknown>;
const goodTopic = () => JSON.parse(JSON.stringify(safety.items[4])) as Record<string, unknown>;

describe('isSafeHref', () => {
  it('allows absolute http and https URLs', () => {
    expect(isSafeHref('https://doi.org/10.1038/s41591-023-02565-4')).to.equal(true);
    expect(isSafeHref('http://example.org/page')).to.equal(true);
  });

  it('rejects script, data, phone and relative links', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'tel:988',
      'sms:988',
      '/relative/page',
      'page.html',
      '',
    ]) {
      expect(isSafeHref(href), href).to.equal(false);
    }
  });
});

describe('validators: good data', () => {
  it('accepts the full shapes without logging', () => {
    expect(validateFaqItems([goodFaq()])).to.deep.equal([goodFaq()]);
    expect(validateStudies([goodStudy()])).to.have.length(1);
    const withoutShortForms = goodStudy();
    delete withoutShortForms.short;
    expect(validateStudies([withoutShortForms])?.[0]?.short, 'short forms are optional').to.equal(undefined);
    expect(validateSessionSteps([goodStep()])).to.have.length(1);
    expect(validateSafetyTopics([goodTopic()])).to.have.length(1);
    expect(problems).to.have.length(0);
  });

  it('normalises a plain-string block to a paragraph and plain-string rich text to one run', () => {
    const result = validateFaqItems(
      [
        {
          id: 'shorthand',
          question: 'Shorthand?',
          answer: ['A paragraph.', { type: 'list', items: ['first', ['second ', { text: 'link', href: 'https://example.org/' }]] }, { type: 'paragraph', content: 'run' }],
        },
      ]);
    expect(problems).to.have.length(0);
    expect(result?.[0]?.answer).to.deep.equal([
      { type: 'paragraph', content: ['A paragraph.'] },
      { type: 'list', items: [['first'], ['second ', { text: 'link', href: 'https://example.org/' }]] },
      { type: 'paragraph', content: ['run'] },
    ]);
    expect(result?.[0]?.sources).to.deep.equal([]);
  });

  it('keeps markup as plain text', () => {
    const markup = '<img src=x onerror="alert(1)">';
    const result = validateFaqItems([{ ...goodFaq(), question: markup, answer: [markup] }]);
    expect(result?.[0]?.question).to.equal(markup);
    expect(result?.[0]?.answer).to.deep.equal([{ type: 'paragraph', content: [markup] }]);
  });

  it('fills optional fields with their defaults', () => {
    const step = validateSessionSteps([{ id: 's', phase: 'integration', name: 'Step', week: 2, summary: 'Summary' }]);
    expect(step?.[0]).to.deep.include({ durationMinutes: null, durationApproximate: false, details: [], sources: [] });
    const topic = validateSafetyTopics([{ id: 't', severity: 'information', heading: 'Heading', body: ['Body'] }]);
    expect(topic?.[0]).to.deep.include({ sources: [] });
    // Fields the bundled content leaves out too stay out: a validated item has the bundled items' shape.
    expect(Object.keys(step![0]!)).not.to.include('weekApproximate');
    expect(Object.keys(topic![0]!)).not.to.include('addedContent');
    expect(problems).to.have.length(0);
  });

  it('allows tel: and sms: links for crisis contacts', () => {
    const topic = { ...goodTopic(), contacts: [{ name: 'Line', action: 'Call', href: 'tel:+1 800 273 8255' }, { name: 'Line', action: 'Text', href: 'sms:988' }] };
    expect(validateSafetyTopics([topic])).to.have.length(1);
    expect(problems).to.have.length(0);
  });
});

interface BadCase {
  readonly name: string;
  readonly run: () => unknown;
  /** Fragments the console.error message must contain: the item and the field. */
  readonly mentions: readonly string[];
}

const badCases: readonly BadCase[] = [
  {
    name: 'a non-array',
    run: () => validateFaqItems('all of them'),
    mentions: ['the data', 'must be an array of items or an object { items: [...] }'],
  },
  {
    name: 'a missing required field',
    run: () => validateFaqItems([{ id: 'q1', answer: ['x'] }]),
    mentions: ['item 0 (id "q1")', 'field "question"'],
  },
  {
    name: 'a wrong type',
    run: () => validateFaqItems([goodFaq(), { ...goodFaq(), id: 'q2', question: 42 }]),
    mentions: ['item 1 (id "q2")', 'field "question"'],
  },
  {
    name: 'an empty id',
    run: () => validateFaqItems([{ ...goodFaq(), id: '   ' }]),
    mentions: ['item 0', 'field "id"', 'must not be empty'],
  },
  // The attributes that choose items separate ids by spaces or commas, and the FAQ puts ids in links.
  {
    name: 'a question id with a space',
    run: () => validateFaqItems([{ ...goodFaq(), id: 'host question' }]),
    mentions: ['item 0 (id "host question")', 'field "id"', 'must not contain spaces or commas'],
  },
  {
    name: 'a study id with a comma',
    run: () => validateStudies([{ ...goodStudy(), id: 'host,study' }]),
    mentions: ['item 0 (id "host,study")', 'field "id"', 'must not contain spaces or commas'],
  },
  {
    name: 'a step id with a tab',
    run: () => validateSessionSteps([{ ...goodStep(), id: 'dosing\t1' }]),
    mentions: ['item 0', 'field "id"', 'must not contain spaces or commas'],
  },
  {
    name: 'a topic id with a no-break space',
    run: () => validateSafetyTopics([{ ...goodTopic(), id: 'crisis\u00a0support' }]),
    mentions: ['item 0', 'field "id"', 'must not contain spaces or commas'],
  },
  {
    name: 'an empty heading',
    run: () => validateSafetyTopics([{ ...goodTopic(), heading: '' }]),
    mentions: ['item 0 (id "crisis-support")', 'field "heading"', 'must not be empty'],
  },
  {
    name: 'duplicate ids',
    run: () => validateFaqItems([goodFaq(), goodFaq()]),
    mentions: ['item 1 (id "host-question")', 'field "id"', 'duplicate id'],
  },
  {
    name: 'a javascript: link',
    run: () =>
      validateFaqItems([{ ...goodFaq(), answer: [{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] }] }]),
    mentions: ['item 0 (id "host-question")', 'field "answer[0].content[0].href"'],
  },
  {
    name: 'a data: link in a list',
    run: () =>
      validateSessionSteps(
        [{ ...goodStep(), details: [{ type: 'list', items: [['ok'], [{ text: 'x', href: 'data:text/html,hi' }]] }] }]),
    mentions: ['item 0 (id "dosing-1")', 'field "details[0].items[1][0].href"'],
  },
  {
    name: 'a vbscript: link',
    run: () => validateSafetyTopics([{ ...goodTopic(), body: [{ type: 'paragraph', content: [{ text: 'x', href: 'vbscript:x' }] }] }]),
    mentions: ['field "body[0].content[0].href"'],
  },
  {
    name: 'a relative link',
    run: () => validateFaqItems([{ ...goodFaq(), answer: [{ type: 'paragraph', content: [{ text: 'x', href: '/page' }] }] }]),
    mentions: ['field "answer[0].content[0].href"'],
  },
  {
    name: 'a tel: link outside crisis contacts',
    run: () => validateFaqItems([{ ...goodFaq(), answer: [{ type: 'paragraph', content: [{ text: 'call', href: 'tel:988' }] }] }]),
    mentions: ['field "answer[0].content[0].href"'],
  },
  {
    name: 'a javascript: crisis contact',
    run: () => validateSafetyTopics([{ ...goodTopic(), contacts: [{ name: 'x', action: 'y', href: 'javascript:alert(1)' }] }]),
    mentions: ['item 0 (id "crisis-support")', 'field "contacts[0].href"'],
  },
  {
    name: 'a non-finite week',
    run: () => validateSessionSteps([{ ...goodStep(), week: Infinity }]),
    mentions: ['item 0 (id "dosing-1")', 'field "week"'],
  },
  {
    name: 'a NaN duration',
    run: () => validateSessionSteps([{ ...goodStep(), durationMinutes: NaN }]),
    mentions: ['field "durationMinutes"'],
  },
  {
    name: 'a negative participant count',
    run: () => validateStudies([{ ...goodStudy(), participants: -3 }]),
    mentions: ['item 0 (id "mitchell-2023-mapp2")', 'field "participants"', 'negative'],
  },
  {
    name: 'a percentage above 100',
    run: () => {
      const bad = goodStudy();
      return validateStudies([{ ...bad, outcome: { ...(bad.outcome as object), mdmaPercent: 101 } }]);
    },
    mentions: ['field "outcome.mdmaPercent"', '0 to 100'],
  },
  {
    name: 'a negative percentage',
    run: () => {
      const bad = goodStudy();
      return validateStudies([{ ...bad, outcome: { ...(bad.outcome as object), comparatorPercent: -1 } }]);
    },
    mentions: ['field "outcome.comparatorPercent"'],
  },
  {
    name: 'an unknown outcome term',
    run: () => {
      const bad = goodStudy();
      return validateStudies([{ ...bad, outcome: { ...(bad.outcome as object), term: 'cure' } }]);
    },
    mentions: ['field "outcome.term"'],
  },
  {
    name: 'an empty short form',
    run: () => validateStudies([{ ...goodStudy(), short: { condition: ' ' } }]),
    mentions: ['item 0 (id "mitchell-2023-mapp2")', 'field "short.condition"', 'empty'],
  },
  {
    name: 'an unknown trial phase',
    run: () => validateStudies([{ ...goodStudy(), phase: 7 }]),
    mentions: ['field "phase"'],
  },
  {
    name: 'an unknown session phase',
    run: () => validateSessionSteps([{ ...goodStep(), phase: 'aftercare' }]),
    mentions: ['field "phase"'],
  },
  {
    name: 'an unknown severity',
    run: () => validateSafetyTopics([{ ...goodTopic(), severity: 'critical' }]),
    mentions: ['field "severity"'],
  },
  {
    name: 'an unknown source id',
    run: () => validateFaqItems([{ ...goodFaq(), sources: ['mitchell-2023-mapp2', 'made-up-2024'] }]),
    mentions: ['field "sources[1]"', 'made-up-2024'],
  },
  {
    name: "an unknown study sourceId",
    run: () => validateStudies([{ ...goodStudy(), sourceId: 'made-up-2024' }]),
    mentions: ['field "sourceId"'],
  },
  {
    name: 'an invalid asOf date',
    run: () => validateSafetyTopics([{ ...goodTopic(), asOf: '2026-02-30' }]),
    mentions: ['field "asOf"'],
  },
  {
    name: 'an unknown block type',
    run: () => validateFaqItems([{ ...goodFaq(), answer: [{ type: 'html', content: ['<b>x</b>'] }] }]),
    mentions: ['field "answer[0].type"'],
  },
  {
    name: 'an empty answer',
    run: () => validateFaqItems([{ ...goodFaq(), answer: [] }]),
    mentions: ['field "answer"'],
  },
];

describe('validators: bad data', () => {
  for (const bad of badCases) {
    it(`rejects ${bad.name}, naming the item and field`, () => {
      expect(bad.run()).to.equal(undefined);
      const message = onlyMessage();
      for (const fragment of bad.mentions) expect(message).to.contain(fragment);
    });
  }

  it('reports every problem in one message', () => {
    validateStudies([{ ...goodStudy(), participants: -1, phase: 9 }]);
    const message = onlyMessage();
    expect(message).to.contain('field "participants"');
    expect(message).to.contain('field "phase"');
  });
});

describe('validators: the envelope', () => {
  afterEach(() => setClock());

  it('takes a plain array as the items, replacing the bundled ones', () => {
    expect(validate(faqSchema, [goodFaq()])).to.deep.equal({ items: [goodFaq()], mode: 'replace' });
  });

  it('refuses an empty replacement, but accepts an empty extension', () => {
    expect(validate(faqSchema, [])).to.equal(undefined);
    expect(onlyMessage()).to.contain('field "items": is empty');
    expect(validate(faqSchema, { mode: 'extend', items: [] })).to.deep.equal({ mode: 'extend', items: [] });
  });

  it('refuses review dates that are not real calendar dates', () => {
    for (const date of ['2026-02-30', '2026-13-45', '0000-00-00', '21 November 2026', '2026-1-5']) {
      problems = [];
      expect(validate(faqSchema, { items: [goodFaq()], lastReviewed: date }), date).to.equal(undefined);
      expect(onlyMessage()).to.contain('field "lastReviewed": must be a calendar date written YYYY-MM-DD');
    }
    expect(validate(faqSchema, { items: [goodFaq()], nextReview: '2027-02-29' })).to.equal(undefined);
    expect(problems[1]).to.contain('field "nextReview"');
  });

  it('refuses a last review later than today, by the library clock', () => {
    setClock(() => new Date('2026-11-28T12:00:00Z'));
    expect(validate(faqSchema, { items: [goodFaq()], lastReviewed: '2026-11-28' })?.lastReviewed).to.equal('2026-11-28');
    expect(validate(faqSchema, { items: [goodFaq()], lastReviewed: '2026-11-29' })).to.equal(undefined);
    expect(onlyMessage()).to.contain('field "lastReviewed": must not be later than today');
  });

  it('accepts well-formed language tags, canonicalised, and refuses malformed ones', () => {
    for (const [tag, canonical] of [['es', 'es'], ['EN-gb', 'en-GB'], ['en-u-nu-latn', 'en-u-nu-latn'], ['en-US-x-twain', 'en-US-x-twain']]) {
      expect(validate(faqSchema, { items: [goodFaq()], language: tag })?.language, tag).to.equal(canonical);
    }
    for (const tag of ['en-12', 'e', 'english please', '']) {
      problems = [];
      expect(validate(faqSchema, { items: [goodFaq()], language: tag }), tag).to.equal(undefined);
      expect(onlyMessage()).to.contain('field "language"');
    }
  });

  it('refuses an unknown mode', () => {
    expect(validate(faqSchema, { items: [goodFaq()], mode: 'merge' })).to.equal(undefined);
    expect(onlyMessage()).to.contain('field "mode": must be "replace" or "extend"');
  });

  it('writes -0 as 0, so no figure shows as "-0"', () => {
    const study = validateStudies([{ ...goodStudy(), participants: -0 }])?.[0];
    expect(Object.is(study?.participants, 0)).to.equal(true);
  });

  it('lists five problems at most and counts the rest', () => {
    const items = Array.from({ length: 40 }, (_, index) => ({ id: `q${index}`, answer: ['x'] }));
    expect(validateFaqItems(items)).to.equal(undefined);
    const message = onlyMessage();
    expect(message.match(/field "question": is missing/g)).to.have.length(5);
    expect(message).to.contain('and 35 more problems');
  });
});
