import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { citedSources } from '../../internal/provenance/bibliography.js';
import { studies as bundledStudies, studySources } from '../../data/studies.js';
import type { OutcomeComparison, OutcomeTerm, Study } from '../../data/types.js';
import { onDisclosureToggle, openDisclosures, showDisclosures } from '../../internal/page/disclosure.js';
import { collator, formatNumber, formatPercent } from '../../internal/language/format.js';
import { HostDataController, type HostItems } from '../../internal/host-content/controller.js';
import type { StudyData } from '../../internal/host-content/input.js';
import { studiesSchema } from '../../internal/host-content/studies.js';
import { localize } from '../../internal/language/localize.js';
import { citationHtml, escapeHtml } from '../../internal/render/markup.js';
import { attribute, quote, quoteList } from '../../internal/element/log.js';
import { shownReview } from '../../internal/provenance/review.js';
import { renderReviewNotice, renderSourcesFooter } from '../../internal/provenance/sources-footer.js';
import { optionOf, textOf, tokensOf } from '../../internal/element/options.js';
import { commonStrings } from '../../internal/language/strings/common.js';
import {
  studyTableStrings,
  type SortDirection,
  type StudyColumn,
  type StudyTableStrings,
} from '../../internal/language/strings/study-table.js';
import { markup, staticMarkup } from '../../internal/render/static-markup.js';
import { isSafeHref } from '../../internal/render/url.js';
import { WidgetElement } from '../../internal/element/widget-element.js';
import {
  allColumns,
  chooseColumns,
  filterRows,
  isSortable,
  rowsToCsv,
  shortText,
  sortableColumns,
  sortRows,
  studyRows,
  type RowFilter,
  type SortableColumn,
  type StudyRow,
} from './study-rows.js';
import { styles } from './study-table.styles.js';

export type { SortDirection, StudyColumn } from '../../internal/language/strings/study-table.js';
export type { SortableColumn } from './study-rows.js';

/** Detail of the `study-table-sort` event. */
export interface StudyTableSortDetail {
  readonly column: SortableColumn;
  readonly direction: SortDirection;
}

/** Detail of the `study-table-toggle` event. */
export interface StudyTableToggleDetail {
  /** The study's id. */
  readonly id: string;
  /** Whether its details are now open. */
  readonly open: boolean;
}

/** The events `<study-table>` dispatches, by type. They bubble and cross shadow roots, up to the document and the window. */
export interface StudyTableEventMap {
  'study-table-sort': CustomEvent<StudyTableSortDetail>;
  'study-table-toggle': CustomEvent<StudyTableToggleDetail>;
}

/** Columns whose values are numbers: right-aligned, in tabular figures (the outcome cell aligns its own figures). */
const numericColumns: ReadonlySet<StudyColumn> = new Set(['participants']);

const sortDirections: readonly SortDirection[] = ['ascending', 'descending'];
const outcomeTermOrder: readonly OutcomeTerm[] = ['response', 'no-longer-meeting-criteria', 'remission'];
const defaultPageSize = 25;

