import { css } from 'lit';

/**
 * A GOV.UK / NHS.UK-style table. Under 60em of the element's own width (not the viewport's) each study becomes a card
 * with its labels, and the heading row becomes a row of sort buttons; the explicit ARIA roles in the template keep the
 * table semantics that `display: block` would otherwise drop. Between that and the table's natural width, the table
 * scrolls inside a region that is focusable only while it overflows.
 */
export const styles = css`
  .widget {
    container: study-table / inline-size;
  }

  :host([compact]) .widget {
    font-size: var(--_small);
  }

  .scroller {
    max-width: 100%;
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    border-spacing: 0;
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
    color: var(--_muted);
    font-size: var(--_small);
  }

  th,
  td {
    min-width: 5em;
    padding: var(--_space-s);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  :host([compact]) th,
  :host([compact]) td {
    padding: var(--_space-xs) var(--_space-s);
  }

  thead th {
    border-block-end: 2px solid var(--_text);
    background: var(--_surface-raised);
    font-weight: bold;
    vertical-align: bottom;
  }

  tbody th {
    font-weight: bold;
  }

  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  td[data-column='outcome'] {
    min-width: 13em;
  }

  td[data-column='result'] {
    min-width: 12em;
  }

  .sort-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: bold;
    text-align: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .sort-button:hover {
    text-decoration-thickness: 0.15em;
  }

  .sort-note {
    font-weight: normal;
  }

  .sort-icon {
    flex: none;
    width: 0.65em;
    height: 0.9em;
  }

  .sort-icon .active {
    fill: currentColor;
  }

  .sort-icon .inactive {
    fill: none;
    stroke: currentColor;
    stroke-width: 1;
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

  .phase {
    display: block;
    font-weight: bold;
  }

  .arms {
    margin: var(--_space-xs) 0 0;
    padding: 0;
    list-style: none;
    text-align: start;
  }

  .outcome-term {
    display: block;
    font-weight: bold;
  }

  /* Arm label and figure side by side, figures aligned on the right in tabular digits. */
  .arm {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    column-gap: var(--_space-s);
  }

  .arm-figure {
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
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }

  tr.empty td {
    color: var(--_muted);
    text-align: start;
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

  /* Narrow: a 320 px sidebar or a phone. Each study is a card; the heading row is the row of sort buttons. */
  @container study-table (max-width: 60em) {
    table,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
      min-width: 0;
    }

    caption {
      display: block;
    }

    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-s);
      padding-block-end: var(--_space-s);
    }

    thead th,
    :host([compact]) thead th {
      padding: 0;
      border: 0;
      background: none;
    }

    thead th.unsortable {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    thead .sort-button {
      padding: var(--_space-xs) var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      text-decoration: none;
    }

    thead th[aria-sort] .sort-button {
      border: 2px solid var(--_accent);
      background: var(--_surface-raised);
    }

    tbody tr {
      margin-block-end: var(--_space-m);
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    tbody th,
    tbody td,
    tbody .numeric,
    :host([compact]) tbody th,
    :host([compact]) tbody td {
      padding: var(--_space-xs) 0;
      border: 0;
      text-align: start;
    }

    tbody th.study {
      padding-block-end: var(--_space-s);
      border-block-end: 1px solid var(--_border);
      font-size: 1.125em;
    }

    .cell-label {
      display: block;
      color: var(--_muted);
      font-size: var(--_small);
      font-weight: bold;
    }

    .study .cell-label {
      display: none;
    }

    .download {
      margin-inline-start: 0;
    }
  }

  @media (forced-colors: active) {
    th,
    td,
    thead th,
    tbody tr {
      border-color: CanvasText;
    }

    thead th[aria-sort] .sort-button {
      border-color: Highlight;
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
    .download {
      border-color: ButtonText;
    }

    .page-button[aria-disabled='true'],
    .download:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }

  @media print {
    .scroller {
      overflow: visible;
    }

    thead th {
      background: none;
    }

    thead {
      display: table-header-group;
    }

    tr {
      break-inside: avoid;
    }

    .sort-button {
      color: #000;
      text-decoration: none;
    }

    .sort-icon,
    .page-button,
    .download {
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
      stroke-width: 1;
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

    td a[href]::after,
    th a[href]::after {
      content: ' (' attr(href) ')';
      font-size: var(--_small);
      font-weight: normal;
    }
  }
`;
