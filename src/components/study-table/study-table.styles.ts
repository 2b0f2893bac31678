import { css, type CSSResult } from 'lit';

/** Takes a visible label out of the layout and keeps it for screen readers, where a rule hides it only at some widths. */
const hiddenVisually = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/**
 * The cards a table becomes when it is too narrow for its columns: each study (its row group) is a card, each cell a
 * labelled line, and the heading row a row of sort buttons. The explicit ARIA roles in the template keep the table
 * semantics that `display: block` would otherwise drop. `table` is the selector of the tables this applies to.
 */
function cards(table: CSSResult): CSSResult {
  return css`
    /* A word too long for a card's line is hyphenated in its language (of the page or the content) where it can be. */
    ${table},
    ${table} > caption,
    ${table} > thead,
    ${table} > tbody,
    ${table} tr,
    ${table} th,
    ${table} td {
      display: block;
      hyphens: auto;
    }

    ${table} > thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-s);
      padding-block-end: var(--_space-s);
    }

    /*
     * With large text or wide letter spacing a heading longer than the card wraps between its words, its icon after the
     * last one, instead of running out of it; only a word wider than the card is broken.
     */
    ${table} > thead th,
    :host([compact]) ${table} > thead th {
      max-inline-size: 100%;
      padding: 0;
      border: 0;
      background: none;
    }

    ${table} > thead th.unsortable {
      ${hiddenVisually}
    }

    ${table} > thead .sort-button {
      display: block;
      padding: var(--_space-xs) min(var(--_space-s), 2cqi);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      text-decoration: none;
    }

    ${table} > thead th[aria-sort] .sort-button {
      border: 2px solid var(--_accent);
      background: var(--_surface-raised);
    }

    /* A study: its summary and its details in one card, its gutters narrower in a narrow column. */
    ${table} > tbody {
      margin-block-end: var(--_space-m);
      padding: var(--_space-s) min(var(--_space-m), 4cqi);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    ${table} > tbody th,
    ${table} > tbody td,
    ${table} > tbody .numeric,
    :host([compact]) ${table} > tbody th,
    :host([compact]) ${table} > tbody td {
      /* A card's lines take its whole width, whatever width an article's column gives a column (see below). */
      width: auto;
      padding: var(--_space-xs) 0;
      border: 0;
      text-align: start;
    }

    ${table} > tbody th.study {
      padding-block-end: var(--_space-s);
      border-block-end: 1px solid var(--_border);
      font-size: 1.125em;
    }

    /* Label and value side by side while both fit; the value moves under its label when they do not. */
    ${table} td[data-column] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: var(--_space-s);
      min-width: 0;
    }

    /* A cell's label (the study's name, a heading, has none). */
    ${table} td .cell-label {
      display: block;
      flex: 1 0 7em;
      color: var(--_muted);
      font-size: var(--_small);
      font-weight: bold;
    }

    ${table} .cell-value {
      flex: 999 1 9em;
      min-width: 0;
    }

    /* The outcome's figures and bars need the card's width. */
    ${table} td[data-column='outcome'] > .cell-value {
      flex-basis: 100%;
    }

    ${table} .details,
    :host([compact]) ${table} .details {
      margin-block: var(--_space-s) var(--_space-xs);
      padding: var(--_space-s) min(var(--_space-s), 2cqi);
      border-radius: var(--_radius);
    }
  `;
}

/**
 * A GOV.UK / NHS.UK-style table of a few columns a reader compares, each study's full text in a details row under it.
 * From 40em of the element's own width (not the viewport's) it is a table that fits without scrolling sideways; below
 * that each study is a card (below 60em when more than five columns are chosen). The region around the table scrolls,
 * and becomes focusable, only if a page's own styles make the table wider than the element.
 */