/**
 * The clinical studies table: one row per trial of MDMA-assisted therapy with the figures a reader compares (phase,
 * participants, condition, and the primary outcome as numbers with paired bars), and the rest of each study (design,
 * arms, comparator, outcome measure, headline result, effect size, sources) in full in that row's details. From 40em of
 * its own width it is a table that fits without scrolling sideways; narrower, in a sidebar or on a phone, each study is
 * a card. Sortable, filterable and downloadable as CSV (every field, in full). Host studies come from the `data` property
 * or a `<script type="application/json">` child (an array, or `{ items, mode, language, lastReviewed }`), which is read,
 * never shown.
 *
 * @summary A sortable table of the clinical studies of MDMA-assisted therapy that fits any column, each study linked to
 * its paper with its details one step away.
 *
 * @fires {CustomEvent<StudyTableSortDetail>} study-table-sort - When the reader sorts a column: `detail.column` (a column
 *   key such as `participants`) and `detail.direction` (`ascending` or `descending`). Bubbles and crosses shadow roots.
 * @fires {CustomEvent<StudyTableToggleDetail>} study-table-toggle - When the reader opens or closes a study's details:
 *   `detail.id` (the study's id) and `detail.open`. Bubbles and crosses shadow roots.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart scroller - The region around the table; it scrolls only if a page's own styles make the table too wide.
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart sort-button - Each column heading's sort button.
 * @csspart chart - The paired bar chart in an outcome cell.
 * @csspart details-button - The "Details" summary under each study's row, which opens and closes its details.
 * @csspart details - A study's details: the full design, arms, comparator, outcome measure, results and sources.
 * @csspart pagination - The page controls, shown only when there are more studies than `page-size`.
 * @csspart download-button - The "Download CSV" button.
 * @csspart footnotes - The definitions of the outcome terms under the table.
 * @csspart footer - The sources and review date.
 * @csspart sources-toggle - "Sources (N)", which opens a list of four sources or more; shorter lists are always shown.
 *
 * @cssprop [--mdma-font-family=inherit] - Font family; the page's by default.
 * @cssprop [--mdma-font-size=1em] - Base font size.
 * @cssprop [--mdma-color-text=#1f2328] - Text.
 * @cssprop [--mdma-color-muted=#4f5863] - Secondary text ("Not reported", timepoints) and the comparator bar.
 * @cssprop [--mdma-color-accent=#005eb8] - Links, buttons and the MDMA bar.
 * @cssprop [--mdma-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--mdma-color-surface=#ffffff] - Background.
 * @cssprop [--mdma-color-surface-raised=#f2f5f7] - Heading row, open details and the bar chart's track.
 * @cssprop [--mdma-color-border=#6b7785] - Table rules and card borders.
 * @cssprop [--mdma-color-focus=#ffd33d] - Focus ring.
 * @cssprop [--mdma-color-focus-text=#0b0c0c] - Focus ring's contrasting edge.
 * @cssprop [--mdma-radius=0.375em] - Corner radius of cards and buttons.
 * @cssprop [--mdma-space-xs=0.25em] - Smallest spacing.
 * @cssprop [--mdma-space-s=0.5em] - Cell padding.
 * @cssprop [--mdma-space-m=1em] - Spacing between parts.
 * @cssprop [--mdma-font-size-small=0.875em] - Secondary text.
 */
export class StudyTable extends WidgetElement {
  static override styles = [WidgetElement.styles, styles];

  /** Which studies to show and in what order: ids separated by spaces or commas. All studies when unset. */
  @property() studies?: string | readonly string[] | undefined;

  /**
   * The summary columns and their order: `study`, `phase`, `design`, `condition`, `participants`, `comparator`,
   * `primary-outcome`, `result`, `outcome`, `effect-size` (default `study phase participants condition outcome`). The
   * study column always comes first: it names each row. Text columns show a short form; every field is in full in the
   * row's details and in the CSV, whichever columns are chosen. More than five columns need more room: the table then
   * becomes cards below 60em instead of 40em.
   */
  @property() columns?: string | readonly StudyColumn[] | undefined;

  /** The column sorted at first: `study` (by year), `phase`, `condition`, `participants`, `comparator` or `outcome` (by the MDMA arm, within each outcome type). */
  @property() sort?: SortableColumn | undefined;

  /** Direction of the initial sort: `ascending` (default) or `descending`. */
  @property({ attribute: 'sort-direction' }) sortDirection?: SortDirection | undefined;

  /** Shows only studies whose condition contains this text, ignoring case (e.g. `anxiety`). */
  @property() condition?: string | undefined;

  /** Shows only studies of these trial phases, separated by spaces or commas (e.g. `3`, or `2 3`). */
  @property() phase?: string | number | readonly number[] | undefined;

  /** Denser rows and smaller type, for a sidebar or a long page. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Studies shown per page (default 25); the page controls appear only when there are more. */
  @property({ attribute: 'page-size' }) pageSize?: number | string | undefined;

