import { expect } from '@open-wc/testing';
import { safety, sessions, studies } from '../data/index.js';
import {
  isSafeHref,
  validateFaqItems,
  validateSafetyTopics,
  validateSessionSteps,
  validateStudies,
} from './validate.js';

/** Records console.error calls instead of printing them. */
let errors: unknown[][] = [];
const originalError = console.error;

beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
  };
});

afterEach(() => {
  console.error = originalError;
});

function onlyMessage(): string {
  expect(errors, 'console.error calls').to.have.length(1);
  return String(errors[0]?.[0]);
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
    expect(validateFaqItems([goodFaq()], 'mdma-faq')).to.deep.equal([goodFaq()]);
    expect(validateStudies([goodStudy()], 'study-table')).to.have.length(1);
    expect(validateSessionSteps([goodStep()], 'session-timeline')).to.have.length(1);
    expect(validateSafetyTopics([goodTopic()], 'safety-callout')).to.have.length(1);
    expect(errors).to.have.length(0);
  });

  it('normalises a plain-string block to a paragraph and plain-string rich text to one run', () => {
    const result = validateFaqItems(
      [
        {
          id: 'shorthand',
          question: 'Shorthand?',
          answer: ['A paragraph.', { type: 'list', items: ['first', ['second ', { text: 'link', href: 'https://example.org/' }]] }, { type: 'paragraph', content: 'run' }],
        },
      ],
      'mdma-faq',
    );
    expect(errors).to.have.length(0);
    expect(result?.[0]?.answer).to.deep.equal([
      { type: 'paragraph', content: ['A paragraph.'] },
      { type: 'list', items: [['first'], ['second ', { text: 'link', href: 'https://example.org/' }]] },
      { type: 'paragraph', content: ['run'] },
    ]);
    expect(result?.[0]?.sources).to.deep.equal([]);
  });

  it('keeps markup as plain text', () => {
    const markup = '<img src=x onerror="alert(1)">';
    const result = validateFaqItems([{ ...goodFaq(), question: markup, answer: [markup] }], 'mdma-faq');
    expect(result?.[0]?.question).to.equal(markup);
    expect(result?.[0]?.answer).to.deep.equal([{ type: 'paragraph', content: [markup] }]);
  });

  it('fills optional fields with their defaults', () => {
    const step = validateSessionSteps([{ id: 's', phase: 'integration', name: 'Step', week: 2, summary: 'Summary' }], 'session-timeline');
    expect(step?.[0]).to.deep.include({ durationMinutes: null, durationApproximate: false, details: [], sources: [] });
    const topic = validateSafetyTopics([{ id: 't', severity: 'information', heading: 'Heading', body: ['Body'] }], 'safety-callout');
    expect(topic?.[0]).to.deep.include({ addedContent: false, sources: [] });
    expect(errors).to.have.length(0);
  });

  it('allows tel: and sms: links for crisis contacts', () => {
    const topic = { ...goodTopic(), contacts: [{ name: 'Line', action: 'Call', href: 'tel:+1 800 273 8255' }, { name: 'Line', action: 'Text', href: 'sms:988' }] };
    expect(validateSafetyTopics([topic], 'safety-callout')).to.have.length(1);
    expect(errors).to.have.length(0);
  });
});

interface BadCase {
  readonly name: string;
  readonly run: () => unknown;
  readonly element: string;
  /** Fragments the console.error message must contain: the item and the field. */
  readonly mentions: readonly string[];
}

