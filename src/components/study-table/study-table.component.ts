import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { getSource } from '../../data/sources.js';
import { studies as bundledStudies } from '../../data/studies.js';
import type { OutcomeComparison, OutcomeTerm, Study } from '../../data/types.js';
import { collator, formatDate, formatNumber, formatPercent } from '../../internal/format.js';
import { HostDataController, type HostItems } from '../../internal/host-data/controller.js';
import type { StudyData } from '../../internal/host-data/input.js';
import { studiesSchema } from '../../internal/host-data/studies.js';
import { localize } from '../../internal/localize.js';
import { attribute, quote, quoteList } from '../../internal/log.js';
import { commonStrings } from '../../internal/strings/common.js';
import {
  studyTableStrings,
  type SortDirection,
  type StudyColumn,
  type StudyTableStrings,
} from '../../internal/strings/study-table.js';
import { isSafeHref } from '../../internal/url.js';
import { WidgetElement } from '../../internal/widget-element.js';
import {
  allColumns,
  chooseColumns,
  filterRows,
  isSortable,
  rowsToCsv,
  sortableColumns,
  sortRows,
  type RowFilter,
  type StudyRow,
} from './study-rows.js';
import { styles } from './study-table.styles.js';

export type { SortDirection, StudyColumn } from '../../internal/strings/study-table.js';

/** Detail of the `study-table-sort` event. */
export interface StudyTableSortDetail {
  readonly column: StudyColumn;
  readonly direction: SortDirection;
}

/** Columns whose values are numbers: right-aligned, in tabular figures (the outcome cell aligns its own figures). */
const numericColumns: ReadonlySet<StudyColumn> = new Set(['participants']);

const sortDirections: readonly SortDirection[] = ['ascending', 'descending'];
const outcomeTermOrder: readonly OutcomeTerm[] = ['response', 'no-longer-meeting-criteria', 'remission'];
const defaultPageSize = 25;

