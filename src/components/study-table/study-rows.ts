/**
 * The study table's rows as plain data: choosing, filtering and sorting them, and writing them as CSV. No DOM and no
 * Lit: the element renders what these functions return, and the tests call them directly.
 */
import { studies as bundledStudies, studySources } from '../../data/studies.js';
import type { Source, Study } from '../../data/types.js';
import type { HostItems } from '../../internal/host-content/schema.js';
import { mergeItems } from '../../internal/host-content/merge.js';
import { findSource } from '../../internal/provenance/bibliography.js';
import { citationText, doiOf } from '../../internal/provenance/citation.js';
import { isSafeHref } from '../../internal/render/url.js';
import type { SortDirection, StudyColumn, StudyTableStrings } from '../../internal/language/strings/study-table.js';

/**
 * A study as the table holds it: with its citation, the language of its text (undefined for host studies in the
 * page's language), its place in the input order, and whether it is one of the bundled studies (whose text is ours, so
 * the element writes it into its markup; a host's text is only ever rendered as text).
 */
export interface StudyRow {
  readonly study: Study;
  readonly source: Source | undefined;
  readonly language: string | undefined;
  readonly position: number;
  readonly bundled?: boolean;
}

/**
 * The rows in effect, in their unsorted order: the bundled studies, or the host's replacing or extending them (the
 * one rule, merge.ts). Host studies in an unstated language are in the page's: they carry no language of their own.
 */
export function studyRows(host: HostItems<Study> | undefined): StudyRow[] {
  const entry = (study: Study, language: string | undefined, bundled?: boolean) => ({ study, language, bundled });
  const merged = mergeItems(
    bundledStudies.items.map((study) => entry(study, bundledStudies.language, true)),
    host?.items.map((study) => entry(study, host.language)),
    host?.mode,
    (row) => row.study.id,
  );
  return merged.map((row, position) => ({ ...row, source: findSource(studySources, row.study.sourceId), position }));
}

type SortKey = number | string | null;

export const allColumns: readonly StudyColumn[] = [
  'study',
  'phase',
  'design',
  'condition',
  'participants',
  'comparator',
  'primary-outcome',
  'result',
  'outcome',
  'effect-size',
];

/** The summary a reader compares across rows; the rest of each study is in its row's details. */
export const defaultColumns: readonly StudyColumn[] = ['study', 'phase', 'participants', 'condition', 'outcome'];

/**
 * What a summary cell shows for text with a short form, by column (and the outcome's timepoint): the short form, else the
 * full text (never cut).
 */
export const shortText = {
  condition: (study: Study) => study.short?.condition ?? study.condition,
  design: (study: Study) => study.short?.design ?? study.design,
  comparator: (study: Study) => study.short?.comparator ?? study.comparator,
  'primary-outcome': (study: Study) => study.short?.primaryOutcome ?? study.primaryOutcome.measure,
  result: (study: Study) => study.short?.result ?? study.headlineResult,
  outcomeTimepoint: (study: Study) => study.short?.outcomeTimepoint ?? study.outcome?.timepoint,
} as const;

/** The columns a reader, or the `sort` attribute, can sort by; the others have no sort button. */
export type SortableColumn = 'study' | 'phase' | 'condition' | 'participants' | 'comparator' | 'outcome';

/** What each sortable column sorts by (what its cell shows). */
const sortKeys: Record<SortableColumn, (study: Study) => SortKey> = {
  study: (study) => study.year,
  phase: (study) => study.phase,
  condition: shortText.condition,
  participants: (study) => study.participants,
  comparator: shortText.comparator,
  outcome: (study) => study.outcome?.mdmaPercent ?? null,
};

/** The columns that can be sorted, in table order. */
export const sortableColumns: readonly SortableColumn[] = allColumns.filter(isSortable);

export function isSortable(column: string): column is SortableColumn {
  return Object.hasOwn(sortKeys, column);
}

/**
 * The columns to show: the known ones of `requested` in that order, with the study first (it names each row), or the
 * default set when none is known. Unknown names are returned for the element to report.
 */
export function chooseColumns(requested: readonly string[]): { columns: StudyColumn[]; unknown: string[] } {
  if (requested.length === 0) return { columns: [...defaultColumns], unknown: [] };
  const known: StudyColumn[] = [];
  const unknown: string[] = [];
  for (const token of requested) {
    const column = token.toLowerCase();
    if ((allColumns as readonly string[]).includes(column)) known.push(column as StudyColumn);
    else unknown.push(token);
  }
  if (known.length === 0) return { columns: [...defaultColumns], unknown };
  return { columns: ['study', ...known.filter((column) => column !== 'study')], unknown };
}

/** What narrows the rows: study ids (in the order to show), a condition substring and trial phases. */
export interface RowFilter {
  readonly ids: readonly string[];
  readonly condition?: string;
  readonly phases: ReadonlySet<number>;
}

/** The rows `filter` leaves, in input order (or the order of `filter.ids`); ids that name no study are returned too. */
export function filterRows(all: readonly StudyRow[], filter: RowFilter): { rows: StudyRow[]; unknownIds: string[] } {
  let rows = [...all];
  const unknownIds: string[] = [];
  if (filter.ids.length > 0) {
    const byId = new Map(rows.map((row) => [row.study.id, row]));
    const chosen: StudyRow[] = [];
    for (const id of filter.ids) {
      const row = byId.get(id);
      if (row) chosen.push(row);
      else unknownIds.push(id);
    }
    // The order the host listed is the order sorting returns to for equal values.
    if (chosen.length > 0) rows = chosen.map((row, position) => ({ ...row, position }));
  }
  const condition = filter.condition?.trim().toLocaleLowerCase();
  const matches = (text: string | undefined) => text?.toLocaleLowerCase().includes(condition!) ?? false;
  if (condition) rows = rows.filter(({ study }) => matches(study.condition) || matches(study.short?.condition));
  if (filter.phases.size > 0) rows = rows.filter((row) => filter.phases.has(row.study.phase));
  return { rows, unknownIds };
}

