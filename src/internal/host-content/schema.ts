/**
 * The one validation path for host data: each kind is one schema for the envelope and its items, built from the small
 * checks below, so a malformed date, language or item is found the same way wherever it is. Strings stay text, never
 * parsed as HTML. The schemas are also where the shapes are written: the input types pages write (`input.ts`) and the
 * validated types are read off them, never written a second time.
 *
 * Host shorthand: data may be a plain array of items instead of `{ items }`; a `Block` may be a plain string (one
 * paragraph) and `RichText` a plain string (one run of text). Both are normalised to the full shapes.
 *
 * Sources: a host item may cite bundled source ids (see `src/data/sources.ts`) or omit `sources` (none). An id that is
 * not a bundled source is an error, because the elements could not show that citation.
 *
 * Whatever the page hands over is first copied to plain data (`plain-data.ts`): own fields only, in objects that inherit
 * nothing, so neither a hostile object nor a polluted `Object.prototype` reaches the checks, and every field is read
 * as an own field. Each kind has limits (items, values, characters) that keep any accepted input quick to render.
 */
import { findSource, type Bibliography } from '../provenance/bibliography.js';
import { isCalendarDate, today } from '../provenance/clock.js';
import { describeError, grouped, kindOf, quote } from '../element/log.js';
import { isSafeHref } from '../render/url.js';
import { inheritsNothing, toPlainData, type DataPath } from './plain-data.js';

// Checks

declare const types: unique symbol;
declare const optionality: unique symbol;

/** What a check returns for a value it refused, after reporting why. */
const invalid: unique symbol = Symbol();
type Invalid = typeof invalid;

/**
 * A check of one value: returns the value as the widgets use it (shorthand expanded, defaults filled), or `invalid`
 * after reporting each problem at the current path. `In` (what a page may write) and `Out` are for the types only.
 */
export interface Schema<In, Out> {
  (value: unknown): Out | Invalid;
  readonly [types]: { readonly in: In; readonly out: Out };
}

/** A check of a field that may be left out; `Defaulted` when it then takes a default value. */
export interface Optional<In, Out, Defaulted extends boolean> extends Schema<In | undefined, Out> {
  readonly [optionality]: Defaulted;
}

// Helper types stay in this module: the public input types (`input.ts`) must not lead a user to types that the
// package root does not export.
type InputOf<S> = S extends Schema<infer In, unknown> ? In : never;
type OutputOf<S> = S extends Schema<unknown, infer Out> ? Out : never;

/** The problems found so far, and the path of the value being checked (copied into a problem only when one is found). */
let problems: Array<{ readonly path: DataPath; readonly message: string }> = [];
const path: Array<string | number> = [];

/** Reports a problem at the current path, or below it at `keys`. */
function fail(message: string, ...keys: Array<string | number>): Invalid {
  problems.push({ path: [...path, ...keys], message });
  return invalid;
}

const missing = 'is missing';

/** A value of the wrong type, named by its kind (never echoed); a field that is not there is said to be missing. */
const wrongType = (expected: string, value: unknown): Invalid => fail(value === undefined ? missing : `must be ${expected}, not ${kindOf(value)}`);

// The constructors below are marked free of side effects, so that a script keeps only the checks its element uses.
const schema = /*#__NO_SIDE_EFFECTS__*/ <In, Out>(check: (value: unknown) => Out | Invalid) => check as Schema<In, Out>;

/** A rule of a primitive value and what to say when it is broken; checked in order, stopping at the first broken one. */
type Rule<Value> = readonly [test: (value: Value) => boolean, message: string | ((value: Value) => string)];

/*#__NO_SIDE_EFFECTS__*/
function primitive<Value>(type: 'string' | 'number' | 'boolean', expected: string, rules: ReadonlyArray<Rule<Value>>) {
  return schema<Value, Value>((value) => {
    // NaN is not a number here: it would show as "NaN".
    if (typeof value !== type || value !== value) return wrongType(expected, value);
    for (const [test, message] of rules) if (!test(value as Value)) return fail(typeof message === 'string' ? message : message(value as Value));
    // -0 is 0: it would show as "-0".
    return (value === 0 ? 0 : value) as Value;
  });
}

