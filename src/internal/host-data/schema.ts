/**
 * The one validation path for host data: each kind is one valibot schema for the envelope and its items, so a
 * malformed date, language or item is found the same way wherever it is. Strings stay text, never parsed as HTML.
 *
 * Host shorthand: data may be a plain array of items instead of `{ items }`; a `Block` may be a plain string (one
 * paragraph) and `RichText` a plain string (one run of text). Both are normalised to the full shapes.
 *
 * Sources: a host item may cite bundled source ids (see `src/data/sources.ts`) or omit `sources` (none). An id that is
 * not a bundled source is an error, because the elements could not show that citation.
 *
 * Whatever the page hands over is first copied to plain data (`plain-data.ts`): own fields only, so neither a
 * hostile object nor a polluted `Object.prototype` reaches the schemas, whose own field lists have no prototype
 * either. Each kind has limits (items, values, characters) that keep any accepted input quick to render.
 */
import * as v from 'valibot';
import { getCitation as getSource } from '../bibliography.js';
import type { Block, IsoDate } from '../../data/types.js';
import { isCalendarDate, today } from '../clock.js';
import { clip, describeError, grouped, kindOf, quote } from '../log.js';
import { isSafeHref } from '../url.js';
import { detached, inheritsNothing, toPlainData, type DataPath } from './plain-data.js';

// Building blocks

/** The longest one string of host content may be: many times the longest paragraph of the bundled content. */
export const maxTextLength = 10_000;

/**
 * An object schema whose list of fields inherits nothing, so a field added to `Object.prototype` is never one of them.
 * (A list with no prototype at all would be a hash table, which the validator walks for every item several times slower.)
 */
export function record<Entries extends v.ObjectEntries>(entries: Entries, message?: string): v.ObjectSchema<Entries, string | undefined> {
  return v.object(Object.assign(Object.create(inheritsNothing) as Entries, entries), message);
}

export const text = v.pipe(v.string(), v.maxLength(maxTextLength, `must be at most ${grouped(maxTextLength)} characters long`));
export const nonEmpty = v.pipe(
  text,
  v.check((value) => value.trim().length > 0, 'must not be empty'),
);
/**
 * An item's id: the attributes that choose items (`questions`, `studies`, `topic`) separate ids by spaces or commas,
 * and the FAQ puts ids in links, so an id has neither.
 */
export const itemId = v.pipe(
  v.string(),
  v.check((value) => value.trim().length > 0, 'must not be empty'),
  v.maxLength(200, 'must be at most 200 characters long'),
  v.regex(/^[^\s,]+$/u, 'must not contain spaces or commas'),
);
/** Numbers are finite, and -0 is 0 (it would show as "-0"). */
const finite = v.pipe(
  v.number(),
  v.finite('must be a finite number'),
  v.transform((value) => (value === 0 ? 0 : value)),
);
export const count = v.pipe(finite, v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
export const amount = v.pipe(finite, v.minValue(0, 'must not be negative'));
export const week = finite;
export const percent = v.pipe(
  finite,
  v.minValue(0, 'must be a percentage from 0 to 100'),
  v.maxValue(100, 'must be a percentage from 0 to 100'),
);
export const isoDate = v.pipe(v.string(), v.check(isCalendarDate, 'must be a calendar date written YYYY-MM-DD'));
export const sourceId = v.pipe(
  v.string(),
  v.check(
    (id) => getSource(id) !== undefined,
    (issue) => `${JSON.stringify(String(issue.input).slice(0, 80))} is not a bundled source id`,
  ),
);
export const sourceIds = v.optional(v.array(sourceId), []);
export const link = record({
  text: nonEmpty,
  href: v.pipe(v.string(), v.check(isSafeHref, 'must be an absolute http: or https: URL')),
});
const inline = v.union([text, link], 'must be a string or a link object { text, href }');

/** A plain string is shorthand for one run of text. */
export const richText = v.pipe(
  v.unknown(),
  v.transform((input): unknown => (typeof input === 'string' ? [input] : input)),
  v.array(inline),
);

/** A plain string is shorthand for a paragraph. */
export const block = v.pipe(
  v.unknown(),
  v.transform((input): unknown => (typeof input === 'string' ? { type: 'paragraph', content: [input] } : input)),
  v.variant('type', [
    record({ type: v.literal('paragraph'), content: richText }),
    record({ type: v.literal('list'), items: v.array(richText) }),
  ]),
) as v.GenericSchema<unknown, Block>;
export const blocks = v.pipe(v.array(block), v.minLength(1, 'must contain at least one block'));

/** Whether `value` is a well-formed BCP 47 language tag ("es", "en-GB", "en-u-nu-latn"); "en-12" is not. */
function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** A list of items whose ids are unique; a duplicate is reported on the later item's `id`. */
function uniqueItems<Item extends { readonly id: string }>(item: v.GenericSchema<unknown, Item>) {
  return v.pipe(
    v.array(item),
    v.rawCheck<Item[]>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const seen = new Map<string, number>();
      dataset.value.forEach((entry, index) => {
        const first = seen.get(entry.id);
        if (first === undefined) {
          seen.set(entry.id, index);
          return;
        }
        addIssue({
          message: `duplicate id (also used by item ${first})`,
          path: [
            { type: 'array', origin: 'value', input: dataset.value, key: index, value: entry },
            { type: 'object', origin: 'value', input: entry, key: 'id', value: entry.id },
          ],
        });
      });
    }),
  );
}

