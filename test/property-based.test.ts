/**
 * Property-based tests (fast-check, seeded) of what a careless or hostile page can hand the widgets: every string field
 * of every kind of host data through all three channels with strings from the Big List of Naughty Strings and random
 * Unicode; values of any type in every property; an Object.prototype with enumerable extras; hostile objects anywhere
 * in host data. Whatever the input: no uncaught error, no element or link the widget did not make itself, the host's
 * content or the bundled content as the case requires, and one message naming the field.
 *
 * The default run is short. `PROPERTY_RUNS=2000 BROWSERS=chromium npx web-test-runner test/property-based.test.ts` runs
 * more cases per property; `PROPERTY_SEED` replays another sequence (a failure prints its seed and path).
 */
import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/index.js';
import { faq, safety, sessions, studies } from '../src/data/index.js';
import { consoleDuring } from './console.js';
import { recordUncaught, revokedProxy, trappingProxy, unprintable } from './hostile.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; [property: string]: unknown };
type Channel = 'property' | 'JSON child' | 'provider';
const channels: readonly Channel[] = ['property', 'JSON child', 'provider'];

/** What a string field must be for the widget to accept it; `either` where the test does not restate the rule. */
type Rule = 'text' | 'nonEmpty' | 'id' | 'either';

interface Field {
  /** Path below the item (or, with `envelope`, the envelope field). */
  readonly path: readonly (string | number)[];
  readonly rule: Rule;
  /** Whether the widget shows the field's text as it is, in its default configuration. */
  readonly shown: boolean;
  readonly envelope?: boolean;
}

interface Kind {
  readonly tag: string;
  readonly kind: 'faq' | 'studies' | 'sessions' | 'safety';
  readonly attributes: Record<string, string>;
  /** A valid item holding every string field, and a second item whose text shows that host data is in use. */
  readonly item: () => Record<string, unknown>;
  readonly marker: Record<string, unknown>;
  readonly markerText: string;
  readonly bundledText: string;
  readonly fields: readonly Field[];
}

const envelopeFields: readonly Field[] = [
  { path: ['language'], rule: 'either', shown: false, envelope: true },
  { path: ['lastReviewed'], rule: 'either', shown: false, envelope: true },
  { path: ['nextReview'], rule: 'either', shown: false, envelope: true },
  { path: ['mode'], rule: 'either', shown: false, envelope: true },
];