/** A string, checked by `rules` in order. */
export const string = /*#__NO_SIDE_EFFECTS__*/ (...rules: ReadonlyArray<Rule<string>>) => primitive('string', 'a string', rules);
/** A number other than NaN (-0 is 0), checked by `rules` in order. */
const number = /*#__NO_SIDE_EFFECTS__*/ (...rules: ReadonlyArray<Rule<number>>) => primitive('number', 'a number', rules);
export const boolean = primitive<boolean>('boolean', 'true or false', []);

/*#__NO_SIDE_EFFECTS__*/
export function optional<In, Out>(check: Schema<In, Out>): Optional<In, Out, false>;
export function optional<In, Out>(check: Schema<In, Out>, fallback: Out): Optional<In, Out, true>;
export function optional<In, Out>(check: Schema<In, Out>, fallback?: Out) {
  return schema<In | undefined, Out | undefined>((value) => (value === undefined ? fallback : check(value)));
}

export const nullable = /*#__NO_SIDE_EFFECTS__*/ <In, Out>(check: Schema<In, Out>) => schema<In | null, Out | null>((value) => (value === null ? null : check(value)));

export const picklist = /*#__NO_SIDE_EFFECTS__*/ <const Option extends string | number>(options: readonly Option[], message: string) =>
  schema<Option, Option>((value) => (options.includes(value as Option) ? (value as Option) : fail(value === undefined ? missing : message)));

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each item checked (every problem reported, not only the first); at least `min` items. */
/*#__NO_SIDE_EFFECTS__*/
export function array<In, Out>(item: Schema<In, Out>, min = 0, tooFew = '') {
  return schema<readonly In[], readonly Out[]>((value) => {
    if (!Array.isArray(value)) return wrongType('an array', value);
    if (value.length < min) return fail(tooFew);
    let valid = true;
    const output = value.map((entry, index) => {
      path.push(index);
      const checked = item(entry);
      path.pop();
      if (checked === invalid) valid = false;
      return checked;
    });
    return valid ? (output as readonly Out[]) : invalid;
  });
}

type Entries = Readonly<Record<string, Schema<unknown, unknown>>>;
type OptionalKey<E> = { [K in keyof E]: E[K] extends { readonly [optionality]: boolean } ? K : never }[keyof E];
type DefaultedKey<E> = { [K in keyof E]: E[K] extends { readonly [optionality]: true } ? K : never }[keyof E];
type Flat<T> = { [K in keyof T]: T[K] } & {};
type RecordInput<E> = Flat<
  { readonly [K in Exclude<keyof E, OptionalKey<E>>]: InputOf<E[K]> } & { readonly [K in OptionalKey<E>]?: InputOf<E[K]> }
>;
type RecordOutput<E> = Flat<
  { readonly [K in Exclude<keyof E, Exclude<OptionalKey<E>, DefaultedKey<E>>>]: OutputOf<E[K]> } & {
    readonly [K in Exclude<OptionalKey<E>, DefaultedKey<E>>]?: OutputOf<E[K]>;
  }
>;

/**
 * An object with these fields: each checked (every problem reported), any other field dropped. The output inherits
 * nothing, so a field it leaves out reads as undefined, never as something another script added to `Object.prototype`.
 */
/*#__NO_SIDE_EFFECTS__*/
export function record<const E extends Entries>(entries: E, expected = 'an object') {
  return schema<RecordInput<E>, RecordOutput<E>>((value) => {
    if (!isObject(value)) return wrongType(expected, value);
    const output = Object.create(inheritsNothing) as Record<string, unknown>;
    let valid = true;
    for (const key of Object.keys(entries)) {
      path.push(key);
      // Plain data: an own field or nothing, whatever Object.prototype holds.
      const checked = entries[key]!(value[key]);
      path.pop();
      if (checked === invalid) valid = false;
      else if (checked !== undefined) output[key] = checked;
    }
    return valid ? (output as RecordOutput<E>) : invalid;
  });
}

// Building blocks

/** The longest one string of host content may be: many times the longest paragraph of the bundled content. */
export const maxTextLength = 10_000;