  /**
   * A short name for this table, added to the names of its page controls (and of its region, when a page's styles make
   * it scroll) so that they stay apart from another table's. Without it they take the text of the heading before the
   * element, and a number after the first under that heading.
   */
  @property() label?: string;

  /**
   * Host-supplied studies: an array of studies, or `{ items, mode: 'replace' | 'extend', language, lastReviewed }`.
   * Validated before use; invalid data is reported in the console and the bundled studies are shown.
   */
  @property({ attribute: false }) data?: StudyData | undefined;

  /** The column the reader (or the `sort` attribute) sorted by. */
  @state() private sortColumn?: SortableColumn;
  @state() private sortOrder: SortDirection = 'ascending';
  /** The latest sort, for the polite live region; empty until the reader sorts. */
  @state() private announcement = '';
  /** Zero-based page index. */
  @state() private page = 0;
  /** Ids of the studies whose details are open; they stay open through sorting and paging. */
  @state() private openDetails: ReadonlySet<string> = new Set();
  /** Whether the wide table is wider than the element, so its region must be focusable for keyboard scrolling. */
  @state() private overflowing = false;

  @query('.scroller') private scroller?: HTMLElement;

  readonly #hostData = new HostDataController<Study>(
    this,
    'studies',
    studiesSchema,
    { property: () => this.data, provider: () => this.settings?.data?.studies },
    this.messages,
  );
  #resizeObserver?: ResizeObserver;
  #resizeObserverView?: Window | null;
  /** Every row before filtering, rebuilt only when the host data in use changes. */
  #rows?: readonly StudyRow[];
  #rowsSource?: HostItems<Study> | undefined;
  /** Filtered and sorted rows (all pages), recomputed only when the rows, filters, sort or language change. */
  #visible: readonly StudyRow[] = [];
  #visibleKey = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Layout is decided by container queries; this only tells whether the wide table overflows its region. The
    // observer is the element's own window's: one from the window it was moved out of would go on watching it, and
    // reporting errors to that window, after a frame it was moved into is gone.
    const view = this.ownerDocument.defaultView;
    if (this.#resizeObserverView !== view) {
      this.#resizeObserver?.disconnect();
      this.#resizeObserver = view ? new view.ResizeObserver(() => this.#measureOverflow()) : undefined;
      this.#resizeObserverView = view;
    }
    if (this.hasUpdated) this.#observeScroller();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sort') || changed.has('sortDirection')) this.#applySortAttributes();
    else if (changed.has('columns') && this.sortColumn && !this.#shownColumns.includes(this.sortColumn)) this.sortColumn = undefined;
    if (changed.has('studies') || changed.has('condition') || changed.has('phase') || changed.has('data')) this.page = 0;
    this.#refreshRows();
  }

  protected override firstUpdated(): void {
    this.#observeScroller();
    // A study's Details has no binding: its toggles are heard at the root, and its state is set on it (`updated`).
    onDisclosureToggle(this.renderRoot, '.details-toggle', 'details-for', (id, open) => this.#detailsToggled(id, open));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    showDisclosures(this.renderRoot, '.details-toggle', 'details-for', this.openDetails);
  }

  protected override adoptReaderState(): void {
    this.openDetails = openDisclosures(this.renderRoot, '.details-toggle', 'details-for');
  }

  /**
   * The rows as shown (all pages, filtered and sorted) as CSV, every field in full: the summary columns in order, then
   * the other columns, then the citation, DOI and link of each study. "Not reported" values are written as such.
   */
  toCsv(): string {
    return rowsToCsv(this.#refreshRows(), this.#shownColumns, this.#strings, localize(commonStrings, this.language).notReported);
  }

  #observeScroller(): void {
    const scroller = this.scroller;
    if (!scroller || !this.#resizeObserver) return;
    this.#resizeObserver.disconnect();
    this.#resizeObserver.observe(scroller);
    const table = scroller.querySelector('table');
    if (table) this.#resizeObserver.observe(table);
  }

  #measureOverflow(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.overflowing = scroller.scrollWidth > scroller.clientWidth + 1;
  }

  #handleSort(column: SortableColumn): void {
    const direction: SortDirection = this.sortColumn === column && this.sortOrder === 'ascending' ? 'descending' : 'ascending';
    this.sortColumn = column;
    this.sortOrder = direction;
    this.page = 0;
    const strings = this.#strings;
    this.announcement = strings.sorted(this.#sortName(column, strings), strings[direction]);
    this.emit<StudyTableSortDetail>('study-table-sort', { column, direction });
  }

  /**
   * A study's details opened or closed: by the reader (a click, Enter or Space on its Details button, before or after
   * the script arrived), or by `updated`. The state is the disclosure's own; the widget keeps it through sorting and
   * paging.
   */
  #detailsToggled(id: string, open: boolean): void {
    if (open === this.openDetails.has(id)) return;
    const next = new Set(this.openDetails);
    if (open) next.add(id);
    else next.delete(id);
    this.openDetails = next;
    this.emit<StudyTableToggleDetail>('study-table-toggle', { id, open });
  }

  #handleDownload(): void {
    const blob = new Blob(['\uFEFF', this.toCsv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = this.#strings.csvFileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // The download has started from the link; the object URL is no longer needed once this task ends.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  #goToPage(page: number, pages: number): void {
    // The buttons at either end stay focusable (aria-disabled), so keyboard focus is never dropped on the last page.
    if (page < 0 || page >= pages) return;
    this.page = page;
  }

  get #strings(): StudyTableStrings {
    return localize(studyTableStrings, this.language);
  }

  /** The columns shown, validated: the `columns` attribute's known keys with the study first, or the default set. */
  get #shownColumns(): StudyColumn[] {
    const { columns, unknown } = chooseColumns(tokensOf(this.messages, 'columns', this.columns));
    if (unknown.length > 0) {
      this.messages.warn(`columns: ${quoteList(unknown)} ${unknown.length === 1 ? 'is not a column' : 'are not columns'}; use ${allColumns.join(', ')}.`);
    }
    return columns;
  }

  #applySortAttributes(): void {
    const direction = optionOf(this.messages, 'sort-direction', this.sortDirection, sortDirections, 'ascending');
    const requested = textOf(this.messages, 'sort', this.sort)?.trim().toLowerCase();
    this.sortOrder = direction;
    this.page = 0;
    this.sortColumn = undefined;
    if (requested === undefined || requested === '') return;
    if (!isSortable(requested)) {
      this.messages.warn(`sort=${quote(this.sort)} is not a sortable column; use ${sortableColumns.join(', ')}. The table is not sorted.`);
    } else if (!this.#shownColumns.includes(requested)) {
      this.messages.warn(`sort=${quote(this.sort)} names a column that the columns attribute hides; the table is not sorted.`);
    } else {
      this.sortColumn = requested;
    }
  }

  /** Brings the rows and the filtered, sorted rows up to date; cheap when nothing they depend on changed. */
  #refreshRows(): readonly StudyRow[] {
    const host = this.#hostData.items;
    const rowsChanged = !this.#rows || host !== this.#rowsSource;
    if (rowsChanged) {
      this.#rows = studyRows(host);
      this.#rowsSource = host;
    }
    const filter: RowFilter = { ids: tokensOf(this.messages, 'studies', this.studies), condition: textOf(this.messages, 'condition', this.condition), phases: this.#phaseFilter() };
    const key = JSON.stringify([filter.ids, filter.condition, [...filter.phases], this.sortColumn, this.sortOrder, this.language]);
    if (rowsChanged || key !== this.#visibleKey) {
      const selected = this.#selectedRows(this.#rows ?? [], filter);
      // The collator is built only when a column is sorted: building one is costly, and most tables start unsorted.
      this.#visible = this.sortColumn
        ? sortRows(selected, this.sortColumn, this.sortOrder, collator(this.language).compare)
        : selected;
      this.#visibleKey = key;
    }
    return this.#visible;
  }

  /** The studies chosen by the `studies`, `condition` and `phase` attributes, in input (or `studies`) order. */
  #selectedRows(all: readonly StudyRow[], filter: RowFilter): StudyRow[] {
    const { rows, unknownIds } = filterRows(all, filter);
    if (unknownIds.length === filter.ids.length && unknownIds.length > 0) {
      this.messages.warn(`studies: no study has the id ${quoteList(unknownIds)}; showing all studies.`);
    } else if (unknownIds.length > 0) {
      this.messages.warn(`studies: no study has the id ${quoteList(unknownIds)}; ${unknownIds.length === 1 ? 'it is' : 'they are'} skipped.`);
    }
    return rows;
  }

  #phaseFilter(): Set<number> {
    const phases = new Set<number>();
    const unknown: string[] = [];
    for (const token of tokensOf(this.messages, 'phase', this.phase)) {
      if (/^\d+$/.test(token)) phases.add(Number(token));
      else unknown.push(token);
    }
    if (unknown.length > 0) {
      this.messages.warn(`phase: ${quoteList(unknown)} ${unknown.length === 1 ? 'is not a trial phase number' : 'are not trial phase numbers'} such as 2 or 3; ignored.`);
    }
    return phases;
  }

  get #pageSize(): number {
    const text = textOf(this.messages, 'page-size', this.pageSize);
    if (text === undefined) return defaultPageSize;
    const size = Number(text);
    if (Number.isInteger(size) && size > 0) return size;
    this.messages.warn(`${attribute('page-size', this.pageSize)} is not a whole number above 0; using ${defaultPageSize}.`);
    return defaultPageSize;
  }

  #sortName(column: StudyColumn, strings: StudyTableStrings): string {
    const note = strings.sortNotes[column];
    return note ? `${strings.columns[column]} (${note})` : strings.columns[column];
  }

  #renderSortIcon(direction: SortDirection | undefined): TemplateResult {
    // Up and down triangles: the sorted direction is filled and the other hollow, so the state never rests on colour.
    return html`<svg class="sort-icon" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
      <path class=${direction === 'ascending' ? 'active' : 'inactive'} d="M5 1 L9 6 H1 Z" />
      <path class=${direction === 'descending' ? 'active' : 'inactive'} d="M5 13 L9 8 H1 Z" />
    </svg>`;
  }

  #renderHeading(column: StudyColumn, strings: StudyTableStrings): TemplateResult {
    const label = strings.columns[column];
    const numeric = numericColumns.has(column) ? ' numeric' : '';
    if (!isSortable(column)) {
      return html`<th role="columnheader" scope="col" class=${`unsortable${numeric}`} data-column=${column}>${label}</th>`;
    }
    const sorted = this.sortColumn === column ? this.sortOrder : undefined;
    // The space before the note is inside its span, so that the button's name keeps it: "Study (by year)".
    const note = strings.sortNotes[column];
    return html`<th role="columnheader" scope="col" class=${`sortable${numeric}`} data-column=${column} aria-sort=${sorted ?? nothing}>
      <button type="button" part="sort-button" class="link-button sort-button" @click=${() => this.#handleSort(column)}>
        <span class="sort-label">${label}${note ? html`<span class="sort-note"> (${note})</span>` : nothing}</span
        >${this.#renderSortIcon(sorted)}
      </button>
    </th>`;
  }

  /**
   * A study: its summary row, then a row with its Details disclosure, together in one row group (one card when narrow).
   * The disclosure is native: it opens with a click, Enter or Space before and without the script, and prints open; the
   * element keeps its state (see `updated`). A bundled study is written as markup, one template without bindings (cloned,
   * and written by a server with no markers inside); a host's study is built by the same code, its text, ids and figures
   * bound as text.
   */
  #renderStudy(row: StudyRow, columns: readonly StudyColumn[], strings: StudyTableStrings): TemplateResult {
    const { study, source, language } = row;
    const { outcome } = study;
    const locale = this.language;
    const common = localize(commonStrings, locale);
    // The build collapses the white space of these templates as it does Lit's (scripts/minify-templates.js).
    const write = markup(!!row.bundled);
    // Our own words, written in for a host's study too.
    const ours = (text: string) => staticMarkup(escapeHtml(text));
    // Study content in its own language (English when bundled), so screen readers pronounce it right on any page.
    const lang = language ?? nothing;
    const content = (text: string) => write`<span lang="${lang}">${text}</span>`;
    const figure = (text: string) => write`<span class="figure">${text}</span>`;
    const number = (value: number) => figure(formatNumber(value, locale));
    const notReported = staticMarkup(`<span class="not-reported">${escapeHtml(common.notReported)}</span>`);
    const orNotReported = (text: string | null) => (text === null ? notReported : content(text));
    // "MDMA: 71.2%" and "Comparator: 47.6%", each with its count where verified, in tabular figures. The space before a
    // count is inside its span: a space standing alone between two elements is lost from the accessible name.
    const figures = (value: number | null, count: string | undefined) =>
      value === null
        ? notReported
        : write`${figure(formatPercent(value, locale))}${count ? write`<span class="secondary count"> (${content(count)})</span>` : ''}`;
    const arm = (name: string, label: string, value: number | null, count: string | undefined) =>
      write`<span class="arm"><span class="arm-label"><span class="swatch ${staticMarkup(name)}" aria-hidden="true"></span>${ours(label)}:</span>
          <span class="arm-figure">${figures(value, count)}</span></span>`;
    const arms = (pair: OutcomeComparison) =>
      write`${arm('mdma', strings.mdmaArm, pair.mdmaPercent, pair.mdmaCount)}
        ${arm('comparator', strings.comparatorArm, pair.comparatorPercent, pair.comparatorCount)}`;
    const bar = (name: string, value: number | null, y: number) =>
      write`<rect class="track" x="0" y="${y}" width="100" height="8" />${
        value === null ? '' : write`<rect class="bar ${staticMarkup(name)}" x="0" y="${y}" width="${Math.min(Math.max(value, 0), 100)}" height="8" />`
      }`;
    // The outcome pair in figures with its bars (both on one 0–100 scale, so the difference is the gap between their
    // ends), its term and when it was measured; its definition is in the details.
    const outcomeCell = (pair: OutcomeComparison) =>
      write`<span class="outcome-term">${ours(strings.outcomeTerms[pair.term])}</span>
        <span class="secondary block">${content(shortText.outcomeTimepoint(study) ?? pair.timepoint)}</span>
        ${arms(pair)}
        ${
          pair.mdmaPercent !== null || pair.comparatorPercent !== null
            ? write`<svg class="chart" part="chart" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            ${bar('mdma', pair.mdmaPercent, 0)}${bar('comparator', pair.comparatorPercent, 12)}
          </svg>`
            : ''
        }`;
    // A summary cell: figures as they are, text in its short form.
    const cellValue = (column: Exclude<StudyColumn, 'study'>) => {
      switch (column) {
        case 'phase':
          return number(study.phase);
        case 'participants':
          return study.participants === null ? notReported : number(study.participants);
        case 'outcome':
          return outcome ? outcomeCell(outcome) : notReported;
        case 'effect-size':
          return orNotReported(study.effectSize);
        default:
          return content(shortText[column](study));
      }
    };
    const name = source && isSafeHref(source.url) ? write`<a href="${source.url}" lang="${lang}">${study.name}</a>` : content(study.name);
    // The year is part of most study names ("Mitchell et al. 2023"); it is added only where the name lacks it. The
    // journal is in the details, with the paper's full citation.
    const year = study.name.includes(String(study.year)) ? '' : write`<span class="secondary block">${study.year}</span>`;
    // A summary cell's label (shown when the table is cards) and its value.
    const labelled = (column: StudyColumn, value: TemplateResult) =>
      write` <span class="cell-label" aria-hidden="true">${ours(strings.columns[column])}</span> <span class="cell-value">${value}</span> `;
    const cell = (column: StudyColumn) =>
      column === 'study'
        ? write`<th role="rowheader" scope="row" class="study">${labelled(column, write`${name} ${year}`)}</th>`
        : write`<td role="cell"${staticMarkup(numericColumns.has(column) ? ' class="numeric"' : '')} data-column="${staticMarkup(column)}">${labelled(
            column,
            cellValue(column),
          )}</td>`;
    // One fact of the details: its label, then its value in full.
    const fact = (key: StudyColumn | 'sources', value: TemplateResult) =>
      write`<div class="fact" data-fact="${staticMarkup(key)}">
          <dt>${ours(key === 'sources' ? common.sources : strings.columns[key])}</dt>
          <dd>${value}</dd>
        </div> `;
    // The works it cites are bundled, whoever gives the study: their list is our markup.
    const citations = citedSources(studySources, study.sources).map(citationHtml).join('');
    // Everything about the study that the summary leaves out or shortens, in full, with its sources.
    const facts = [
      fact('design', write`${content(study.design)} <span class="secondary">(${strings.phase(formatNumber(study.phase, locale))})</span>`),
      fact('condition', content(study.condition)),
      fact(
        'participants',
        write`${study.participants === null ? notReported : number(study.participants)} ${
          study.arms?.length
            ? write`<ul class="arms" aria-label="${ours(strings.arms)}">
            ${study.arms.map((entry) => write`<li>${content(entry.label)}: ${number(entry.participants)}</li>`)}
          </ul>`
            : ''
        }`,
      ),
      fact('comparator', content(study.comparator)),
      fact(
        'primary-outcome',
        write`${content(study.primaryOutcome.measure)}
          <span class="block">${ours(strings.timepoint)}: ${content(study.primaryOutcome.timepoint)}</span>`,
      ),
      fact('result', content(study.headlineResult)),
      outcome
        ? fact(
            'outcome',
            write`<span class="outcome-term">${ours(strings.outcomeTerms[outcome.term])}: </span>${content(outcome.definition)}
            <span class="block">${arms(outcome)}</span>
            <span class="block">${ours(strings.timepoint)}: ${content(outcome.timepoint)}</span>`,
          )
        : '',
      fact('effect-size', orNotReported(study.effectSize)),
      citations ? fact('sources', staticMarkup(`<ol class="details-sources" lang="en">${citations}</ol>`)) : '',
    ];
    return write`<tbody role="rowgroup" class="study-group">
      <tr role="row" class="summary" data-id="${study.id}"> ${columns.map(cell)} </tr>
      <tr role="row" class="details-row" data-details-for="${study.id}">
        <td role="cell" colspan="${columns.length}" class="details-cell">
          <details class="details-toggle">
            <summary class="details-button" part="details-button">
              <span class="details-label">${ours(strings.details)}</span><span class="visually-hidden"> (${content(study.name)})</span
              ><span class="disclosure-chevron" aria-hidden="true"></span>
            </summary>
            <div class="details" part="details"><dl class="facts"> ${facts}</dl></div>
          </details>
        </td>
      </tr>
    </tbody>`;
  }

  /** What the table shows and where it comes from; the review date is said once, in the footer. */
  #renderCaption(strings: StudyTableStrings, hosted: boolean): TemplateResult {
    return html`<caption part="caption">
      <span class="caption-title" id="caption-title">${strings.captionTitle}</span>
      <span class="caption-detail" id="caption-detail">
        ${hosted ? strings.captionSourceHost : strings.captionSourceBundled}
        <span class="control-hints">${strings.sortableHint} ${strings.detailsHint}</span>
      </span>
    </caption>`;
  }

  #renderPagination(strings: StudyTableStrings, total: number, pageSize: number, page: number): TemplateResult | typeof nothing {
    if (total <= pageSize) return nothing;
    const pages = Math.ceil(total / pageSize);
    const number = (value: number) => formatNumber(value, this.language);
    const first = page * pageSize + 1;
    const last = Math.min(total, first + pageSize - 1);
    return html`<nav class="pagination" part="pagination" aria-label=${this.place.landmarkName(strings.paginationLabel, this.label, this.language)}>
      <button
        type="button"
        class="page-button previous"
        aria-disabled=${page === 0 ? 'true' : 'false'}
        @click=${() => this.#goToPage(page - 1, pages)}
      >
        ${strings.previousPage}
      </button>
      <p class="page-status" role="status">
        <span>${strings.rowRange(number(first), number(last), number(total))}</span>
        <span class="secondary">${strings.pageOf(number(page + 1), number(pages))}</span>
      </p>
      <button
        type="button"
        class="page-button next"
        aria-disabled=${page >= pages - 1 ? 'true' : 'false'}
        @click=${() => this.#goToPage(page + 1, pages)}
      >
        ${strings.nextPage}
      </button>
    </nav>`;
  }

  #renderFootnotes(rows: readonly StudyRow[], columns: readonly StudyColumn[], strings: StudyTableStrings): TemplateResult | typeof nothing {
    if (!columns.includes('outcome')) return nothing;
    const used = new Set(rows.map((row) => row.study.outcome?.term).filter(Boolean));
    const terms = outcomeTermOrder.filter((term) => used.has(term));
    if (terms.length === 0) return nothing;
    // Notes on the table, not a part of the page to navigate to: no landmark of their own.
    return html`<div class="footnotes" part="footnotes">
      <p class="footnotes-title">${strings.footnotesTitle}</p>
      <dl>
        ${terms.map(
          (term) => html`<div class="footnote" data-term=${term}>
            <dt>${strings.outcomeTerms[term]}</dt>
            <dd>${strings.outcomeTermDefinitions[term]}</dd>
          </div>`,
        )}
      </dl>
    </div>`;
  }

  override render() {
    const strings = this.#strings;
    const columns = this.#shownColumns;
    const rows = this.#refreshRows();
    const pageSize = this.#pageSize;
    const pages = Math.max(1, Math.ceil(rows.length / pageSize));
    const page = Math.min(this.page, pages - 1);
    const pageRows = rows.slice(page * pageSize, (page + 1) * pageSize);
    const host = this.#hostData.items;
    // The review dates the caption and footer give: the host's, else the bundled ones unless the host replaced it all.
    const review = shownReview(host, [bundledStudies]);
    return html`<div class="widget" part="base" data-theme=${this.effectiveTheme}>
      ${renderReviewNotice(review, this.language, this.renderedOn, this.messages)}
      <div
        class="scroller"
        part="scroller"
        role=${this.overflowing ? 'region' : nothing}
        aria-label=${this.overflowing ? this.place.landmarkName(strings.regionLabel, this.label, this.language) : nothing}
        tabindex=${this.overflowing ? '0' : nothing}
      >
        <table
          role="table"
          part="table"
          class=${columns.length > 5 ? 'many-columns' : nothing}
          aria-labelledby="caption-title"
          aria-describedby="caption-detail"
        >
          ${this.#renderCaption(strings, host !== undefined)}
          <thead role="rowgroup">
            <tr role="row">
              ${columns.map((column) => this.#renderHeading(column, strings))}
            </tr>
          </thead>
          ${pageRows.length > 0
            ? pageRows.map((row) => this.#renderStudy(row, columns, strings))
            : html`<tbody role="rowgroup">
                <tr role="row" class="empty">
                  <td role="cell" colspan=${columns.length}>${strings.noMatches}</td>
                </tr>
              </tbody>`}
        </table>
      </div>
      <div class="tools" ?inert=${this.pending}>
        ${this.#renderPagination(strings, rows.length, pageSize, page)}
        <button type="button" class="download" part="download-button" ?disabled=${rows.length === 0} @click=${this.#handleDownload}>
          ${strings.downloadCsv}
        </button>
      </div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.#renderFootnotes(pageRows, columns, strings)}
      ${renderSourcesFooter(studySources, pageRows.flatMap((row) => row.study.sources), review, this.language)}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap extends StudyTableEventMap {}
  interface DocumentEventMap extends StudyTableEventMap {}
  interface WindowEventMap extends StudyTableEventMap {}
}
