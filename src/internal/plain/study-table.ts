/**
 * `<study-table>` as plain HTML: a `<table>` with its caption, column headings and a row heading per study, showing the
 * columns `columns` chooses (short forms, as on the element), each study followed by a row holding all of its facts in
 * full behind "Details: <study>", then the outcome terms and the sources. `studies`, `condition`, `phase`, `sort` and
 * `sort-direction` choose and order the rows as on the element; every chosen row is shown (a copy has no pages).
 */
import { chooseColumns, filterRows, isSortable, shortText, sortableColumns, sortRows, allColumns, studyRows, type SortableColumn, type StudyRow } from '../../components/study-table/study-rows.js';
import { studies as bundledStudies } from '../../data/studies.js';
import type { OutcomeComparison, OutcomeTerm, Study } from '../../data/types.js';
import { collator, formatNumber, formatPercent } from '../language/format.js';
import { studiesSchema } from '../host-content/studies.js';
import { localize } from '../language/localize.js';
import { quote, quoteList } from '../element/log.js';
import { escapeHtml, linkHtml } from '../render/markup.js';
import { readOption, readText } from '../element/options.js';
import { commonStrings } from '../language/strings/common.js';
import { plainStrings } from '../language/strings/plain.js';
import { studyTableStrings, type SortDirection, type StudyColumn, type StudyTableStrings } from '../language/strings/study-table.js';
import { shownReview } from '../provenance/review.js';
import {
  attributeValue,
  citationListHtml,
  classes,
  consoleMessages,
  footerHtml,
  hostItems,
  labelHtml,
  langAttribute,
  reviewNoticeHtml,
  rootHtml,
  tokens,
  type Messages,
  type PlainContext,
  type PlainCopy,
  withLanguage,
} from './shared.js';

const outcomeTermOrder: readonly OutcomeTerm[] = ['response', 'no-longer-meeting-criteria', 'remission'];
const sortDirections: readonly SortDirection[] = ['ascending', 'descending'];

/** A free-text attribute, or undefined (with a warning if it is not text). */
function textAttribute(context: PlainContext, name: string, messages: Messages): string | undefined {
  const value = attributeValue(context, name);
  if (value === undefined) return undefined;
  const reading = readText(name, value);
  if (reading.problem === undefined) return reading.value;
  messages.warn(`${reading.problem}; it is ignored.`);
  return undefined;
}

/** The trial phases `phase` asks for; tokens that are not numbers are reported and ignored. */
function phaseFilter(context: PlainContext, messages: Messages): Set<number> {
  const phases = new Set<number>();
  const unknown: string[] = [];
  for (const token of tokens(context, 'phase', messages)) {
    if (/^\d+$/.test(token)) phases.add(Number(token));
    else unknown.push(token);
  }
  if (unknown.length > 0) {
    messages.warn(`phase: ${quoteList(unknown)} ${unknown.length === 1 ? 'is not a trial phase number' : 'are not trial phase numbers'} such as 2 or 3; ignored.`);
  }
  return phases;
}

/** The column and direction of the `sort` and `sort-direction` attributes, if the column is sortable and shown. */
function chosenSort(context: PlainContext, columns: readonly StudyColumn[], messages: Messages): { column: SortableColumn; direction: SortDirection } | undefined {
  const directionValue = attributeValue(context, 'sort-direction');
  let direction: SortDirection = 'ascending';
  if (directionValue !== undefined) {
    const reading = readOption('sort-direction', directionValue, sortDirections);
    if (reading.problem === undefined) direction = reading.value;
    else messages.warn(`${reading.problem}; using "ascending".`);
  }
  const requested = textAttribute(context, 'sort', messages)?.trim().toLowerCase();
  if (requested === undefined || requested === '') return undefined;
  const sort = quote(attributeValue(context, 'sort'));
  if (!isSortable(requested)) {
    messages.warn(`sort=${sort} is not a sortable column; use ${sortableColumns.join(', ')}. The table is not sorted.`);
    return undefined;
  }
  if (!columns.includes(requested)) {
    messages.warn(`sort=${sort} names a column that the columns attribute hides; the table is not sorted.`);
    return undefined;
  }
  return { column: requested, direction };
}

/** How the cells and details of one copy are written. */
class StudyCells {
  readonly #context: PlainContext;
  readonly strings: StudyTableStrings;
  readonly #notReported: string;

  constructor(context: PlainContext) {
    this.#context = context;
    this.strings = localize(studyTableStrings, context.lang);
    this.#notReported = escapeHtml(localize(commonStrings, context.lang).notReported);
  }