const badCases: readonly BadCase[] = [
  {
    name: 'a non-array',
    element: 'mdma-faq',
    run: () => validateFaqItems({ items: [] }, 'mdma-faq'),
    mentions: ['the data', 'Array'],
  },
  {
    name: 'a missing required field',
    element: 'mdma-faq',
    run: () => validateFaqItems([{ id: 'q1', answer: ['x'] }], 'mdma-faq'),
    mentions: ['item 0 (id "q1")', 'field "question"'],
  },
  {
    name: 'a wrong type',
    element: 'mdma-faq',
    run: () => validateFaqItems([goodFaq(), { ...goodFaq(), id: 'q2', question: 42 }], 'mdma-faq'),
    mentions: ['item 1 (id "q2")', 'field "question"'],
  },
  {
    name: 'an empty id',
    element: 'mdma-faq',
    run: () => validateFaqItems([{ ...goodFaq(), id: '   ' }], 'mdma-faq'),
    mentions: ['item 0', 'field "id"', 'must not be empty'],
  },
  {
    name: 'an empty heading',
    element: 'safety-callout',
    run: () => validateSafetyTopics([{ ...goodTopic(), heading: '' }], 'safety-callout'),
    mentions: ['item 0 (id "crisis-support")', 'field "heading"', 'must not be empty'],
  },
  {
    name: 'duplicate ids',
    element: 'mdma-faq',
    run: () => validateFaqItems([goodFaq(), goodFaq()], 'mdma-faq'),
    mentions: ['item 1 (id "host-question")', 'field "id"', 'duplicate id'],
  },
  {
    name: 'a javascript: link',
    element: 'mdma-faq',
    run: () =>
      validateFaqItems([{ ...goodFaq(), answer: [{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] }] }], 'mdma-faq'),
    mentions: ['item 0 (id "host-question")', 'field "answer[0].content[0].href"'],
  },
  {
    name: 'a data: link in a list',
    element: 'session-timeline',
    run: () =>
      validateSessionSteps(
        [{ ...goodStep(), details: [{ type: 'list', items: [['ok'], [{ text: 'x', href: 'data:text/html,hi' }]] }] }],
        'session-timeline',
      ),
    mentions: ['item 0 (id "dosing-1")', 'field "details[0].items[1][0].href"'],
  },
  {
    name: 'a vbscript: link',
    element: 'safety-callout',
    run: () => validateSafetyTopics([{ ...goodTopic(), body: [{ type: 'paragraph', content: [{ text: 'x', href: 'vbscript:x' }] }] }], 'safety-callout'),
    mentions: ['field "body[0].content[0].href"'],
  },
  {
    name: 'a relative link',
    element: 'mdma-faq',
    run: () => validateFaqItems([{ ...goodFaq(), answer: [{ type: 'paragraph', content: [{ text: 'x', href: '/page' }] }] }], 'mdma-faq'),
    mentions: ['field "answer[0].content[0].href"'],
  },
  {
    name: 'a tel: link outside crisis contacts',
    element: 'mdma-faq',
    run: () => validateFaqItems([{ ...goodFaq(), answer: [{ type: 'paragraph', content: [{ text: 'call', href: 'tel:988' }] }] }], 'mdma-faq'),
    mentions: ['field "answer[0].content[0].href"'],
  },
  {
    name: 'a javascript: crisis contact',
    element: 'safety-callout',
    run: () => validateSafetyTopics([{ ...goodTopic(), contacts: [{ name: 'x', action: 'y', href: 'javascript:alert(1)' }] }], 'safety-callout'),
    mentions: ['item 0 (id "crisis-support")', 'field "contacts[0].href"'],
  },
  {
    name: 'a non-finite week',
    element: 'session-timeline',
    run: () => validateSessionSteps([{ ...goodStep(), week: Infinity }], 'session-timeline'),
    mentions: ['item 0 (id "dosing-1")', 'field "week"'],
  },
  {
    name: 'a NaN duration',
    element: 'session-timeline',
    run: () => validateSessionSteps([{ ...goodStep(), durationMinutes: NaN }], 'session-timeline'),
    mentions: ['field "durationMinutes"'],
  },
  {
    name: 'a negative participant count',
    element: 'study-table',
    run: () => validateStudies([{ ...goodStudy(), participants: -3 }], 'study-table'),
    mentions: ['item 0 (id "mitchell-2023-mapp2")', 'field "participants"', 'negative'],
  },
  {
    name: 'a percentage above 100',
    element: 'study-table',
    run: () => {
      const bad = goodStudy();
      return validateStudies([{ ...bad, outcome: { ...(bad.outcome as object), mdmaPercent: 101 } }], 'study-table');
    },
    mentions: ['field "outcome.mdmaPercent"', '0 to 100'],
  },
  {
    name: 'a negative percentage',
    element: 'study-table',
    run: () => {
      const bad = goodStudy();
      return validateStudies([{ ...bad, outcome: { ...(bad.outcome as object), comparatorPercent: -1 } }], 'study-table');
    },
    mentions: ['field "outcome.comparatorPercent"'],
  },
  {
    name: 'an unknown outcome term',
    element: 'study-table',
    run: () => {
      const bad = goodStudy();
      return validateStudies([{ ...bad, outcome: { ...(bad.outcome as object), term: 'cure' } }], 'study-table');
    },
    mentions: ['field "outcome.term"'],
  },
  {
    name: 'an unknown trial phase',
    element: 'study-table',
    run: () => validateStudies([{ ...goodStudy(), phase: 7 }], 'study-table'),
    mentions: ['field "phase"'],
  },
  {
    name: 'an unknown session phase',
    element: 'session-timeline',
    run: () => validateSessionSteps([{ ...goodStep(), phase: 'aftercare' }], 'session-timeline'),
    mentions: ['field "phase"'],
  },
  {
    name: 'an unknown severity',
    element: 'safety-callout',
    run: () => validateSafetyTopics([{ ...goodTopic(), severity: 'critical' }], 'safety-callout'),
    mentions: ['field "severity"'],
  },
  {
    name: 'an unknown source id',
    element: 'mdma-faq',
    run: () => validateFaqItems([{ ...goodFaq(), sources: ['mitchell-2023-mapp2', 'made-up-2024'] }], 'mdma-faq'),
    mentions: ['field "sources[1]"', 'made-up-2024'],
  },
  {
    name: "an unknown study sourceId",
    element: 'study-table',
    run: () => validateStudies([{ ...goodStudy(), sourceId: 'made-up-2024' }], 'study-table'),
    mentions: ['field "sourceId"'],
  },
  {
    name: 'an invalid asOf date',
    element: 'safety-callout',
    run: () => validateSafetyTopics([{ ...goodTopic(), asOf: '2026-02-30' }], 'safety-callout'),
    mentions: ['field "asOf"'],
  },
  {
    name: 'an unknown block type',
    element: 'mdma-faq',
    run: () => validateFaqItems([{ ...goodFaq(), answer: [{ type: 'html', content: ['<b>x</b>'] }] }], 'mdma-faq'),
    mentions: ['field "answer[0].type"'],
  },
  {
    name: 'an empty answer',
    element: 'mdma-faq',
    run: () => validateFaqItems([{ ...goodFaq(), answer: [] }], 'mdma-faq'),
    mentions: ['field "answer"'],
  },
];

describe('validators: bad data', () => {
  for (const bad of badCases) {
    it(`rejects ${bad.name}, naming the element, item and field`, () => {
      expect(bad.run()).to.equal(undefined);
      const message = onlyMessage();
      expect(message.startsWith(`[mdma-therapy-widgets] <${bad.element}>:`), message).to.equal(true);
      for (const fragment of bad.mentions) expect(message).to.contain(fragment);
    });
  }

  it('reports every problem in one message', () => {
    validateStudies([{ ...goodStudy(), participants: -1, phase: 9 }], 'study-table');
    const message = onlyMessage();
    expect(message).to.contain('field "participants"');
    expect(message).to.contain('field "phase"');
  });
});