// The envelope

/** Host items after validation, with how they combine with the bundled ones. */
export interface HostItems<Item> {
  readonly items: readonly Item[];
  /** `replace` (default) shows only the host's items; `extend` adds them to the bundled ones. */
  readonly mode: 'replace' | 'extend';
  /** The language of the host's content, when the host says (e.g. translated questions). */
  readonly language?: string;
  /** The host's own review dates for its content. */
  readonly lastReviewed?: IsoDate;
  readonly nextReview?: IsoDate;
}

const envelopeShape = 'must be an array of items or an object { items: [...] }';

/** How much host data of one kind a widget takes: past these, the data is refused and the bundled content shown. */
export interface HostDataLimits {
  /** Items (questions, studies, steps, topics). */
  readonly maxItems: number;
  /** Values of any kind in the whole input: strings, numbers, objects, arrays. */
  readonly maxValues: number;
  /** Characters of all the strings together. */
  readonly maxCharacters: number;
}

/** One kind of host data: its schema and its limits. */
export interface HostDataSchema<Item> {
  readonly schema: v.GenericSchema<unknown, HostItems<Item>>;
  readonly limits: HostDataLimits;
}

/** The envelope of a plain array of items, holding nothing else, not even a prototype. */
const envelopeOf = (list: readonly unknown[]) => Object.assign(Object.create(null) as object, { items: list });

/** Objects and arrays inside one another: the deepest shape (envelope, items, an answer's list of runs, a link) needs 8. */
const maxDepth = 12;

/**
 * The schema of one kind of host data: `{ items, mode, language, lastReviewed, nextReview }`. A plain array of items is
 * put in that envelope by `parseHostData`, before the schema runs, so that every problem's path starts at `items`.
 */
export function hostDataSchema<Item extends { readonly id: string }>(
  item: v.GenericSchema<unknown, Item>,
  limits: HostDataLimits,
): HostDataSchema<Item> {
  const schema = v.pipe(
    record(
      {
        items: v.pipe(
          v.array(v.unknown()),
          // Counted before any item is checked, so an oversized list costs no validation.
          v.maxLength(limits.maxItems, (issue) => `has ${grouped(Number(issue.received))} items; at most ${grouped(limits.maxItems)} can be shown`),
          uniqueItems(item),
        ),
        mode: v.optional(v.picklist(['replace', 'extend'], 'must be "replace" or "extend"'), 'replace'),
        language: v.optional(
          v.pipe(
            v.string(),
            v.check(isLanguageTag, 'must be a BCP 47 language tag such as "es"'),
            v.transform((tag) => Intl.getCanonicalLocales(tag)[0]!),
          ),
        ),
        lastReviewed: v.optional(
          v.pipe(
            isoDate,
            v.check((date) => date <= today(), 'must not be later than today'),
          ),
        ),
        nextReview: v.optional(isoDate),
      },
      envelopeShape,
    ),
    // Replacing the content with nothing would leave an empty widget on the page.
    v.forward(
      v.check(({ mode, items }) => mode === 'extend' || items.length > 0, 'is empty'),
      ['items'],
    ),
  ) as v.GenericSchema<unknown, HostItems<Item>>;
  return { schema, limits };
}