const kinds: readonly Kind[] = [
  {
    tag: 'mdma-faq',
    kind: 'faq',
    attributes: {},
    item: () => ({
      id: 'host-question',
      question: 'A host question?',
      answer: ['A paragraph.', { type: 'list', items: ['An item.', ['A run, then ', { text: 'a link', href: 'https://example.org/page' }]] }],
      sources: [],
    }),
    marker: { id: 'host-marker', question: 'Marker question?', answer: ['Marker answer.'] },
    markerText: 'Marker question?',
    bundledText: faq.items[0]!.question,
    fields: [
      { path: ['id'], rule: 'id', shown: false },
      { path: ['question'], rule: 'nonEmpty', shown: true },
      { path: ['answer', 0], rule: 'text', shown: true },
      { path: ['answer', 1, 'items', 0], rule: 'text', shown: true },
      { path: ['answer', 1, 'items', 1, 1, 'text'], rule: 'nonEmpty', shown: true },
      { path: ['answer', 1, 'items', 1, 1, 'href'], rule: 'either', shown: false },
      { path: ['sources', 0], rule: 'either', shown: false },
    ],
  },
  {
    tag: 'study-table',
    kind: 'studies',
    attributes: {},
    item: () => ({
      id: 'host-study',
      name: 'Host et al. 2031',
      year: 2031,
      sourceId: 'mitchell-2023-mapp2',
      design: 'Randomised',
      phase: 3,
      condition: 'PTSD',
      participants: 100,
      arms: [{ label: 'MDMA arm', participants: 50 }],
      comparator: 'Placebo',
      primaryOutcome: { measure: 'CAPS-5', timepoint: '18 weeks' },
      headlineResult: 'A headline.',
      outcome: { term: 'response', definition: 'A definition.', timepoint: 'Week 18', mdmaPercent: 60, comparatorPercent: 30, mdmaCount: '30 of 50' },
      effectSize: 'd = 0.7',
      findings: 'Findings.',
      sources: [],
    }),
    marker: { ...{ id: 'host-marker', name: 'Marker et al. 2032', year: 2032, sourceId: 'mitchell-2023-mapp2', design: 'Open', phase: 2 },
      ...{ condition: 'PTSD', comparator: 'None', primaryOutcome: { measure: 'M', timepoint: 'T' }, headlineResult: 'H', findings: 'F' } },
    markerText: 'Marker et al. 2032',
    bundledText: studies.items[0]!.name,
    fields: [
      { path: ['id'], rule: 'id', shown: false },
      { path: ['name'], rule: 'nonEmpty', shown: true },
      { path: ['sourceId'], rule: 'either', shown: false },
      { path: ['design'], rule: 'nonEmpty', shown: true },
      { path: ['condition'], rule: 'nonEmpty', shown: true },
      { path: ['arms', 0, 'label'], rule: 'nonEmpty', shown: true },
      { path: ['comparator'], rule: 'nonEmpty', shown: true },
      { path: ['primaryOutcome', 'measure'], rule: 'nonEmpty', shown: true },
      { path: ['primaryOutcome', 'timepoint'], rule: 'nonEmpty', shown: true },
      { path: ['headlineResult'], rule: 'nonEmpty', shown: true },
      { path: ['outcome', 'definition'], rule: 'nonEmpty', shown: true },
      { path: ['outcome', 'timepoint'], rule: 'nonEmpty', shown: true },
      { path: ['outcome', 'mdmaCount'], rule: 'text', shown: true },
      { path: ['effectSize'], rule: 'text', shown: false },
      { path: ['findings'], rule: 'text', shown: false },
    ],
  },
  {
    tag: 'session-timeline',
    kind: 'sessions',
    attributes: {},
    item: () => ({
      id: 'host-step',
      phase: 'dosing',
      name: 'A host step',
      durationMinutes: 480,
      week: 3,
      summary: 'A host summary.',
      details: ['A detail.'],
      sources: [],
    }),
    marker: { id: 'host-marker', phase: 'integration', name: 'Marker step', week: 4, summary: 'Marker summary.' },
    markerText: 'Marker summary.',
    bundledText: sessions.items[0]!.summary,
    fields: [
      { path: ['id'], rule: 'id', shown: false },
      { path: ['name'], rule: 'nonEmpty', shown: true },
      { path: ['summary'], rule: 'nonEmpty', shown: true },
      { path: ['details', 0], rule: 'text', shown: true },
    ],
  },
  {
    tag: 'safety-callout',
    kind: 'safety',
    attributes: { topic: 'crisis-support host-marker', lang: 'en-US' },
    item: () => ({
      id: 'crisis-support',
      severity: 'urgent',
      heading: 'A host heading',
      body: ['A host body.'],
      region: 'A region',
      asOf: '2026-01-15',
      contacts: [{ name: 'A line', action: 'Call 123', href: 'tel:123' }],
      sources: [],
    }),
    marker: { id: 'host-marker', severity: 'information', heading: 'Marker heading', body: ['Marker body.'] },
    markerText: 'Marker heading',
    bundledText: safety.items.find((topic) => topic.id === 'crisis-support')!.heading,
    fields: [
      { path: ['id'], rule: 'either', shown: false },
      { path: ['heading'], rule: 'nonEmpty', shown: true },
      { path: ['body', 0], rule: 'text', shown: true },
      { path: ['region'], rule: 'text', shown: true },
      { path: ['asOf'], rule: 'either', shown: false },
      { path: ['contacts', 0, 'name'], rule: 'nonEmpty', shown: true },
      { path: ['contacts', 0, 'action'], rule: 'nonEmpty', shown: true },
      { path: ['contacts', 0, 'href'], rule: 'either', shown: false },
    ],
  },
];

/** Whether `value` is acceptable under `rule`, as docs/host-data.md states the rules; undefined for `either`. */
function accepted(rule: Rule, value: string): boolean | undefined {
  switch (rule) {
    case 'text':
      return value.length <= 10_000;
    case 'nonEmpty':
      return value.trim() !== '' && value.length <= 10_000;
    case 'id':
      return value.trim() !== '' && value.length <= 200 && !/[\s,]/u.test(value);
    case 'either':
      return undefined;
  }
}

