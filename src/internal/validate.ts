/**
 * Validation of host-supplied data. Every kind goes through one path: a valibot schema run by `validate`, whose issues
 * are reported with the element, the item and the field, after which the element falls back to its bundled data.
 *
 * Host shorthand: a `Block` may be a plain string (one paragraph) and `RichText` may be a plain string (one run of
 * text); both are normalised to the full shapes. Strings are kept as text, never parsed as HTML.
 *
 * Sources: a host item may cite bundled source ids (see `src/data/sources.ts`) or omit `sources` (treated as none).
 * An id that is not a bundled source is an error, because the elements could not show that citation. For the same
 * reason a study's `sourceId` must be a bundled source id.
 */
import * as v from 'valibot';
import { getSource } from '../data/sources.js';
import type { FaqItem, SafetyTopic, SessionStep, Study } from '../data/types.js';
import { error } from './log.js';
import type { HostData } from './settings-context.js';

/** The kinds of host data, one per widget: the keys of a provider's `data`. */
export type HostDataKind = keyof HostData;

/** Whether `href` may be rendered as a link: absolute `http:` or `https:` URLs only. */
export function isSafeHref(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Phone and text-message links, allowed only for crisis contacts. */
const phoneHref = /^(tel|sms):\+?[0-9][0-9 ().-]*$/;

export function isSafeContactHref(href: string): boolean {
  return isSafeHref(href) || phoneHref.test(href);
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// Building blocks

const text = v.string();
const nonEmpty = v.pipe(
  v.string(),
  v.check((value) => value.trim().length > 0, 'must not be empty'),
);
const count = v.pipe(v.number(), v.finite('must be a finite number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
const amount = v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(0, 'must not be negative'));
const percent = v.pipe(
  v.number(),
  v.finite('must be a finite number'),
  v.minValue(0, 'must be a percentage from 0 to 100'),
  v.maxValue(100, 'must be a percentage from 0 to 100'),
);
const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'must be a calendar date written YYYY-MM-DD'));
const sourceId = v.pipe(
  v.string(),
  v.check((id) => getSource(id) !== undefined, (issue) => `"${String(issue.input)}" is not a bundled source id`),
);
const sourceIds = v.optional(v.array(sourceId), []);

const link = v.object({
  text: nonEmpty,
  href: v.pipe(v.string(), v.check(isSafeHref, 'must be an absolute http: or https: URL')),
});
const inline = v.union([text, link], 'must be a string or a link object { text, href }');

/** A plain string is shorthand for one run of text. */
const richText = v.pipe(
  v.unknown(),
  v.transform((input): unknown => (typeof input === 'string' ? [input] : input)),
  v.array(inline),
);

/** A plain string is shorthand for a paragraph. */
const block = v.pipe(
  v.unknown(),
  v.transform((input): unknown => (typeof input === 'string' ? { type: 'paragraph', content: [input] } : input)),
  v.variant('type', [
    v.object({ type: v.literal('paragraph'), content: richText }),
    v.object({ type: v.literal('list'), items: v.array(richText) }),
  ]),
);
const blocks = v.pipe(v.array(block), v.minLength(1, 'must contain at least one block'));

/** A list of items whose ids are unique; a duplicate is reported on the later item's `id`. */
function uniqueItems<T extends { readonly id: string }>(item: v.GenericSchema<unknown, T>) {
  return v.pipe(
    v.array(item),
    v.rawCheck<T[]>(({ dataset, addIssue }) => {
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

// One schema per kind

const faqItem: v.GenericSchema<unknown, FaqItem> = v.object({
  id: nonEmpty,
  question: nonEmpty,
  answer: blocks,
  sources: sourceIds,
});

const study: v.GenericSchema<unknown, Study> = v.object({
  id: nonEmpty,
  name: nonEmpty,
  year: count,
  sourceId,
  design: nonEmpty,
  phase: v.picklist([1, 2, 3, 4], 'must be a trial phase from 1 to 4'),
  condition: nonEmpty,
  participants: v.optional(v.nullable(count), null),
  arms: v.optional(v.array(v.object({ label: nonEmpty, participants: count }))),
  comparator: nonEmpty,
  primaryOutcome: v.object({ measure: nonEmpty, timepoint: nonEmpty }),
  headlineResult: nonEmpty,
  outcome: v.optional(
    v.nullable(
      v.object({
        term: v.picklist(
          ['response', 'no-longer-meeting-criteria', 'remission'],
          'must be "response", "no-longer-meeting-criteria" or "remission"',
        ),
        definition: nonEmpty,
        timepoint: nonEmpty,
        mdmaPercent: v.nullable(percent),
        comparatorPercent: v.nullable(percent),
        mdmaCount: v.optional(text),
        comparatorCount: v.optional(text),
      }),
    ),
    null,
  ),
  effectSize: v.optional(v.nullable(text), null),
  findings: text,
  sources: sourceIds,
});

const sessionStep: v.GenericSchema<unknown, SessionStep> = v.object({
  id: nonEmpty,
  phase: v.picklist(
    ['preparation', 'dosing', 'integration', 'endpoint'],
    'must be "preparation", "dosing", "integration" or "endpoint"',
  ),
  name: nonEmpty,
  durationMinutes: v.optional(v.nullable(amount), null),
  durationApproximate: v.optional(v.boolean(), false),
  week: amount,
  summary: nonEmpty,
  details: v.optional(v.array(block), []),
  sources: sourceIds,
});

const safetyTopic: v.GenericSchema<unknown, SafetyTopic> = v.object({
  id: nonEmpty,
  severity: v.picklist(['information', 'warning', 'urgent'], 'must be "information", "warning" or "urgent"'),
  heading: nonEmpty,
  body: blocks,
  sources: sourceIds,
  addedContent: v.optional(v.boolean(), false),
  asOf: v.optional(isoDate),
  contacts: v.optional(
    v.array(
      v.object({
        name: nonEmpty,
        action: nonEmpty,
        href: v.pipe(v.string(), v.check(isSafeContactHref, 'must be a tel:, sms:, http: or https: link')),
      }),
    ),
  ),
  region: v.optional(text),
});

const schemas = {
  faq: uniqueItems(faqItem),
  studies: uniqueItems(study),
  sessions: uniqueItems(sessionStep),
  safety: uniqueItems(safetyTopic),
};

// The one validation path

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
  const [root, ...rest] = path;
  if (!root || typeof root.key !== 'number') return `the data: ${issue.message}`;
  const value = root.value;
  const id =
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? ` (id "${(value as { id: string }).id}")`
      : '';
  const field = rest.length > 0 ? `field "${fieldPath(rest)}"` : 'the item itself';
  // valibot says 'Invalid key: Expected "question" but received undefined' for a field that is not there.
  const message = issue.input === undefined && rest.length > 0 ? 'is missing' : issue.message;
  return `item ${root.key}${id}, ${field}: ${message}`;
}

/** Runs the schema of `kind` over `input`; on any issue, logs one error naming each problem and returns undefined. */
export function validateHostData(kind: 'faq', input: unknown, element: string): FaqItem[] | undefined;
export function validateHostData(kind: 'studies', input: unknown, element: string): Study[] | undefined;
export function validateHostData(kind: 'sessions', input: unknown, element: string): SessionStep[] | undefined;
export function validateHostData(kind: 'safety', input: unknown, element: string): SafetyTopic[] | undefined;
export function validateHostData(kind: HostDataKind, input: unknown, element: string): unknown[] | undefined {
  // One message per field is enough: stop each field's checks at its first failure.
  const result = v.safeParse(schemas[kind], input, { abortPipeEarly: true });
  if (result.success) return result.output;
  error(
    element,
    `the ${kind} data supplied by the page is invalid, so the bundled content is shown instead. ` +
      result.issues.map(describe).join('; '),
  );
  return undefined;
}

export function validateFaqItems(input: unknown, element: string): FaqItem[] | undefined {
  return validateHostData('faq', input, element);
}

export function validateStudies(input: unknown, element: string): Study[] | undefined {
  return validateHostData('studies', input, element);
}

export function validateSessionSteps(input: unknown, element: string): SessionStep[] | undefined {
  return validateHostData('sessions', input, element);
}

export function validateSafetyTopics(input: unknown, element: string): SafetyTopic[] | undefined {
  return validateHostData('safety', input, element);
}