  /** Study content, marked with its language where it differs from the copy's. */
  content(text: string, language: string | undefined): string {
    return withLanguage(text, language, this.#context);
  }

  number(value: number): string {
    return formatNumber(value, this.#context.lang);
  }

  orNotReported(text: string | null, language: string | undefined): string {
    return text === null ? this.#notReported : this.content(text, language);
  }

  /** "MDMA: 71.2%" and "Comparator: 47.6%", each with its count where verified, one under the other. */
  armFigures(outcome: OutcomeComparison, language: string | undefined): string {
    const figure = (value: number | null, count: string | undefined) =>
      value === null ? this.#notReported : `${formatPercent(value, this.#context.lang)}${count ? ` (${this.content(count, language)})` : ''}`;
    return (
      `${escapeHtml(this.strings.mdmaArm)}: ${figure(outcome.mdmaPercent, outcome.mdmaCount)}<br>` +
      `${escapeHtml(this.strings.comparatorArm)}: ${figure(outcome.comparatorPercent, outcome.comparatorCount)}`
    );
  }

  /** The outcome pair with its term and when it was measured; its definition is in the details. */
  outcome(study: Study, language: string | undefined): string {
    const outcome = study.outcome;
    if (!outcome) return this.#notReported;
    const timepoint = shortText.outcomeTimepoint(study) ?? outcome.timepoint;
    return `${escapeHtml(this.strings.outcomeTerms[outcome.term])}<br>${this.content(timepoint, language)}<br>${this.armFigures(outcome, language)}`;
  }

  /** A summary cell: figures as they are, text in its short form (as on the element). */
  cell(column: Exclude<StudyColumn, 'study'>, { study, language }: StudyRow): string {
    switch (column) {
      case 'phase':
        return this.number(study.phase);
      case 'design':
        return this.content(shortText.design(study), language);
      case 'condition':
        return this.content(shortText.condition(study), language);
      case 'participants':
        return study.participants === null ? this.#notReported : this.number(study.participants);
      case 'comparator':
        return this.content(shortText.comparator(study), language);
      case 'primary-outcome':
        return this.content(shortText['primary-outcome'](study), language);
      case 'result':
        return this.content(shortText.result(study), language);
      case 'outcome':
        return this.outcome(study, language);
      case 'effect-size':
        return this.orNotReported(study.effectSize, language);
    }
  }

  /** The row's heading: the study's name, linked to its paper, with its year where the name lacks it. */
  studyHeading({ study, source, language }: StudyRow): string {
    const lang = langAttribute(language, this.#context);
    const name = source ? linkHtml(study.name, source.url) : escapeHtml(study.name);
    const year = study.name.includes(String(study.year)) ? '' : `<br>${study.year}`;
    return `<th scope="row"${lang}>${name}${year}</th>`;
  }

  /** Everything about a study, in full: what the summary row leaves out or shortens, with its sources. */
  details(row: StudyRow): string {
    const { study, language } = row;
    const { strings } = this;
    const content = (text: string) => this.content(text, language);
    const fact = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`;
    const arms = study.arms?.length
      ? `<ul>${study.arms.map((arm) => `<li>${content(arm.label)}: ${this.number(arm.participants)}</li>`).join('')}</ul>`
      : '';
    const outcome = study.outcome;
    const sources = citationListHtml(study.sources, this.#context);
    return (
      `<dl>` +
      fact(strings.columns.design, `${content(study.design)} (${escapeHtml(strings.phase(this.number(study.phase)))})`) +
      fact(strings.columns.condition, content(study.condition)) +
      fact(strings.columns.participants, `${study.participants === null ? this.#notReported : this.number(study.participants)}${arms}`) +
      fact(strings.columns.comparator, content(study.comparator)) +
      fact(
        strings.columns['primary-outcome'],
        `${content(study.primaryOutcome.measure)}<br>${escapeHtml(strings.timepoint)}: ${content(study.primaryOutcome.timepoint)}`,
      ) +
      fact(strings.columns.result, content(study.headlineResult)) +
      (outcome
        ? fact(
            strings.columns.outcome,
            `${escapeHtml(strings.outcomeTerms[outcome.term])}: ${content(outcome.definition)}<br>${this.armFigures(outcome, language)}<br>` +
              `${escapeHtml(strings.timepoint)}: ${content(outcome.timepoint)}`,
          )
        : '') +
      fact(strings.columns['effect-size'], this.orNotReported(study.effectSize, language)) +
      (sources ? fact(localize(commonStrings, this.#context.lang).sources, sources) : '') +
      `</dl>`
    );
  }
}

/** The study's summary row and the row holding its details, in one row group. */
function studyHtml(row: StudyRow, columns: readonly StudyColumn[], cells: StudyCells): string {
  // The column's name goes with each cell, for a stylesheet that shows a narrow table as cards (dist/plain/mdma-widgets.css).
  const summary = columns
    .map((column) =>
      column === 'study' ? cells.studyHeading(row) : `<td data-label="${escapeHtml(cells.strings.columns[column])}">${cells.cell(column, row)}</td>`,
    )
    .join('');
  const label = `${cells.strings.details}: ${row.study.name}`;
  return (
    `<tbody${classes('study')}><tr>${summary}</tr>` +
    `<tr${classes('details-row')}><td colspan="${columns.length}"><details${classes('details')}>` +
    `<summary>${cells.content(label, row.language)}</summary>${cells.details(row)}</details></td></tr></tbody>`
  );
}

/** The definitions of the outcome terms the shown rows use, when the outcome column is shown. */
function footnotesHtml(rows: readonly StudyRow[], columns: readonly StudyColumn[], strings: StudyTableStrings): string {
  if (!columns.includes('outcome')) return '';
  const used = new Set(rows.map((row) => row.study.outcome?.term).filter(Boolean));
  const terms = outcomeTermOrder.filter((term) => used.has(term));
  if (terms.length === 0) return '';
  const definitions = terms.map((term) => `<dt>${escapeHtml(strings.outcomeTerms[term])}</dt><dd>${escapeHtml(strings.outcomeTermDefinitions[term])}</dd>`);
  return `<div${classes('footnotes')}>${labelHtml(strings.footnotesTitle)}<dl>${definitions.join('')}</dl></div>`;
}

export function plainStudyTable(context: PlainContext): PlainCopy {
  const messages = consoleMessages(context);
  const cells = new StudyCells(context);
  const { strings } = cells;
  const { columns, unknown } = chooseColumns(tokens(context, 'columns', messages));
  if (unknown.length > 0) {
    messages.warn(`columns: ${quoteList(unknown)} ${unknown.length === 1 ? 'is not a column' : 'are not columns'}; use ${allColumns.join(', ')}.`);
  }
  const host = hostItems<Study>(context, studiesSchema, messages);
  const all = studyRows(host);
  const filter = { ids: tokens(context, 'studies', messages), condition: textAttribute(context, 'condition', messages), phases: phaseFilter(context, messages) };
  const { rows: selected, unknownIds } = filterRows(all, filter);
  if (unknownIds.length > 0) {
    const outcome = unknownIds.length === filter.ids.length ? 'showing all studies' : unknownIds.length === 1 ? 'it is skipped' : 'they are skipped';
    messages.warn(`studies: no study has the id ${quoteList(unknownIds)}; ${outcome}.`);
  }
  const sort = chosenSort(context, columns, messages);
  const rows = sort ? sortRows(selected, sort.column, sort.direction, collator(context.lang).compare) : selected;
  const review = shownReview(host, [bundledStudies]);

  const sortNote = (column: StudyColumn) => (strings.sortNotes[column] ? `${strings.columns[column]} (${strings.sortNotes[column]})` : strings.columns[column]);
  const caption = [
    strings.captionTitle,
    host ? strings.captionSourceHost : strings.captionSourceBundled,
    localize(plainStrings, context.lang).studyDetailsHint,
    ...(sort ? [`${strings.sorted(sortNote(sort.column), strings[sort.direction])}.`] : []),
  ];
  const headings = columns.map(
    (column) => `<th scope="col"${sort?.column === column ? ` aria-sort="${sort.direction}"` : ''}>${escapeHtml(strings.columns[column])}</th>`,
  );
  const body =
    rows.length > 0
      ? rows.map((row) => studyHtml(row, columns, cells)).join('')
      : `<tbody><tr><td colspan="${columns.length}">${escapeHtml(strings.noMatches)}</td></tr></tbody>`;
  const html = rootHtml(
    context,
    reviewNoticeHtml(review, context) +
      `<table${classes('table')}><caption>${escapeHtml(caption.join(' '))}</caption>` +
      `<thead><tr>${headings.join('')}</tr></thead>${body}</table>` +
      footnotesHtml(rows, columns, strings) +
      footerHtml(
        rows.flatMap((row) => row.study.sources),
        review,
        context,
      ),
  );
  return { html, review };
}