function setAt(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

/** The data for `kind` with `value` at `field`: an envelope `{ items }` always, so envelope fields can be set. */
function dataWith(kind: Kind, field: Field, value: unknown): Record<string, unknown> {
  const item = kind.item();
  const data: Record<string, unknown> = { items: [item, kind.marker] };
  if (field.envelope) data[field.path[0] as string] = value;
  else setAt(item, field.path, value);
  return data;
}

let container: HTMLElement;

async function mount(kind: Kind, channel: Channel, data: unknown): Promise<Widget> {
  container.replaceChildren();
  const element = document.createElement(kind.tag) as unknown as Widget;
  for (const [name, value] of Object.entries(kind.attributes)) element.setAttribute(name, value);
  if (channel === 'property') element['data'] = data;
  if (channel === 'JSON child') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data);
    element.append(script);
  }
  if (channel === 'provider') {
    const provider = document.createElement('mdma-widgets-provider') as unknown as Widget;
    provider['data'] = { [kind.kind]: data };
    provider.append(element);
    container.append(provider);
  } else {
    container.append(element);
  }
  await element.updateComplete;
  await nextFrame();
  await element.updateComplete;
  return element;
}

/** Every element tag any widget renders of itself, learnt from the bundled content with every feature on. */
let ownTags: ReadonlySet<string>;

/** What an injected script would do, recorded instead of done. */
const injected: string[] = [];

/** The checks every case makes: nothing from outside the widget's own making, and only messages of the right form. */
function expectNothingInjected(element: Widget, messages: readonly string[], tag: string): void {
  const root = element.shadowRoot!;
  for (const node of root.querySelectorAll('*')) expect(ownTags, `<${node.localName}> in <${tag}>`).to.include(node.localName);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const protocol = new URL(link.href).protocol;
    const allowed = link.closest('.contacts') ? ['http:', 'https:', 'tel:', 'sms:'] : ['http:', 'https:'];
    expect(allowed, link.href).to.include(protocol);
  }
  expect(injected).to.deep.equal([]);
  for (const message of messages) {
    expect(message.startsWith(`[mdma-therapy-widgets] <${tag}>:`), message.slice(0, 200)).to.equal(true);
    expect(message.length).to.be.at.most(1_500);
    expect(message).not.to.include('could not render');
  }
}

const text = (element: Widget) => element.shadowRoot!.textContent ?? '';

let settings: { numRuns: number; seed: number };
let naughty: readonly string[];

/** A string a page might hand over: from the naughty list, random Unicode, or long. */
const anyString = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...naughty) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 9_990, maxLength: 10_010 }) },
  );