const notBlank: Rule<string> = [(value) => value.trim() !== '', 'must not be empty'];
const notLonger = (limit: number): Rule<string> => [(value) => value.length <= limit, `must be at most ${grouped(limit)} characters long`];
const atLeast = (min: number, message: string): Rule<number> => [(value) => value >= min, message];

export const text = string(notLonger(maxTextLength));
export const nonEmpty = string(notLonger(maxTextLength), notBlank);
/**
 * An item's id: the attributes that choose items (`questions`, `studies`, `topic`) separate ids by spaces or commas,
 * and the FAQ puts ids in links, so an id has neither.
 */
export const itemId = string(notBlank, notLonger(200), [(value) => /^[^\s,]+$/u.test(value), 'must not contain spaces or commas']);
/** Numbers are finite, and -0 is 0. */
const finite: Rule<number> = [Number.isFinite, 'must be a finite number'];
const notNegative = atLeast(0, 'must not be negative');
export const count = number(finite, [Number.isInteger, 'must be a whole number'], notNegative);
export const amount = number(finite, notNegative);
export const week = number(finite);
const percentage = 'must be a percentage from 0 to 100';
export const percent = number(finite, atLeast(0, percentage), [(value) => value <= 100, percentage]);
const calendarDate: Rule<string> = [isCalendarDate, 'must be a calendar date written YYYY-MM-DD'];
export const isoDate = string(calendarDate);
/** The bibliography of the kind being checked: its items may cite those sources, and only those. */
let citable: Bibliography = [];
export const sourceId = string([(id) => findSource(citable, id) !== undefined, (id) => `${quote(id)} is not a source this widget cites`]);
export const sourceIds = optional(array(sourceId), []);
export const link = record({
  text: nonEmpty,
  href: string([isSafeHref, 'must be an absolute http: or https: URL']),
});

const inline = schema<InputOf<typeof text> | InputOf<typeof link>, OutputOf<typeof text> | OutputOf<typeof link>>((value) =>
  typeof value === 'string' ? text(value) : isObject(value) ? link(value) : fail('must be a string or a link object { text, href }'),
);
const runs = array(inline);

/** A plain string is shorthand for one run of text. */
export const richText = schema<string | InputOf<typeof runs>, OutputOf<typeof runs>>((value) => runs(typeof value === 'string' ? [value] : value));

const blockKinds = {
  paragraph: record({ type: picklist(['paragraph'], ''), content: richText }),
  list: record({ type: picklist(['list'], ''), items: array(richText) }),
};
type BlockKind = (typeof blockKinds)[keyof typeof blockKinds];

/** A paragraph or a list, by its `type`; a plain string is shorthand for a paragraph. */
export const block = schema<string | InputOf<BlockKind>, OutputOf<BlockKind>>((value) => {
  if (typeof value === 'string') value = { type: 'paragraph', content: value };
  if (!isObject(value)) return wrongType('an object', value);
  const { type } = value;
  return type === 'paragraph' || type === 'list' ? blockKinds[type](value) : fail(type === undefined ? missing : 'must be "paragraph" or "list"', 'type');
});
export const blocks = array(block, 1, 'must contain at least one block');

/** Whether `value` is a well-formed BCP 47 language tag ("es", "en-GB", "en-u-nu-latn"); "en-12" is not. */
function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const languageTag = string([isLanguageTag, 'must be a BCP 47 language tag such as "es"']);

// The envelope

/** The envelope's fields besides `items`: how the items combine with the bundled ones, their language and review dates. */
const envelope = {
  /** `replace` (default) shows only the host's items; `extend` adds them to the bundled ones. */
  mode: optional(picklist(['replace', 'extend'], 'must be "replace" or "extend"'), 'replace'),
  /** The BCP 47 language the items are written in (e.g. translated questions); canonicalised ("EN-gb" is "en-GB"). */
  language: optional(
    schema<string, string>((value) => {
      const tag = languageTag(value);
      return tag === invalid ? tag : Intl.getCanonicalLocales(tag)[0]!;
    }),
  ),
  /** When the host last checked its content (`YYYY-MM-DD`, not later than today). */
  lastReviewed: optional(string(calendarDate, [(date) => date <= today(), 'must not be later than today'])),
  /** When the host will check it again; after that date readers are told it is due for review. */
  nextReview: optional(isoDate),
};