/**
 * The kind of outcome a study's figures are: its term, and whether a comparison group was measured too. Figures of
 * different kinds (a response rate, an uncontrolled follow-up) are never ranked against each other.
 */
function outcomeKind(study: Study): string | null {
  const { outcome } = study;
  if (!outcome) return null;
  return `${outcome.term} ${outcome.comparatorPercent === null ? 'uncontrolled' : 'controlled'}`;
}

/**
 * The order of the outcome kinds among `rows`: controlled before uncontrolled, then the kind with the latest-phase trial
 * first (phase 3 evidence before a pilot's), then by term; the same in either sort direction.
 */
function outcomeKindRanks(rows: readonly { readonly study: Study }[]): Map<string, number> {
  const latestPhase = new Map<string, number>();
  for (const { study } of rows) {
    const kind = outcomeKind(study);
    if (kind !== null) latestPhase.set(kind, Math.max(latestPhase.get(kind) ?? 0, study.phase));
  }
  const kinds = [...latestPhase.keys()].sort((a, b) => {
    const uncontrolled = Number(a.endsWith(' uncontrolled')) - Number(b.endsWith(' uncontrolled'));
    return uncontrolled || latestPhase.get(b)! - latestPhase.get(a)! || (a < b ? -1 : a > b ? 1 : 0);
  });
  return new Map(kinds.map((kind, rank) => [kind, rank]));
}

/**
 * Sorts rows by `column`, keeping "Not reported" last in either direction and equal rows in their input order. By
 * outcome, rows are grouped by the kind of outcome, and sorted by the MDMA arm's figure within each kind.
 */
export function sortRows<Row extends { readonly study: Study; readonly position: number }>(
  rows: readonly Row[],
  column: SortableColumn,
  direction: SortDirection,
  compareText: (a: string, b: string) => number,
): Row[] {
  const keyOf = sortKeys[column];
  const sign = direction === 'ascending' ? 1 : -1;
  const kindRanks = column === 'outcome' ? outcomeKindRanks(rows) : undefined;
  const kindRank = (study: Study) => kindRanks?.get(outcomeKind(study) ?? '') ?? 0;
  const keyed = rows.map((row) => ({ row, key: keyOf(row.study), kind: kindRank(row.study) }));
  keyed.sort((a, b) => {
    if (a.key !== null && b.key !== null && a.kind !== b.kind) return a.kind - b.kind;
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return a.row.position - b.row.position;
      return a.key === null ? 1 : -1;
    }
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : compareText(String(a.key), String(b.key));
    return order * sign || a.row.position - b.row.position;
  });
  return keyed.map(({ row }) => row);
}

// CSV

/** A CSV field: quoted when needed, and defused when a spreadsheet would run it as a formula. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvHeadings(column: StudyColumn, strings: StudyTableStrings): string[] {
  const label = strings.columns[column];
  switch (column) {
    case 'study':
      return [label, strings.csv.year];
    case 'participants':
      return [label, strings.arms];
    case 'primary-outcome':
      return [label, strings.csv.primaryOutcomeTimepoint];
    case 'outcome':
      return [label, strings.csv.outcomeDefinition, strings.csv.outcomeTimepoint, strings.csv.mdmaPercent, strings.csv.comparatorPercent];
    default:
      return [label];
  }
}

function csvValues(column: StudyColumn, study: Study, strings: StudyTableStrings, notReported: string): Array<string | number> {
  const orNot = <Value>(value: Value | null | undefined) => value ?? notReported;
  switch (column) {
    case 'study':
      return [study.name, study.year];
    case 'phase':
      return [study.phase];
    case 'design':
      return [study.design];
    case 'condition':
      return [study.condition];
    case 'participants':
      return [orNot(study.participants), study.arms?.map((arm) => `${arm.label}: ${arm.participants}`).join('; ') || notReported];
    case 'comparator':
      return [study.comparator];
    case 'primary-outcome':
      return [study.primaryOutcome.measure, study.primaryOutcome.timepoint];
    case 'result':
      return [study.headlineResult];
    case 'outcome': {
      const outcome = study.outcome;
      if (!outcome) return [notReported, notReported, notReported, notReported, notReported];
      return [strings.outcomeTerms[outcome.term], outcome.definition, outcome.timepoint, orNot(outcome.mdmaPercent), orNot(outcome.comparatorPercent)];
    }
    case 'effect-size':
      return [orNot(study.effectSize)];
  }
}

/**
 * `rows` as CSV, with every field in full: the summary's columns in their order, then the other columns (the row's
 * details), then the citation, DOI and link of each study. "Not reported" values are written as such.
 */
export function rowsToCsv(
  rows: readonly StudyRow[],
  summaryColumns: readonly StudyColumn[],
  strings: StudyTableStrings,
  notReported: string,
): string {
  const columns = [...summaryColumns, ...allColumns.filter((column) => !summaryColumns.includes(column))];
  const header = columns.flatMap((column) => csvHeadings(column, strings));
  header.push(strings.csv.citation, strings.csv.doi, strings.csv.link);
  const lines = [header.map(csvField).join(',')];
  for (const { study, source } of rows) {
    const fields = columns.flatMap((column) => csvValues(column, study, strings, notReported));
    fields.push(source ? citationText(source) : notReported, (source && doiOf(source)) ?? notReported, source && isSafeHref(source.url) ? source.url : notReported);
    lines.push(fields.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