export const styles = css`
  .widget {
    container: study-table / inline-size;
  }

  :host([compact]) .widget {
    font-size: var(--_small);
  }

  .scroller {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  caption {
    padding-block-end: var(--_space-s);
    text-align: start;
  }

  .caption-title {
    display: block;
    font-size: 1.125em;
    font-weight: bold;
  }

  .caption-detail {
    display: block;
    max-width: 35em;
    color: var(--_muted);
    font-size: var(--_small);
  }

  th,
  td {
    padding: var(--_space-s);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  :host([compact]) th,
  :host([compact]) td {
    padding: var(--_space-xs) var(--_space-s);
  }

  /* Headings are bold as a browser draws them. */
  thead th {
    border-block-end: 2px solid var(--_text);
    background: var(--_surface-raised);
    vertical-align: bottom;
  }

  /* Room for "Comparator: 25% (2 of 8)" on one line, and for bars long enough to compare. */
  td[data-column='outcome'] {
    min-width: 12em;
  }

  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .sort-button {
    align-items: last baseline;
    padding: 0;
    text-align: inherit;
  }

  /* The sorted column: a bar under its heading; its direction is the filled triangle. */
  th[aria-sort] {
    box-shadow: inset 0 -0.25em var(--_accent);
  }

  .sort-note {
    font-weight: normal;
  }

  /* The icon sits on the line of the heading's last word (on the baseline, as a letter would). */
  .sort-icon {
    flex: none;
    width: 0.65em;
    height: 0.9em;
    margin-inline-start: var(--_space-xs);
    fill: currentColor;
  }

  .sort-icon .inactive {
    fill: none;
    stroke: currentColor;
  }

  .cell-label {
    display: none;
  }

  .secondary,
  .not-reported {
    color: var(--_muted);
  }

  .secondary {
    font-size: var(--_small);
  }

  .block {
    display: block;
  }

  .outcome-term {
    font-weight: bold;
  }

  td[data-column='outcome'] .outcome-term {
    display: block;
  }

  /* Arm label and figure side by side, figures aligned on the right in tabular digits (see .arm-figure). */
  .arm {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-s);
  }

  /* A figure that wraps under its label stays at the end, under the other arm's. */
  .arm-figure {
    margin-inline-start: auto;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .figure {
    font-variant-numeric: tabular-nums;
  }

  .swatch {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: var(--_space-xs);
    border: 1px solid var(--_border);
  }

  .swatch.mdma,
  .bar.mdma {
    background: var(--_accent);
    fill: var(--_accent);
  }

  .swatch.comparator,
  .bar.comparator {
    background: var(--_muted);
    fill: var(--_muted);
  }

  .chart {
    display: block;
    width: 100%;
    height: 1.25em;
    margin-block: var(--_space-xs);
  }

  .track {
    fill: var(--_surface-raised);
    stroke: var(--_border);
    vector-effect: non-scaling-stroke;
  }

  /* "Details" is the summary of a native disclosure under the study's row: it works before the script, and without it. */
  .details-button {
    display: flex;
    inline-size: max-content;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: bold;
    cursor: pointer;
  }

  .details-button::-webkit-details-marker {
    display: none;
  }

  .details-button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  [open] > .details-button {
    background: var(--_surface-raised);
  }

  /* A study's row and its Details read as one block: no rule between them. */
  .summary > th,
  .summary > td {
    border-block-end: 0;
  }

  .details-cell,
  :host([compact]) .details-cell {
    padding-block-start: 0;
  }

  .details {
    margin-block-start: var(--_space-s);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    background: var(--_surface-raised);
  }

  /* Pre-rendered with scripting off, and on paper, the caption does not say how to sort. */
  @media print, (scripting: none) {
    .control-hints {
      display: none;
    }
  }

  /* Pre-rendered, until the script arrives (or if it never does): the column headings read as headings, since sorting
     needs the script. Once it is there, the first click on a heading hydrates the table and sorts it. */
  :host(:not(:defined)) .sort-button {
    border-color: transparent;
    color: inherit;
    text-decoration: none;
  }

  :host(:not(:defined)) .sort-icon {
    visibility: hidden;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: var(--_space-s) var(--_space-l);
    margin: 0;
  }

  .fact dt {
    font-weight: bold;
  }

  .fact dd {
    margin: 0;
  }

  .fact[data-fact='result'],
  .fact[data-fact='sources'] {
    grid-column: 1 / -1;
  }

  .arms {
    margin: var(--_space-xs) 0 0;
    padding: 0;
    list-style: none;
  }

  .details-sources {
    margin: 0;
    padding-inline-start: 1.5em;
    font-size: var(--_small);
  }

  .details-sources li {
    margin-block-end: var(--_space-xs);
  }

  tr.empty td {
    color: var(--_muted);
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
    margin-block-start: var(--_space-m);
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }

  .page-status {
    margin: 0;
  }

  .page-status span {
    display: block;
  }

  .page-button,
  .download {
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: bold;
    cursor: pointer;
  }

  .page-button {
    background: var(--_surface);
    color: var(--_accent);
  }

  .download {
    margin-inline-start: auto;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  .page-button[aria-disabled='true'],
  .download:disabled {
    border-color: var(--_border);
    background: var(--_surface-raised);
    color: var(--_muted);
    cursor: not-allowed;
  }

  .footnotes {
    margin-block-start: var(--_space-m);
    font-size: var(--_small);
  }

  .footnotes-title {
    margin: 0 0 var(--_space-xs);
    font-weight: bold;
  }

  .footnotes dl {
    margin: 0;
  }

  .footnote {
    max-width: 35em;
    margin-block-end: var(--_space-xs);
  }

  .footnote dt {
    display: inline;
    font-weight: bold;
  }

  .footnote dt::after {
    content: ': ';
  }

  .footnote dd {
    display: inline;
    margin: 0;
  }

  /* The container is the widget's content box: 40em of the element's width less its padding. */
  @container study-table (width < 38em) {
    ${cards(css`table`)}

    .download {
      margin-inline-start: 0;
    }
  }

  @container study-table (width < 58em) {
    ${cards(css`table.many-columns`)}
  }

  /*
   * An article's column (about 640 to 1024 px): the condition, whose text is longest, wraps sooner, so that a study's
   * name fits on one line and the outcome keeps its room. A column of figures is as wide as its heading (a word that is
   * not broken), and every column at least as wide as the longest word in it.
   */
  @container study-table (38em <= width < 64em) {
    td[data-column='condition'] {
      width: calc(50cqi - 15em);
    }

    th.study {
      width: min(11em, 100cqi - 35em);
    }
  }

  /* The rules between cells and around cards take the system's text colour in this mode whatever the style says. */
  @media (forced-colors: active) {
    thead th[aria-sort] .sort-button {
      border-color: Highlight;
    }

    .details {
      border: 1px solid CanvasText;
    }

    .swatch,
    .chart {
      forced-color-adjust: none;
    }

    .swatch.mdma {
      background: CanvasText;
    }

    .swatch.comparator {
      border-color: CanvasText;
      background: Canvas;
    }

    .track {
      fill: Canvas;
      stroke: CanvasText;
    }

    .bar.mdma {
      fill: CanvasText;
    }

    .bar.comparator {
      fill: GrayText;
    }

    .page-button,
    .download,
    .details-button {
      border-color: ButtonText;
    }

    .page-button[aria-disabled='true'],
    .download:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }

  /*
   * On paper a table's heading row is repeated on each page, which Chromium does only for a heading row without form
   * controls: the sort buttons give way to their labels. A study's row stays with the first lines of its details, which
   * print open under it (opened by the theme's print rules) and run on to the next page where they are long. Each study's
   * sources print there, with their addresses, and not again in the footer. The controls and the notes on how they work
   * are left out.
   */
  @media print {
    .scroller {
      overflow: visible;
    }

    thead th,
    .details {
      background: none;
    }

    .sort-button {
      display: contents;
    }

    .summary,
    .fact {
      break-inside: avoid;
    }

    .summary {
      break-after: avoid;
    }

    .sort-note,
    .sort-icon,
    .details-button,
    .page-button,
    .download,
    .footer > :not(.review-dates) {
      display: none;
    }

    .secondary,
    .not-reported,
    .caption-detail,
    .cell-label {
      color: #000;
    }

    .swatch.mdma,
    .bar.mdma {
      background: #000;
      fill: #000;
    }

    .swatch.comparator,
    .bar.comparator {
      background: #fff;
      fill: #fff;
      stroke: #000;
      vector-effect: non-scaling-stroke;
    }

    .swatch {
      border-color: #000;
      print-color-adjust: exact;
    }

    .track {
      fill: none;
      stroke: #000;
    }
  }
`;
