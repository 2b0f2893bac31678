/**
 * Host data as careless and hostile pages hand it over, through each of the three channels (the `data` property, a
 * JSON child, a provider): every widget shows the host's content or its bundled content as the case requires, says
 * why once, naming the field, and nothing reaches the page as an error.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import { faq, safety, sessions, studies } from '../src/data/index.js';
import { setClock } from '../src/internal/provenance/clock.js';
import { consoleDuring } from './console.js';
import { hostQuestions, hostSafety, hostSessions, hostStudies } from './fixtures/host-data.js';
import { expectWellFormedMessages, recordUncaught, revokedProxy, shownText, trappingProxy } from './hostile.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void; data?: unknown };

export interface Kind {
  readonly tag: string;
  readonly kind: 'faq' | 'studies' | 'sessions' | 'safety';
  readonly attributes: Record<string, string>;
  /** Valid host items, and text only they show. */
  readonly items: readonly object[];
  readonly hostText: string;
  /** Text only the bundled content shows. */
  readonly bundledText: string;
  /** A required text field of an item, for hostile objects to break. */
  readonly field: string;
}

export const kinds: readonly Kind[] = [
  { tag: 'mdma-faq', kind: 'faq', attributes: {}, items: hostQuestions, hostText: hostQuestions[0]!.question, bundledText: faq.items[0]!.question, field: 'question' },
  { tag: 'study-table', kind: 'studies', attributes: {}, items: hostStudies, hostText: hostStudies[0]!.name, bundledText: studies.items[0]!.name, field: 'name' },
  { tag: 'session-timeline', kind: 'sessions', attributes: {}, items: hostSessions, hostText: hostSessions[0]!.summary, bundledText: sessions.items[0]!.summary, field: 'summary' },
  {
    tag: 'safety-callout',
    kind: 'safety',
    attributes: { topic: 'crisis-support', lang: 'en-US' },
    items: hostSafety,
    hostText: hostSafety[0]!.region!,
    bundledText: safety.items.find((topic) => topic.id === 'crisis-support')!.heading,
    field: 'heading',
  },
];

export type Channel = 'property' | 'JSON child' | 'provider';
export const channels: readonly Channel[] = ['property', 'JSON child', 'provider'];

/** The widget of `kind` on a fresh page section, given `data` through `channel` (JSON children take JSON text). */
export async function mount(kind: Kind, channel: Channel, data: unknown): Promise<Widget> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const element = document.createElement(kind.tag) as Widget;
  for (const [name, value] of Object.entries(kind.attributes)) element.setAttribute(name, value);
  if (channel === 'property') element.data = data;
  if (channel === 'JSON child') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
    element.append(script);
  }
  if (channel === 'provider') {
    const provider = document.createElement('mdma-widgets-provider') as Widget;
    provider.data = { [kind.kind]: data };
    provider.append(element);
    container.append(provider);
  } else {
    container.append(element);
  }
  await settle(element);
  return element;
}

export async function settle(element: Widget): Promise<void> {
  await element.updateComplete;
  await nextFrame();
  await element.updateComplete;
}

/** Runs `action` with `fields` on Object.prototype as enumerable properties, as old polyfills add them. */
async function withPollutedPrototype<Result>(fields: Record<string, unknown>, action: () => Promise<Result>): Promise<Result> {
  const prototype = Object.prototype as Record<string, unknown>;
  for (const [name, value] of Object.entries(fields)) prototype[name] = value;
  try {
    return await action();
  } finally {
    for (const name of Object.keys(fields)) delete prototype[name];
  }
}

/** What old polyfills add to Object.prototype. */
const polyfills: Record<string, unknown> = {
  extend: function extend() {},
  each: function each() {},
  toJSONString: function toJSONString() {},
  clone: function clone() {},
  polluted: 'yes',
};

/** Fields of host data, which validation and the widgets must never read from the prototype of the host's objects. */
const pollution: Record<string, unknown> = {
  ...polyfills,
  mode: 'bogus',
  language: 'not a language tag',
  lastReviewed: '2099-12-31',
  nextReview: '2000-01-01',
  asOf: '2026-02-30',
  region: 'Polluted region',
  effectSize: 'Polluted effect size',
  mdmaCount: 'Polluted count',
  arms: 'Polluted arms',
};

describe('a page whose Object.prototype has enumerable extras', () => {
  for (const kind of kinds) {
    for (const channel of channels) {
      it(`<${kind.tag}> shows host data given through its ${channel}, with nothing inherited`, async () => {
        const uncaught = recordUncaught();
        const { text, messages } = await withPollutedPrototype(pollution, async () => {
          let element!: Widget;
          const logged = await consoleDuring(async () => {
            element = await mount(kind, channel, kind.items);
          });
          return { text: shownText(element), messages: [...logged.warnings, ...logged.errors] };
        });
        uncaught.stop();
        expect(uncaught.uncaught).to.deep.equal([]);
        expect(messages).to.deep.equal([]);
        expect(text).to.include(kind.hostText);
        expect(text).not.to.include('Polluted');
      });
    }

    it(`<${kind.tag}> shows its bundled content as usual`, async () => {
      const { text, messages } = await withPollutedPrototype(polyfills, async () => {
        let element!: Widget;
        const logged = await consoleDuring(async () => {
          element = await mount(kind, 'property', undefined);
        });
        return { text: shownText(element), messages: [...logged.warnings, ...logged.errors] };
      });
      expect(messages).to.deep.equal([]);
      expect(text).to.include(kind.bundledText);
    });
  }
});