/** Host items of one kind as a page writes them: a plain array, or an envelope saying how they combine with ours. */
export type HostDataInput<ItemInput> = readonly ItemInput[] | Flat<{ readonly items: readonly ItemInput[] } & RecordInput<typeof envelope>>;

/** Host items after validation, with how they combine with the bundled ones. */
export type HostItems<Item> = Flat<{ readonly items: readonly Item[] } & RecordOutput<typeof envelope>>;

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
  readonly schema: (value: unknown) => HostItems<Item> | Invalid;
  readonly limits: HostDataLimits;
  /** The sources its items may cite: the widget's bibliography. */
  readonly bibliography: Bibliography;
}

/** Objects and arrays inside one another: the deepest shape (envelope, items, an answer's list of runs, a link) needs 8. */
const maxDepth = 12;

/**
 * The schema of one kind of host data: `{ items, mode, language, lastReviewed, nextReview }`. A plain array of items is
 * put in that envelope by `parseHostData`, before the schema runs, so that every problem's path starts at `items`.
 */
export function hostDataSchema<Item extends { readonly id: string }>(item: Schema<unknown, Item>, limits: HostDataLimits, bibliography: Bibliography): HostDataSchema<Item> {
  const list = array(item);
  const fields = record(
    {
      items: schema<unknown, readonly Item[]>((value) => {
        // Counted before any item is checked, so an oversized list costs no validation.
        if (Array.isArray(value) && value.length > limits.maxItems) {
          return fail(`has ${grouped(value.length)} items; at most ${grouped(limits.maxItems)} can be shown`);
        }
        const items = list(value);
        if (items === invalid) return items;
        // A duplicate id is reported on the later item's `id`.
        const seen = new Map<string, number>();
        let unique = true;
        items.forEach(({ id }, index) => {
          const first = seen.get(id);
          if (first === undefined) seen.set(id, index);
          else {
            fail(`duplicate id (also used by item ${first})`, index, 'id');
            unique = false;
          }
        });
        return unique ? items : invalid;
      }),
      ...envelope,
    },
    'an array of items or an object { items: [...] }',
  );
  return {
    limits,
    bibliography,
    schema: (value) => {
      const output = fields(value);
      // Replacing the content with nothing would leave an empty widget on the page.
      return output !== invalid && output.mode === 'replace' && output.items.length === 0 ? fail('is empty', 'items') : output;
    },
  };
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
    const id = own(own(Array.isArray(data) ? data : own(data, 'items'), index), 'id');
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

/** The outcome of validating host data: the items to use, or what is wrong with them in one sentence. */
export type HostDataResult<Item> =
  | { readonly success: true; readonly output: HostItems<Item> }
  | { readonly success: false; readonly problems: string };

/**
 * Copies `input` to plain data within the kind's limits, then runs its schema, stopping each field's checks at its
 * first failure. Never throws: whatever goes wrong is described, naming the item and field where it can.
 */
export function parseHostData<Item>({ schema, limits, bibliography }: HostDataSchema<Item>, input: unknown): HostDataResult<Item> {
  const plain = toPlainData(input, { ...limits, maxDepth });
  let data = input;
  problems = [];
  path.length = 0;
  citable = bibliography;
  if (plain.success) {
    // The envelope of a plain array of items holds nothing else, not even a prototype.
    data = Array.isArray(plain.value) ? Object.assign(Object.create(null) as object, { items: plain.value }) : plain.value;
    let output;
    try {
      output = schema(data);
    } catch (cause) {
      return { success: false, problems: `the data could not be checked on this page (${describeError(cause)})` };
    }
    if (output !== invalid) return { success: true, output };
  } else {
    // A plain array is the items: its paths start with an index.
    problems.push({ path: typeof plain.path[0] === 'number' ? ['items', ...plain.path] : plain.path, message: plain.problem });
  }
  const listed = problems.slice(0, problemLimit).map(({ path, message }) => `${place(path, data)}: ${message}`);
  const more = problems.length - listed.length;
  return { success: false, problems: listed.join('; ') + (more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '') };
}
