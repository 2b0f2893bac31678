/**
 * The host-data types and the validators agree. Every sample below is checked twice: by the type-checker (a sample
 * typed as host data must compile; a refused shape carries `@ts-expect-error`, so `tsc` fails if the types start
 * accepting it) and here, by the validator that the element runs on the same value.
 */
import { expect } from '@open-wc/testing';
import { studies } from '../../data/studies.js';
import { faqSchema } from './faq.js';
import type { FaqData, SafetyData, SessionData, StudyData } from './input.js';
import { safetySchema } from './safety.js';
import { parseHostData, type HostDataSchema } from './schema.js';
import { sessionsSchema } from './sessions.js';
import { studiesSchema } from './studies.js';

/** A shape the types refuse, and a field the validator's message must name. */
interface Refused<Data> {
  readonly data: Data;
  readonly field: string;
}

const link = { text: 'The trial', href: 'https://doi.org/10.1038/s41591-023-02565-4' };
const study = studies.items[0]!;

const faqAccepted: readonly FaqData[] = [
  [{ id: 'plain', question: 'A question?', answer: ['One paragraph.'] }],
  [{ id: 'full', question: 'A question?', answer: [{ type: 'paragraph', content: ['Text and ', link] }], sources: [] }],
  [{ id: 'list', question: 'A question?', answer: [{ type: 'list', items: ['one', ['two ', link]] }, { type: 'paragraph', content: 'run' }] }],
  { items: [{ id: 'cited', question: 'A question?', answer: ['Answer.'], sources: ['mitchell-2023-mapp2'] }], mode: 'extend' },
  { items: [], mode: 'extend', language: 'es', lastReviewed: '2026-01-05', nextReview: '2027-01-05' },
  { items: [{ id: 'unset', question: 'A question?', answer: ['Answer.'], sources: undefined }], mode: undefined, language: undefined },
];

const faqRefused: readonly Refused<FaqData>[] = [
  // @ts-expect-error: an answer is a list of blocks, not one string
  { data: [{ id: 'a', question: 'A question?', answer: 'One string.' }], field: 'answer' },
  // @ts-expect-error: every question needs its text
  { data: [{ id: 'a', answer: ['Answer.'] }], field: 'question' },
  // @ts-expect-error: ids are strings
  { data: [{ id: 7, question: 'A question?', answer: ['Answer.'] }], field: 'id' },
  // @ts-expect-error: sources is a list of ids
  { data: [{ id: 'a', question: 'A question?', answer: ['Answer.'], sources: 'mitchell-2023-mapp2' }], field: 'sources' },
  // @ts-expect-error: a block is a paragraph or a list
  { data: [{ id: 'a', question: 'A question?', answer: [{ type: 'heading', content: 'Title' }] }], field: 'answer[0]' },
  // @ts-expect-error: a link has its address
  { data: [{ id: 'a', question: 'A question?', answer: [{ type: 'paragraph', content: [{ text: 'Link' }] }] }], field: 'answer[0].content[0]' },
  // @ts-expect-error: the mode is replace or extend
  { data: { items: [], mode: 'append' }, field: 'mode' },
  // @ts-expect-error: items is a list
  { data: { items: { id: 'a', question: 'A question?', answer: ['Answer.'] } }, field: 'items' },
];

const studyAccepted: readonly StudyData[] = [
  // The bundled rows are valid host rows.
  { items: studies.items, mode: 'replace' },
  [{ ...study, id: 'minimal', participants: undefined, outcome: undefined, effectSize: undefined, sources: undefined, arms: undefined }],
  [{ ...study, id: 'unreported', participants: null, outcome: null, effectSize: null }],
  [{ ...study, id: 'outcome', outcome: { term: 'remission', definition: 'Remission.', timepoint: '18 weeks', mdmaPercent: null, comparatorPercent: 12 } }],
];

const studyRefused: readonly Refused<StudyData>[] = [
  // @ts-expect-error: a trial phase is 1 to 4
  { data: [{ ...study, id: 'a', phase: 5 }], field: 'phase' },
  // @ts-expect-error: a count of participants is a number
  { data: [{ ...study, id: 'a', participants: '90' }], field: 'participants' },
  // @ts-expect-error: an outcome term is response, no-longer-meeting-criteria or remission
  { data: [{ ...study, id: 'a', outcome: { term: 'cure', definition: 'x', timepoint: 'x', mdmaPercent: 1, comparatorPercent: 1 } }], field: 'outcome.term' },
  // @ts-expect-error: an arm's participants is a number
  { data: [{ ...study, id: 'a', arms: [{ label: 'MDMA', participants: 'ten' }] }], field: 'arms[0].participants' },
];

const sessionAccepted: readonly SessionData[] = [
  [{ id: 'intake', phase: 'preparation', name: 'Intake', week: -2, summary: 'First meeting.' }],
  [
    { id: 'dose', phase: 'dosing', name: 'Dosing', week: 1, weekApproximate: true, durationMinutes: 480, durationApproximate: true, summary: 'x', details: ['y'] },
    { id: 'end', phase: 'endpoint', name: 'Endpoint', week: 18, durationMinutes: null, summary: 'x', sources: [] },
  ],
];

