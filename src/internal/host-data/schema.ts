/**
 * The one validation path for host data: each kind is one valibot schema for the envelope and its items, so a
 * malformed date, language or item is found the same way wherever it is. Strings stay text, never parsed as HTML.
 *
 * Host shorthand: data may be a plain array of items instead of `{ items }`; a `Block` may be a plain string (one
 * paragraph) and `RichText` a plain string (one run of text). Both are normalised to the full shapes.
 *
 * Sources: a host item may cite bundled source ids (see `src/data/sources.ts`) or omit `sources` (none). An id that is
 * not a bundled source is an error, because the elements could not show that citation.
 */
import * as v from 'valibot';
import { getCitation as getSource } from '../bibliography.js';
import type { Block, IsoDate } from '../../data/types.js';
import { isCalendarDate, today } from '../clock.js';
import { isSafeHref } from '../url.js';

// Building blocks

export const text = v.string();
export const nonEmpty = v.pipe(
  v.string(),
  v.check((value) => value.trim().length > 0, 'must not be empty'),
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
export const link = v.object({
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
    v.object({ type: v.literal('paragraph'), content: richText }),
    v.object({ type: v.literal('list'), items: v.array(richText) }),
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

/** The schema of one kind of host data: a plain array of items, or `{ items, mode, language, lastReviewed, nextReview }`. */
export function hostDataSchema<Item extends { readonly id: string }>(
  item: v.GenericSchema<unknown, Item>,
): v.GenericSchema<unknown, HostItems<Item>> {
  return v.pipe(
    v.unknown(),
    v.transform((input): unknown => (Array.isArray(input) ? { items: input } : input)),
    v.object(
      {
        items: uniqueItems(item),
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
}

// Reporting

/** The most problems one message lists; the rest are counted. */
const problemLimit = 5;

/** "answer[0].content[1].href" for the path below the item. */
function fieldPath(path: readonly v.IssuePathItem[]): string {
  return path
    .map((item, index) => {
      const key = item.key;
      if (typeof key === 'number') return `[${key}]`;
      return index === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

function describe(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  // valibot says 'Invalid key: Expected "question" but received undefined' for a field that is not there.
  const message = issue.input === undefined && path.length > 0 ? 'is missing' : issue.message;
  const [envelopeField, item, ...rest] = path;
  if (!envelopeField) return `the data: ${message}`;
  if (envelopeField.key !== 'items' || !item || typeof item.key !== 'number') return `field "${fieldPath(path)}": ${message}`;
  const value = item.value;
  const id =
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? ` (id ${JSON.stringify((value as { id: string }).id.slice(0, 80))})`
      : '';
  const field = rest.length > 0 ? `field "${fieldPath(rest)}"` : 'the item itself';
  return `item ${item.key}${id}, ${field}: ${message}`;
}

/** The outcome of validating host data: the items to use, or what is wrong with them in one sentence. */
export type HostDataResult<Item> =
  | { readonly success: true; readonly output: HostItems<Item> }
  | { readonly success: false; readonly problems: string };

/** Runs `schema` over `input`, stopping each field's checks at its first failure. */
export function parseHostData<Item>(schema: v.GenericSchema<unknown, HostItems<Item>>, input: unknown): HostDataResult<Item> {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return { success: true, output: result.output };
  const problems = result.issues.slice(0, problemLimit).map(describe);
  const more = result.issues.length - problems.length;
  return { success: false, problems: problems.join('; ') + (more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '') };
}