/**
 * The clinical studies table: the trials of MDMA-assisted therapy, their design, participants and results, with the
 * outcome percentages drawn as paired bars. Sortable, filterable, downloadable as CSV, and readable in a 320 px sidebar,
 * where each study becomes a card. Host studies come from the `data` property or a `<script type="application/json">`
 * child (an array, or `{ items, mode, language, lastReviewed }`), which is read, never shown.
 *
 * @summary A sortable, responsive table of the clinical studies of MDMA-assisted therapy, each linked to its paper.
 *
 * @fires {CustomEvent<StudyTableSortDetail>} study-table-sort - When the reader sorts a column: `detail.column` (a column
 *   key such as `participants`) and `detail.direction` (`ascending` or `descending`). Bubbles and crosses shadow roots.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart scroller - The region around the table, scrollable only when a wide table overflows.
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart sort-button - Each column heading's sort button.
 * @csspart chart - The paired bar chart in an outcome cell.
 * @csspart pagination - The page controls, shown only when there are more studies than `page-size`.
 * @csspart download-button - The "Download CSV" button.
 * @csspart footnotes - The definitions of the outcome terms under the table.
 * @csspart footer - The sources and review date.
 *
 * @cssprop [--mdma-font-family=inherit] - Font family; the page's by default.
 * @cssprop [--mdma-font-size=1em] - Base font size.
 * @cssprop [--mdma-color-text=#1f2328] - Text.
 * @cssprop [--mdma-color-muted=#4f5863] - Secondary text ("Not reported", timepoints) and the comparator bar.
 * @cssprop [--mdma-color-accent=#005eb8] - Links, sort buttons and the MDMA bar.
 * @cssprop [--mdma-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--mdma-color-surface=#ffffff] - Background.
 * @cssprop [--mdma-color-surface-raised=#f2f5f7] - Heading row, cards and the bar chart's track.
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
  @property() studies?: string | readonly string[];

  /**
   * Which columns to show and in what order: `study`, `design`, `condition`, `participants`, `comparator`,
   * `primary-outcome`, `result`, `outcome`, `effect-size`. The study column always comes first: it names each row.
   */
  @property() columns?: string | readonly StudyColumn[];

  /** The column sorted at first: `study` (by year), `design` (by phase), `condition`, `participants`, `comparator` or `outcome` (by the MDMA arm). */
  @property() sort?: StudyColumn;

  /** Direction of the initial sort: `ascending` (default) or `descending`. */
  @property({ attribute: 'sort-direction' }) sortDirection?: SortDirection;

  /** Shows only studies whose condition contains this text, ignoring case (e.g. `anxiety`). */
  @property() condition?: string;

  /** Shows only studies of these trial phases, separated by spaces or commas (e.g. `3`, or `2 3`). */
  @property() phase?: string | number | readonly number[];

  /** Denser rows and smaller type, for a sidebar or a long page. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Studies shown per page (default 25); the page controls appear only when there are more. */
  @property({ attribute: 'page-size' }) pageSize?: number | string;

  /**
   * Host-supplied studies: an array of studies, or `{ items, mode: 'replace' | 'extend', language, lastReviewed }`.
   * Validated before use; invalid data is reported in the console and the bundled studies are shown.
   */
  @property({ attribute: false }) data?: StudyData;

  /** The column the reader (or the `sort` attribute) sorted by. */
  @state() private sortColumn?: StudyColumn;
  @state() private sortOrder: SortDirection = 'ascending';
  /** The latest sort, for the polite live region; empty until the reader sorts. */
  @state() private announcement = '';
  /** Zero-based page index. */
  @state() private page = 0;
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
  #rowsSource?: HostItems<Study> | null;
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
  }

  /**
   * The rows as shown (all pages, filtered and sorted) as CSV: the shown columns in order, then the citation, DOI and
   * link of each study. "Not reported" values are written as such.
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

  #handleSort(column: StudyColumn): void {
    const direction: SortDirection = this.sortColumn === column && this.sortOrder === 'ascending' ? 'descending' : 'ascending';
    this.sortColumn = column;
    this.sortOrder = direction;
    this.page = 0;
    const strings = this.#strings;
    this.announcement = strings.sorted(this.#sortName(column, strings), strings[direction]);
    this.emit<StudyTableSortDetail>('study-table-sort', { column, direction });
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
    const { columns, unknown } = chooseColumns(this.tokens('columns', this.columns));
    if (unknown.length > 0) {
      this.messages.warn(`columns: ${quoteList(unknown)} ${unknown.length === 1 ? 'is not a column' : 'are not columns'}; use ${allColumns.join(', ')}.`);
    }
    return columns;
  }

  #applySortAttributes(): void {
    const direction = this.option('sort-direction', this.sortDirection, sortDirections, 'ascending');
    const requested = this.text('sort', this.sort)?.trim().toLowerCase();
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

  /** The host's studies in use, validated (undefined: bundled only). */
  get #host(): HostItems<Study> | undefined {
    return this.#hostData.items;
  }

  /** Brings the rows and the filtered, sorted rows up to date; cheap when nothing they depend on changed. */
  #refreshRows(): readonly StudyRow[] {
    const host = this.#host ?? null;
    const rowsChanged = !this.#rows || host !== this.#rowsSource;
    if (rowsChanged) {
      const bundled = bundledStudies.items.map((study) => ({ study, language: bundledStudies.language }));
      const hosted = (host?.items ?? []).map((study) => ({ study, language: host?.language ?? bundledStudies.language }));
      const combined = !host ? bundled : host.mode === 'extend' ? [...bundled, ...hosted] : hosted;
      this.#rows = combined.map((entry, position) => ({ ...entry, source: getSource(entry.study.sourceId), position }));
      this.#rowsSource = host;
    }
    const filter: RowFilter = { ids: this.tokens('studies', this.studies), condition: this.text('condition', this.condition), phases: this.#phaseFilter() };
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
    for (const token of this.tokens('phase', this.phase)) {
      if (/^\d+$/.test(token)) phases.add(Number(token));
      else unknown.push(token);
    }
    if (unknown.length > 0) {
      this.messages.warn(`phase: ${quoteList(unknown)} ${unknown.length === 1 ? 'is not a trial phase number' : 'are not trial phase numbers'} such as 2 or 3; ignored.`);
    }
    return phases;
  }

  get #pageSize(): number {
    const text = this.text('page-size', this.pageSize);
    if (text === undefined) return defaultPageSize;
    const size = Number(text);
    if (Number.isInteger(size) && size > 0) return size;
    this.messages.warn(`${attribute('page-size', this.pageSize)} is not a whole number above 0; using ${defaultPageSize}.`);
    return defaultPageSize;
  }

  /** The review dates the caption and footer give: the host's, else the bundled ones unless the host replaced it all. */
  #review() {
    return this.#hostData.review([bundledStudies]);
  }

  #sortName(column: StudyColumn, strings: StudyTableStrings): string {
    const note = strings.sortNotes[column];
    return note ? `${strings.columns[column]} (${note})` : strings.columns[column];
  }

  #renderNotReported(): TemplateResult {
    return html`<span class="not-reported">${localize(commonStrings, this.language).notReported}</span>`;
  }

  /** Study content in its own language (English when bundled), so screen readers pronounce it right on any page. */
  #content(text: string, language: string, className?: string): TemplateResult {
    return html`<span lang=${language} class=${className ?? nothing}>${text}</span>`;
  }

  #renderSortIcon(direction: SortDirection | undefined): TemplateResult {
    // Up and down triangles: the sorted direction is filled and the other hollow, so the state never rests on colour.
    return html`<svg class="sort-icon" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
      ${svg`<path class=${direction === 'ascending' ? 'active' : 'inactive'} d="M5 1 L9 6 H1 Z" />
        <path class=${direction === 'descending' ? 'active' : 'inactive'} d="M5 13 L9 8 H1 Z" />`}
    </svg>`;
  }

  #renderHeading(column: StudyColumn, strings: StudyTableStrings): TemplateResult {
    const label = strings.columns[column];
    const numeric = numericColumns.has(column) ? ' numeric' : '';
    if (!isSortable(column)) {
      return html`<th role="columnheader" scope="col" class=${`unsortable${numeric}`} data-column=${column}>${label}</th>`;
    }
    const sorted = this.sortColumn === column ? this.sortOrder : undefined;
    const note = strings.sortNotes[column];
    return html`<th role="columnheader" scope="col" class=${`sortable${numeric}`} data-column=${column} aria-sort=${sorted ?? nothing}>
      <button type="button" part="sort-button" class="sort-button" @click=${() => this.#handleSort(column)}>
        <span class="sort-label">${label}${note ? html` <span class="sort-note">(${note})</span>` : nothing}</span
        >${this.#renderSortIcon(sorted)}
      </button>
    </th>`;
  }

  #renderStudyCell(row: StudyRow, strings: StudyTableStrings): TemplateResult {
    const { study, source, language } = row;
    const name = source && isSafeHref(source.url) ? html`<a href=${source.url} lang=${language}>${study.name}</a>` : this.#content(study.name, language);
    return html`<th role="rowheader" scope="row" class="study">
      <span class="cell-label" aria-hidden="true">${strings.columns.study}</span>
      <span class="cell-value">${name}${source ? this.#content(source.publisher, language, 'secondary block') : nothing}</span>
    </th>`;
  }

  #renderChart(outcome: OutcomeComparison): TemplateResult | typeof nothing {
    if (outcome.mdmaPercent === null && outcome.comparatorPercent === null) return nothing;
    const bar = (value: number | null, y: number, arm: string) =>
      svg`<rect class="track" x="0" y=${y} width="100" height="8" />${
        value === null ? nothing : svg`<rect class=${`bar ${arm}`} x="0" y=${y} width=${Math.min(Math.max(value, 0), 100)} height="8" />`
      }`;
    // Both bars on one 0–100 scale, so the difference is the gap between their ends.
    return html`<svg class="chart" part="chart" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${bar(outcome.mdmaPercent, 0, 'mdma')}${bar(outcome.comparatorPercent, 12, 'comparator')}
    </svg>`;
  }

  #renderOutcome(outcome: OutcomeComparison | null, language: string, strings: StudyTableStrings): TemplateResult {
    if (!outcome) return this.#renderNotReported();
    const figure = (value: number | null, count: string | undefined) =>
      value === null
        ? this.#renderNotReported()
        : html`<span class="figure">${formatPercent(value, this.language)}</span>${count
              ? html` <span class="secondary">(${this.#content(count, language)})</span>`
              : nothing}`;
    return html`<span class="outcome-term">${strings.outcomeTerms[outcome.term]}</span>
      <span class="arm"
        ><span><span class="swatch mdma" aria-hidden="true"></span>${strings.mdmaArm}:</span>
        <span class="arm-figure">${figure(outcome.mdmaPercent, outcome.mdmaCount)}</span></span
      >
      <span class="arm"
        ><span><span class="swatch comparator" aria-hidden="true"></span>${strings.comparatorArm}:</span>
        <span class="arm-figure">${figure(outcome.comparatorPercent, outcome.comparatorCount)}</span></span
      >
      ${this.#renderChart(outcome)}
      <span class="secondary block">${this.#content(outcome.definition, language)}</span>
      <span class="secondary block">${strings.timepoint}: ${this.#content(outcome.timepoint, language)}</span>`;
  }

  #renderCellValue(column: StudyColumn, row: StudyRow, strings: StudyTableStrings): TemplateResult {
    const { study, language } = row;
    switch (column) {
      case 'design':
        return html`${this.#content(study.design, language)}
          <span class="phase">${strings.phase(formatNumber(study.phase, this.language))}</span>`;
      case 'condition':
        return this.#content(study.condition, language);
      case 'participants':
        if (study.participants === null) return this.#renderNotReported();
        return html`<span class="figure">${formatNumber(study.participants, this.language)}</span>${study.arms?.length
            ? html`<ul class="secondary arms" aria-label=${strings.arms}>
                ${study.arms.map((arm) => html`<li>${this.#content(arm.label, language)}: ${formatNumber(arm.participants, this.language)}</li>`)}
              </ul>`
            : nothing}`;
      case 'comparator':
        return this.#content(study.comparator, language);
      case 'primary-outcome':
        return html`${this.#content(study.primaryOutcome.measure, language)}
          <span class="secondary block">${strings.timepoint}: ${this.#content(study.primaryOutcome.timepoint, language)}</span>`;
      case 'result':
        return this.#content(study.headlineResult, language);
      case 'outcome':
        return this.#renderOutcome(study.outcome, language, strings);
      case 'effect-size':
        return study.effectSize === null ? this.#renderNotReported() : this.#content(study.effectSize, language);
      case 'study':
        return this.#content(study.name, language);
    }
  }

  #renderRow(row: StudyRow, columns: readonly StudyColumn[], strings: StudyTableStrings): TemplateResult {
    return html`<tr role="row" data-id=${row.study.id}>
      ${columns.map((column) =>
        column === 'study'
          ? this.#renderStudyCell(row, strings)
          : html`<td role="cell" class=${numericColumns.has(column) ? 'numeric' : nothing} data-column=${column}>
              <span class="cell-label" aria-hidden="true">${strings.columns[column]}</span>
              <span class="cell-value">${this.#renderCellValue(column, row, strings)}</span>
            </td>`,
      )}
    </tr>`;
  }

  #renderCaption(strings: StudyTableStrings, hosted: boolean, lastReviewed: string | undefined): TemplateResult {
    return html`<caption id="caption" part="caption">
      <span class="caption-title">${strings.captionTitle}</span>
      <span class="caption-detail">
        ${hosted ? strings.captionSourceHost : strings.captionSourceBundled}
        ${lastReviewed ? strings.captionReviewed(formatDate(lastReviewed, this.language)) : nothing}
        ${strings.sortableHint}
      </span>
    </caption>`;
  }

  #renderPagination(strings: StudyTableStrings, total: number, pageSize: number, page: number): TemplateResult | typeof nothing {
    if (total <= pageSize) return nothing;
    const pages = Math.ceil(total / pageSize);
    const number = (value: number) => formatNumber(value, this.language);
    const first = page * pageSize + 1;
    const last = Math.min(total, first + pageSize - 1);
    return html`<nav class="pagination" part="pagination" aria-label=${strings.paginationLabel}>
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
    return html`<section class="footnotes" part="footnotes" aria-labelledby="footnotes-title">
      <p class="footnotes-title" id="footnotes-title">${strings.footnotesTitle}</p>
      <dl>
        ${terms.map(
          (term) => html`<div class="footnote" data-term=${term}>
            <dt>${strings.outcomeTerms[term]}</dt>
            <dd>${strings.outcomeTermDefinitions[term]}</dd>
          </div>`,
        )}
      </dl>
    </section>`;
  }

  override render() {
    const strings = this.#strings;
    const columns = this.#shownColumns;
    const rows = this.#refreshRows();
    const pageSize = this.#pageSize;
    const pages = Math.max(1, Math.ceil(rows.length / pageSize));
    const page = Math.min(this.page, pages - 1);
    const pageRows = rows.slice(page * pageSize, (page + 1) * pageSize);
    const host = this.#host;
    const review = this.#review();
    const lastReviewed = review.lastReviewed;
    return html`<div class="widget" part="base" data-theme=${this.effectiveTheme}>
      ${this.renderReviewNotice(review)}
      <div
        class="scroller"
        part="scroller"
        role=${this.overflowing ? 'region' : nothing}
        aria-labelledby=${this.overflowing ? 'caption' : nothing}
        tabindex=${this.overflowing ? '0' : nothing}
      >
        <table role="table" part="table" aria-labelledby="caption">
          ${this.#renderCaption(strings, host !== undefined, lastReviewed)}
          <thead role="rowgroup">
            <tr role="row">
              ${columns.map((column) => this.#renderHeading(column, strings))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${pageRows.length > 0
              ? pageRows.map((row) => this.#renderRow(row, columns, strings))
              : html`<tr role="row" class="empty">
                  <td role="cell" colspan=${columns.length}>${strings.noMatches}</td>
                </tr>`}
          </tbody>
        </table>
      </div>
      <div class="tools">
        ${this.#renderPagination(strings, rows.length, pageSize, page)}
        <button type="button" class="download" part="download-button" ?disabled=${rows.length === 0} @click=${this.#handleDownload}>
          ${strings.downloadCsv}
        </button>
      </div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.#renderFootnotes(pageRows, columns, strings)}
      ${this.renderFooter(pageRows.flatMap((row) => row.study.sources), review)}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'study-table-sort': CustomEvent<StudyTableSortDetail>;
  }
}