// Reporting

/** The most problems one message lists; the rest are counted. */
const problemLimit = 5;

/** "answer[0].content[1].href" for the path below the item. */
function fieldPath(path: DataPath): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/**
 * The id of item `index`, if it has a plain string one, for naming the item in a message. Read without calling any
 * getter, and without trusting the data: a message about data that cannot be read must not fail on it in turn.
 */
function idOf(data: unknown, index: number): string | undefined {
  const own = (value: unknown, key: string | number): unknown =>
    typeof value === 'object' && value !== null ? (Object.getOwnPropertyDescriptor(value, key) as { value?: unknown } | undefined)?.value : undefined;
  try {
    const items = Array.isArray(data) ? data : own(data, 'items');
    const id = own(Array.isArray(items) ? own(items, index) : undefined, 'id');
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Where `path` points, in words: "the data", `field "mode"`, `item 3 (id "q3"), field "answer[0]"`. */
function place(path: DataPath, data: unknown): string {
  const [envelopeField, index, ...rest] = path;
  if (envelopeField === undefined) return 'the data';
  if (envelopeField !== 'items' || typeof index !== 'number') return `field "${fieldPath(path)}"`;
  const id = idOf(data, index);
  const named = typeof id === 'string' ? ` (id ${quote(id)})` : '';
  return `item ${index}${named}, ${rest.length > 0 ? `field "${fieldPath(rest)}"` : 'the item itself'}`;
}

/** valibot's names for the types it expects, as the messages say them. */
const expectedKinds: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  Object: 'an object',
  Array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
});

function describe(issue: v.BaseIssue<unknown>, data: unknown): string {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  let message: string;
  if (issue.input === undefined && path.length > 0) {
    // valibot says 'Invalid key: Expected "question" but received undefined' for a field that is not there.
    message = 'is missing';
  } else if (issue.kind === 'schema' && issue.message.startsWith('Invalid type')) {
    // valibot's own message echoes the value whole; a value of the wrong type is named by its kind instead.
    message = `must be ${expectedKinds[issue.expected ?? ''] ?? issue.expected}, not ${kindOf(issue.input)}`;
  } else {
    message = clip(issue.message, 300);
  }
  return `${place(path, data)}: ${message}`;
}

/** The outcome of validating host data: the items to use, or what is wrong with them in one sentence. */
export type HostDataResult<Item> =
  | { readonly success: true; readonly output: HostItems<Item> }
  | { readonly success: false; readonly problems: string };

/**
 * Copies `input` to plain data within the kind's limits, then runs its schema, stopping each field's checks at its
 * first failure. Never throws: whatever goes wrong is described, naming the item and field where it can.
 */
export function parseHostData<Item>({ schema, limits }: HostDataSchema<Item>, input: unknown): HostDataResult<Item> {
  const plain = toPlainData(input, { ...limits, maxDepth });
  if (!plain.success) {
    // A plain array is the items: its paths start with an index.
    const path = typeof plain.path[0] === 'number' ? ['items', ...plain.path] : plain.path;
    return { success: false, problems: `${place(path, input)}: ${plain.problem}` };
  }
  const data = Array.isArray(plain.value) ? envelopeOf(plain.value) : plain.value;
  let result: v.SafeParseResult<typeof schema>;
  try {
    result = v.safeParse(schema, data, { abortPipeEarly: true });
  } catch (cause) {
    return { success: false, problems: `the data could not be checked on this page (${describeError(cause)})` };
  }
  if (result.success) {
    // The validator's output is made of ordinary objects: copied once more, it too holds only its own fields.
    return { success: true, output: detached(result.output) as HostItems<Item> };
  }
  const problems = result.issues.slice(0, problemLimit).map((issue) => describe(issue, data));
  const more = result.issues.length - problems.length;
  return { success: false, problems: problems.join('; ') + (more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '') };
}