describe('host data that cannot be read', () => {
  const hostile: Array<[string, (kind: Kind) => unknown, (kind: Kind) => string]> = [
    ['a revoked proxy', () => revokedProxy(), () => 'the data: cannot be read'],
    ['a trapping proxy', () => trappingProxy(), () => 'the data: cannot be read'],
    ['items that are a revoked proxy', () => ({ items: revokedProxy() }), () => 'field "items": cannot be read'],
    [
      'an item with a throwing getter',
      (kind) => [
        Object.defineProperty({ ...kind.items[0] }, kind.field, {
          enumerable: true,
          get() {
            throw new Error('getter says no');
          },
        }),
      ],
      (kind) => `item 0 (id "${(kind.items[0] as { id: string }).id}"), field "${kind.field}": cannot be read: its getter threw Error: getter says no`,
    ],
    [
      'an item behind a proxy that traps one field',
      (kind) => [
        new Proxy(kind.items[0]!, {
          get(target, key, receiver) {
            if (key === kind.field) throw new Error('trap');
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
      ],
      (kind) => `field "${kind.field}": cannot be read`,
    ],
  ];

  for (const kind of kinds) {
    for (const channel of ['property', 'provider'] as const) {
      for (const [name, make, says] of hostile) {
        it(`<${kind.tag}> given ${name} through its ${channel}: bundled content and one error naming the field`, async () => {
          const uncaught = recordUncaught();
          let element!: Widget;
          const { warnings, errors } = await consoleDuring(async () => {
            element = await mount(kind, channel, make(kind));
            element.requestUpdate();
            await settle(element);
          });
          uncaught.stop();
          expect(uncaught.uncaught).to.deep.equal([]);
          expect(shownText(element)).to.include(kind.bundledText);
          expectWellFormedMessages([...warnings, ...errors], kind.tag);
          expect(warnings).to.deep.equal([]);
          expect(errors).to.have.length(1);
          expect(errors[0]).to.include(says(kind));
        });
      }
    }

    it(`<${kind.tag}> takes a framework's reactive proxy and a class instance as plain data`, async () => {
      class Item {
        constructor(fields: object) {
          Object.assign(this, fields);
        }
      }
      for (const data of [new Proxy([...kind.items], {}), kind.items.map((item) => new Item(item))]) {
        let element!: Widget;
        const { warnings, errors } = await consoleDuring(async () => {
          element = await mount(kind, 'property', data);
        });
        expect([...warnings, ...errors]).to.deep.equal([]);
        expect(shownText(element)).to.include(kind.hostText);
      }
    });
  }

  it("reports a provider's data whose kinds cannot be listed, and its widgets show their bundled content", async () => {
    const uncaught = recordUncaught();
    let callout!: Widget;
    const { errors } = await consoleDuring(async () => {
      const provider = await fixture<Widget>(html`<mdma-widgets-provider><safety-callout></safety-callout></mdma-widgets-provider>`);
      provider.data = revokedProxy();
      callout = provider.querySelector('safety-callout') as unknown as Widget;
      await settle(callout);
    });
    uncaught.stop();
    expect(uncaught.uncaught).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<mdma-widgets-provider>').and.include('data cannot be read');
    expect(shownText(callout)).to.include(safety.items[0]!.heading);
  });
});

describe('review dates, numbers and languages the page gets wrong', () => {
  afterEach(() => setClock());

  for (const lastReviewed of ['2026-02-30', '2026-13-45', '0000-00-00', '2099-01-01']) {
    it(`refuses lastReviewed "${lastReviewed}" and keeps the bundled date, also when extending`, async () => {
      setClock(() => new Date('2026-12-01T12:00:00Z'));
      for (const mode of ['replace', 'extend'] as const) {
        let element!: Widget;
        const { errors } = await consoleDuring(async () => {
          element = await mount(kinds[0]!, 'property', { mode, lastReviewed, items: hostQuestions });
        });
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include('field "lastReviewed"');
        const footer = element.shadowRoot!.querySelector('.footer')!.textContent!.replace(/\s+/g, ' ');
        expect(footer).to.include('Reviewed 28 November 2026');
        expect(footer).not.to.include(lastReviewed);
        expect(footer).not.to.include('2 March 2026');
      }
    });
  }

  it('writes -0 participants and percentages as 0', async () => {
    const study = {
      ...hostStudies[0]!,
      participants: -0,
      outcome: { term: 'response', definition: 'A response.', timepoint: 'Week 18', mdmaPercent: -0, comparatorPercent: -0 },
    };
    const element = await mount(kinds[1]!, 'property', [study]);
    const text = shownText(element);
    expect(text).not.to.match(/-0\b/);
    expect(element.shadowRoot!.querySelector('td[data-column="participants"] .figure')!.textContent).to.equal('0');
    expect(text).to.include('0%');
  });

  it('takes well-formed language tags and marks the content with the canonical tag; refuses malformed ones', async () => {
    for (const [language, canonical] of [['en-u-nu-latn', 'en-u-nu-latn'], ['en-US-x-twain', 'en-US-x-twain'], ['ES-mx', 'es-MX']] as const) {
      const element = await mount(kinds[0]!, 'property', { language, items: hostQuestions });
      expect(element.shadowRoot!.querySelector('.question-text')!.getAttribute('lang'), language).to.equal(canonical);
    }
    for (const language of ['en-12', 'en_US', '']) {
      let element!: Widget;
      const { errors } = await consoleDuring(async () => {
        element = await mount(kinds[0]!, 'property', { language, items: hostQuestions });
      });
      expect(errors, language).to.have.length(1);
      expect(errors[0]).to.include('field "language"');
      expect(shownText(element)).to.include(kinds[0]!.bundledText);
    }
  });
});