describe('property-based: careless and hostile input', function () {
  // Each property runs all its cases in one test; a larger run (PROPERTY_RUNS) takes longer.
  this.timeout(60 * 60 * 1000);

  before(async () => {
    const asked = ((await executeServerCommand('property-runs')) ?? {}) as { runs?: number; seed?: number };
    settings = { numRuns: asked.runs ?? 100, seed: asked.seed ?? 21 };
    naughty = (await (await fetch('/node_modules/big-list-of-naughty-strings/blns.json')).json()) as string[];
    expect(naughty.length).to.be.above(400);
    // Not a fixture: fixtures are removed after each test, and this one serves every test of the file.
    container = document.createElement('div');
    container.style.width = '800px';
    document.body.append(container);
    const tags = new Set<string>();
    for (const markup of [
      '<mdma-faq searchable open="all"></mdma-faq>',
      '<study-table columns="study design condition participants comparator primary-outcome result outcome effect-size" page-size="2"></study-table>',
      '<session-timeline current="dosing-2"></session-timeline><session-timeline compact></session-timeline>',
      '<safety-callout topic="clinical-setting adulteration regulatory-status health-risks crisis-support"></safety-callout>',
    ]) {
      container.innerHTML = markup;
      for (const element of container.children) {
        await (element as Widget).updateComplete;
        for (const node of element.shadowRoot!.querySelectorAll('*')) tags.add(node.localName);
      }
    }
    ownTags = tags;
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (message: unknown) => void injected.push(`${name}(${String(message)})`);
    }
  });

  afterEach(() => container.replaceChildren());
  after(() => container.remove());

  it('every string field of every kind, through every channel: host content or bundled content and one message naming the field', async () => {
    const cases = fc.record({
      kind: fc.constantFrom(...kinds),
      channel: fc.constantFrom(...channels),
      fieldIndex: fc.nat(),
      value: anyString(),
    });
    await fc.assert(
      fc.asyncProperty(cases, async ({ kind, channel, fieldIndex, value }) => {
        const fields = [...kind.fields, ...envelopeFields];
        const field = fields[fieldIndex % fields.length]!;
        const uncaught = recordUncaught();
        const title = document.title;
        let element!: Widget;
        const { warnings, errors } = await consoleDuring(async () => {
          element = await mount(kind, channel, dataWith(kind, field, value));
        });
        uncaught.stop();
        expect(uncaught.uncaught).to.deep.equal([]);
        expect(document.title).to.equal(title);
        expectNothingInjected(element, [...warnings, ...errors], kind.tag);
        const expected = field.envelope ? undefined : accepted(field.rule, value);
        const hostShown = text(element).includes(kind.markerText);
        if (expected === true || (expected === undefined && errors.length === 0)) {
          expect(errors, 'accepted, so no error').to.deep.equal([]);
          expect(hostShown, 'host content shown').to.equal(true);
          if (field.shown) expect(text(element)).to.include(value);
        } else {
          expect(errors).to.have.length(1);
          const named = field.envelope ? `field "${field.path[0]}"` : `field "${field.path[0]}`;
          expect(errors[0]).to.include(named);
          expect(hostShown, 'host content not shown').to.equal(false);
          expect(text(element)).to.include(kind.bundledText);
        }
      }),
      { ...settings, endOnFailure: true },
    );
  });

  it('values of any type in every property: the widget renders, and says which property it ignored', async () => {
    const properties: ReadonlyArray<readonly [string, string, string]> = [
      ['mdma-faq', 'theme', 'theme'], ['mdma-faq', 'questions', 'questions'], ['mdma-faq', 'open', 'open'], ['mdma-faq', 'headingLevel', 'heading-level'],
      ['study-table', 'theme', 'theme'], ['study-table', 'studies', 'studies'], ['study-table', 'columns', 'columns'], ['study-table', 'sort', 'sort'],
      ['study-table', 'sortDirection', 'sort-direction'], ['study-table', 'condition', 'condition'], ['study-table', 'phase', 'phase'],
      ['study-table', 'pageSize', 'page-size'], ['session-timeline', 'theme', 'theme'], ['session-timeline', 'current', 'current'],
      ['session-timeline', 'orientation', 'orientation'], ['session-timeline', 'headingLevel', 'heading-level'], ['safety-callout', 'theme', 'theme'],
      ['safety-callout', 'topic', 'topic'], ['safety-callout', 'severity', 'severity'], ['safety-callout', 'headingLevel', 'heading-level'],
    ];
    // Hostile values are made inside each case, by name: fast-check itself would choke on printing a trapping Proxy.
    const hostile: Record<string, () => unknown> = {
      'a symbol': () => Symbol('x'),
      'a bigint': () => 10n,
      'a function': () => () => 'x',
      'a revoked proxy': revokedProxy,
      'a trapping proxy': trappingProxy,
      'an object whose toString throws': unprintable,
    };
    const value = fc.oneof(
      fc.anything().map((anything) => ({ name: 'anything', make: () => anything })),
      anyString().map((string) => ({ name: 'a string', make: () => string })),
      fc.constantFrom(...Object.keys(hostile)).map((name) => ({ name, make: hostile[name]! })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...properties), value, async ([tag, property, attribute], { make }) => {
        const given = make();
        const uncaught = recordUncaught();
        let element!: Widget;
        const { warnings, errors } = await consoleDuring(async () => {
          container.replaceChildren();
          element = document.createElement(tag) as unknown as Widget;
          element[property] = given;
          container.append(element);
          await element.updateComplete;
          await nextFrame();
        });
        uncaught.stop();
        expect(uncaught.uncaught).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
        expect(text(element).trim().length).to.be.above(40);
        expectNothingInjected(element, warnings, tag);
        const isText = typeof given === 'string' || (typeof given === 'number' && Number.isFinite(given));
        let isList = false;
        try {
          isList = Array.isArray(given) && given.every((item) => typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item)));
        } catch {
          isList = false;
        }
        if (given != null && !isText && !isList) expect(warnings.some((warning) => warning.includes(attribute)), warnings.join('\n')).to.equal(true);
      }),
      { ...settings, endOnFailure: true },
    );
  });

  it('an Object.prototype with enumerable extras: host data through every channel is shown as given', async () => {
    const fieldNames = [
      'id', 'question', 'answer', 'sources', 'type', 'content', 'text', 'href', 'items', 'mode', 'language', 'lastReviewed', 'nextReview',
      'name', 'year', 'sourceId', 'design', 'phase', 'condition', 'participants', 'arms', 'label', 'comparator', 'primaryOutcome',
      'measure', 'timepoint', 'headlineResult', 'outcome', 'term', 'definition', 'mdmaPercent', 'comparatorPercent', 'mdmaCount',
      'effectSize', 'findings', 'durationMinutes', 'durationApproximate', 'week', 'weekApproximate', 'summary', 'details', 'severity',
      'heading', 'body', 'addedContent', 'asOf', 'contacts', 'action', 'region', 'extend', 'each', 'clone', 'toJSONString',
    ];
    // Left out: names the language itself reads on every object (a thenable Object.prototype makes every object a
    // promise), names the validation library keeps in its own working objects, and the short names Lit's minified build
    // reads off its classes (`l`, `_$…`): a page that sets those breaks every Lit element on it, not only these. Random
    // names are word-like, as polyfills' are.
    const reserved = new Set(['then', 'issues', 'typed', 'value', 'constructor', '__proto__', 'toString', 'valueOf', 'toJSON', 'length']);
    const name = fc.oneof(fc.constantFrom(...fieldNames), fc.stringMatching(/^[a-z][a-zA-Z]{3,12}$/)).filter((candidate) => !reserved.has(candidate));
    const pollutant = fc.oneof(anyString(), fc.integer(), fc.constant(function polyfill() {}), fc.array(fc.string(), { maxLength: 3 }), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kinds), fc.constantFrom(...channels), fc.uniqueArray(fc.tuple(name, pollutant), { minLength: 1, maxLength: 4, selector: ([key]) => key }), async (kind, channel, extras) => {
        const prototype = Object.prototype as Record<string, unknown>;
        const added = extras.filter(([key]) => !Object.prototype.hasOwnProperty.call(prototype, key));
        const uncaught = recordUncaught();
        let shown = '';
        let messages: string[] = [];
        let element!: Widget;
        try {
          for (const [key, pollution] of added) prototype[key] = pollution;
          const logged = await consoleDuring(async () => {
            element = await mount(kind, channel, { items: [kind.item(), kind.marker] });
          });
          shown = text(element);
          messages = [...logged.warnings, ...logged.errors];
        } finally {
          for (const [key] of added) delete prototype[key];
          uncaught.stop();
        }
        expect(uncaught.uncaught).to.deep.equal([]);
        expect(messages).to.deep.equal([]);
        expect(shown).to.include(kind.markerText);
      }),
      { ...settings, endOnFailure: true },
    );
  });

  it('hostile objects anywhere in host data: bundled content and one message naming the field', async () => {
    /** Paths to every object and array inside an item, and to every field, for something hostile to take its place. */
    function paths(value: unknown, path: (string | number)[] = []): Array<(string | number)[]> {
      if (typeof value !== 'object' || value === null) return [path];
      const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
      return [path, ...entries.flatMap(([key, item]) => paths(item, [...path, key]))];
    }
    const hostile = fc.constantFrom('revoked proxy', 'trapping proxy', 'throwing getter');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kinds), fc.constantFrom<Channel[]>('property', 'provider'), fc.nat(), hostile, async (kind, channel, pick, how) => {
        const item = kind.item();
        const candidates = paths(item).filter((path) => path.length > 0);
        const path = candidates[pick % candidates.length]!;
        const key = path.at(-1)!;
        let parent = item as Record<string | number, unknown>;
        for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
        if (how === 'throwing getter') {
          Object.defineProperty(parent, key, {
            enumerable: true,
            get() {
              throw new Error('hostile getter');
            },
          });
        } else {
          parent[key] = how === 'revoked proxy' ? revokedProxy() : trappingProxy();
        }
        const uncaught = recordUncaught();
        let element!: Widget;
        const { errors, warnings } = await consoleDuring(async () => {
          element = await mount(kind, channel, [item, kind.marker]);
        });
        uncaught.stop();
        expect(uncaught.uncaught).to.deep.equal([]);
        expectNothingInjected(element, [...warnings, ...errors], kind.tag);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include('cannot be read').and.include(`field "${path[0]}`);
        expect(text(element)).to.include(kind.bundledText);
        expect(text(element)).not.to.include(kind.markerText);
      }),
      { ...settings, endOnFailure: true },
    );
  });
});