const sessionRefused: readonly Refused<SessionData>[] = [
  // @ts-expect-error: a phase is preparation, dosing, integration or endpoint
  { data: [{ id: 'a', phase: 'follow-up', name: 'x', week: 2, summary: 'x' }], field: 'phase' },
  // @ts-expect-error: a week is a number
  { data: [{ id: 'a', phase: 'dosing', name: 'x', week: '2', summary: 'x' }], field: 'week' },
  // @ts-expect-error: every step has a summary
  { data: [{ id: 'a', phase: 'dosing', name: 'x', week: 2 }], field: 'summary' },
];

const safetyAccepted: readonly SafetyData[] = [
  [{ id: 'crisis-support', severity: 'urgent', heading: 'If you are in crisis', body: ['Get help now.'], region: 'United Kingdom', contacts: [{ name: 'Samaritans', action: 'Call 116 123', href: 'tel:116123' }] }],
  { items: [{ id: 'own-topic', severity: 'information', heading: 'Our clinic', body: ['Ask us.'], addedContent: true, asOf: '2026-11-01' }], mode: 'extend' },
];

const safetyRefused: readonly Refused<SafetyData>[] = [
  // @ts-expect-error: a severity is information, warning or urgent
  { data: [{ id: 'a', severity: 'danger', heading: 'x', body: ['x'] }], field: 'severity' },
  // @ts-expect-error: a contact says what to do
  { data: [{ id: 'a', severity: 'urgent', heading: 'x', body: ['x'], contacts: [{ name: 'Line', href: 'tel:1' }] }], field: 'contacts[0].action' },
  // @ts-expect-error: addedContent is true or false
  { data: [{ id: 'a', severity: 'urgent', heading: 'x', body: ['x'], addedContent: 'yes' }], field: 'addedContent' },
];

const kinds = [
  { kind: 'FAQ', schema: faqSchema, accepted: faqAccepted, refused: faqRefused },
  { kind: 'study', schema: studiesSchema, accepted: studyAccepted, refused: studyRefused },
  { kind: 'session', schema: sessionsSchema, accepted: sessionAccepted, refused: sessionRefused },
  { kind: 'safety', schema: safetySchema, accepted: safetyAccepted, refused: safetyRefused },
] as const;


for (const { kind, schema, accepted, refused } of kinds) {
  const validate = (data: unknown) => parseHostData(schema as HostDataSchema<unknown>, data);

  describe(`${kind} host data: the types and the validator`, () => {
    it('accepts every shape the types accept, shorthand included', () => {
      for (const data of accepted) {
        const result = validate(data);
        expect(result.success, result.success ? '' : result.problems).to.equal(true);
      }
    });

    it('refuses every shape the types refuse, naming the field', () => {
      for (const { data, field } of refused) {
        const result = validate(data);
        expect(result.success, JSON.stringify(data)).to.equal(false);
        if (!result.success) expect(result.problems).to.include(field);
      }
    });
  });
}

describe('host data the types accept but the validator refuses', () => {
  // Types describe shapes; values are checked when the page runs, each with its own message.
  const typedButRefused: readonly { readonly data: FaqData | StudyData | SafetyData; readonly schema: unknown; readonly problem: string }[] = [
    { schema: faqSchema, data: [{ id: '', question: 'A question?', answer: ['x'] }], problem: 'must not be empty' },
    { schema: faqSchema, data: [{ id: 'a', question: 'A question?', answer: ['x'], sources: ['no-such-source'] }], problem: 'is not a source this widget cites' },
    { schema: faqSchema, data: { items: [{ id: 'a', question: 'Q?', answer: ['x'] }], lastReviewed: '2026-02-30' }, problem: 'calendar date' },
    { schema: faqSchema, data: { items: [{ id: 'a', question: 'Q?', answer: ['x'] }], language: 'not a language' }, problem: 'BCP 47' },
    { schema: faqSchema, data: [{ id: 'a', question: 'Q?', answer: [{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] }] }], problem: 'http: or https:' },
    { schema: faqSchema, data: [], problem: 'is empty' },
    { schema: studiesSchema, data: [{ ...study, id: 'a', participants: -1 }], problem: 'must not be negative' },
    { schema: safetySchema, data: [{ id: 'a', severity: 'urgent', heading: 'x', body: ['x'], contacts: [{ name: 'x', action: 'x', href: 'ftp://x' }] }], problem: 'tel:, sms:, http: or https:' },
  ];

  it('reports what is wrong with each value', () => {
    for (const { data, schema, problem } of typedButRefused) {
      const result = parseHostData(schema as HostDataSchema<unknown>, data);
      expect(result.success, JSON.stringify(data)).to.equal(false);
      if (!result.success) expect(result.problems).to.include(problem);
    }
  });
});
