import { expect } from '@open-wc/testing';
import { revokedProxy, trappingProxy } from '../../../test/hostile.js';
import { studies } from '../../data/studies.js';
import { faqSchema } from './faq.js';
import { toPlainData } from './plain-data.js';
import { parseHostData } from './schema.js';
import { studiesSchema } from './studies.js';

const limits = { maxDepth: 12, maxValues: 1_000, maxCharacters: 10_000 };

const question = (id: string) => ({ id, question: `Question ${id}?`, answer: ['An answer.'], sources: [] });

/** Runs `action` with `fields` added to Object.prototype as enumerable properties, as old polyfills do. */
function withPollutedPrototype<Result>(fields: Record<string, unknown>, action: () => Result): Result {
  const prototype = Object.prototype as Record<string, unknown>;
  for (const [name, value] of Object.entries(fields)) prototype[name] = value;
  try {
    return action();
  } finally {
    for (const name of Object.keys(fields)) delete prototype[name];
  }
}

describe('toPlainData', () => {
  it('copies own fields into objects that inherit nothing, and arrays by index', () => {
    class Question {
      id = 'q';
      get inherited() {
        return 'not copied';
      }
    }
    const result = toPlainData({ items: [new Question()], nested: { list: [1, 'two', null] } }, limits);
    expect(result.success).to.equal(true);
    const value = (result as { value: { items: Array<Record<string, unknown>>; nested: object } }).value;
    for (const copied of [value, value.items[0]!]) {
      const prototype = Object.getPrototypeOf(copied) as object | null;
      expect(prototype === null || (Object.getPrototypeOf(prototype) === null && Reflect.ownKeys(prototype).length === 0)).to.equal(true);
      expect('toString' in copied).to.equal(false);
    }
    expect(Object.keys(value.items[0]!)).to.deep.equal(['id']);
    expect(JSON.stringify(value.nested)).to.equal('{"list":[1,"two",null]}');
  });

  it('reads a framework proxy that behaves like its target', () => {
    const reactive = new Proxy({ id: 'q', answer: ['A.'] }, {});
    const result = toPlainData([reactive], limits);
    expect(JSON.stringify((result as { value: unknown }).value)).to.equal('[{"id":"q","answer":["A."]}]');
  });

  const unreadable: Array<[string, () => unknown, readonly (string | number)[]]> = [
    ['a revoked proxy', () => revokedProxy(), []],
    ['a trapping proxy', () => trappingProxy(), []],
    ['a revoked proxy inside', () => ({ items: [question('a'), revokedProxy()] }), ['items', 1]],
    [
      'a throwing getter',
      () => ({
        items: [
          {
            id: 'q',
            get question(): string {
              throw new Error('boom');
            },
          },
        ],
      }),
      ['items', 0, 'question'],
    ],
    ['data that refers to itself', () => {
      const item: Record<string, unknown> = question('a');
      item['self'] = item;
      return [item];
    }, [0, 'self']],
    ['an array whose length lies', () => new Proxy([], { get: (target, key) => (key === 'length' ? -1 : Reflect.get(target, key)) }), []],
  ];
  for (const [name, make, path] of unreadable) {
    it(`stops at ${name}, saying where`, () => {
      const result = toPlainData(make(), limits);
      expect(result.success).to.equal(false);
      expect((result as { path: unknown }).path).to.deep.equal(path);
    });
  }

  it('stops at data nested deeper than the limit, without overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    const result = toPlainData(deep, limits);
    expect(result).to.deep.include({ success: false, problem: 'is nested more than 12 levels deep' });
  });

  it('stops counting past the limits of values and characters', () => {
    expect(toPlainData(Array.from({ length: 5_000 }, () => 1), limits)).to.deep.include({ success: false, problem: 'is too large: more than 1,000 values' });
    expect(toPlainData(['x'.repeat(6_000), 'y'.repeat(6_000)], limits)).to.deep.include({
      success: false,
      problem: 'is too large: more than 10,000 characters of text',
    });
  });

  it('copies the same value twice when it is not inside itself', () => {
    const shared = ['A.'];
    expect(toPlainData([{ answer: shared }, { answer: shared }], limits).success).to.equal(true);
  });
});

describe('parseHostData with hostile input', () => {
  it('names the item and field whose getter throws, and falls back', () => {
    const item = {
      id: 'getter',
      answer: ['A.'],
      get question(): string {
        throw new TypeError('no question today');
      },
    };
    const result = parseHostData(faqSchema, [item]);
    expect(result.success).to.equal(false);
    expect((result as { problems: string }).problems).to.equal(
      'item 0 (id "getter"), field "question": cannot be read: its getter threw TypeError: no question today',
    );
  });

  it('says the data cannot be read when it is a revoked or trapping proxy', () => {
    for (const data of [revokedProxy(), trappingProxy(), { items: revokedProxy() }]) {
      const result = parseHostData(faqSchema, data);
      expect(result.success).to.equal(false);
      expect((result as { problems: string }).problems).to.match(/^(the data|field "items"): cannot be read/);
    }
  });

  it('validates the same on a page whose Object.prototype has enumerable extras, and reads no inherited field', () => {
    const data = { mode: 'extend', items: [question('a')] };
    const result = withPollutedPrototype(
      {
        extend: function extend() {},
        polluted: 'yes',
        language: 'not a language',
        lastReviewed: '2099-01-01',
        mode: 'bogus',
        sources: ['made-up-source'],
        type: 'html',
        asOf: '2026-02-30',
      },
      () => {
        const parsed = parseHostData(faqSchema, data);
        const plainArray = parseHostData(faqSchema, [question('b')]);
        return { parsed, plainArray, language: parsed.success ? parsed.output.language : 'refused', asOf: parsed.success ? (parsed.output.items[0] as { asOf?: unknown }).asOf : 'refused' };
      },
    );
    expect(result.parsed.success, JSON.stringify(result.parsed)).to.equal(true);
    expect(result.plainArray.success, JSON.stringify(result.plainArray)).to.equal(true);
    expect(result.language).to.equal(undefined);
    expect(result.asOf).to.equal(undefined);
  });

  it('refuses ids that the attributes and links could not name, and keeps ids apart from the ones the widget makes', () => {
    for (const id of ['two words', 'a,b', 'x'.repeat(201), ' ']) {
      const result = parseHostData(faqSchema, [question(id)]);
      expect(result.success, id).to.equal(false);
      expect((result as { problems: string }).problems).to.contain('field "id"');
    }
    expect(parseHostData(faqSchema, [question('a'), question('a-toggle'), question('b-answer'), question('mdma-faq-search')]).success).to.equal(true);
  });

  it('refuses more items than the kind allows before checking any of them, in one short message', () => {
    const result = parseHostData(faqSchema, Array.from({ length: 100_000 }, (_, index) => ({ id: `q${index}`, question: 42 })));
    const problems = (result as { problems: string }).problems;
    expect(problems.length).to.be.below(300);
    expect(problems).to.satisfy((text: string) => text.startsWith('the data: is too large') || text.includes('at most 200 can be shown'));
  });

  it('names the kind of a wrong value instead of echoing it whole', () => {
    const study = { ...(JSON.parse(JSON.stringify(studies.items[0])) as object), outcome: 'x'.repeat(5_000) };
    const problems = (parseHostData(studiesSchema, [study]) as { problems: string }).problems;
    expect(problems).to.contain('field "outcome": must be an object, not a string');
    expect(problems.length).to.be.below(1_000);
  });

  it('refuses a list longer than the cap even when it is small enough to copy', () => {
    const problems = (parseHostData(faqSchema, Array.from({ length: 201 }, (_, index) => question(`q${index}`))) as { problems: string }).problems;
    expect(problems).to.equal('field "items": has 201 items; at most 200 can be shown');
  });
});
