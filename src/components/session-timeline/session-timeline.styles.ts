import { css, unsafeCSS, type CSSResult } from 'lit';

/*
 * The week axis has two layouts. `orientation="horizontal"` and `"vertical"` force one; `auto` picks by the element's
 * own width with a container query. Each layout is written once and scoped to both selectors that use it.
 */

/**
 * What the two layouts share, the one turned a quarter from the other: the weeks run `along` one axis (inline or
 * block), and each phase's lane runs beside the others across it.
 */
function lanes(axis: CSSResult, along: 'inline' | 'block'): CSSResult {
  const a = unsafeCSS(along);
  const c = unsafeCSS(along === 'inline' ? 'block' : 'inline');
  return css`
    ${axis} .lane-line,
    ${axis} .lane-progress {
      inset-${c}-start: calc((var(--_lane) + 0.5) / var(--_lanes) * 100%);
      inset-${a}-start: 0;
    }

    ${axis} .lane-line {
      inset-${a}-end: 0;
      margin-${c}-start: -0.0625em;
      border-${c}-start: 0.125em solid var(--_border);
    }

    ${axis} .lane-progress {
      ${a}-size: calc(var(--_at) * 1%);
      margin-${c}-start: -0.1875em;
      border-${c}-start: 0.375em solid var(--_muted);
    }

    ${axis} .gridline,
    ${axis} .endpoint-line {
      inset-${a}-start: calc(var(--_at) * 1%);
    }

    ${axis} .gridline {
      inset-${c}: 0;
      border-${a}-start: 0.0625em dashed var(--_border);
    }

    ${axis} .endpoint-line {
      inset-${c}: -0.375em;
      margin-${a}-start: -0.125em;
      border-${a}-start: 0.25em solid var(--_text);
    }

    ${axis} .axis-marker {
      inset-${a}-start: calc(var(--_at) * 1%);
      inset-${c}-start: calc((var(--_lane) + 0.5) / var(--_lanes) * 100% + var(--_stack) * 0.5em);
    }
  `;
}

/** Weeks run left to right (right to left in RTL); each phase has a lane, one above the other. */
function horizontalAxis(axis: CSSResult): CSSResult {
  return css`
    ${axis} .axis-grid {
      grid-template-columns: max-content minmax(0, 1fr);
      grid-template-areas:
        'labels plot'
        '. scale';
    }

    ${axis} .lane-labels {
      grid-area: labels;
    }

    ${axis} .plot,
    ${axis} .scale {
      margin-inline: 0.75em 1.25em;
    }

    ${axis} .plot {
      grid-area: plot;
      block-size: calc(var(--_lanes) * 2.25em);
    }

    ${axis} .scale {
      grid-area: scale;
      block-size: 2.75em;
    }

    ${lanes(axis, 'inline')}

    ${axis} .tick {
      inset-block-start: 0.375em;
      inset-inline-start: calc(var(--_at) * 1%);
      inline-size: 3em;
      margin-inline-start: -1.5em;
      text-align: center;
    }

    /* The endpoint closes the axis: its label ends at the line instead of running past the element's edge. */
    ${axis} .tick[data-endpoint] {
      inset-inline-start: auto;
      inset-inline-end: calc((100 - var(--_at)) * 1%);
      inline-size: auto;
      margin-inline: 0 -0.75em;
      text-align: end;
    }

    ${axis} .tick-note {
      display: block;
    }

    ${axis} .endpoint-note {
      display: none;
    }
  `;
}

/** Weeks run top to bottom; each phase has a column, side by side. */
function verticalAxis(axis: CSSResult): CSSResult {
  return css`
    ${axis} .axis-grid {
      grid-template-columns: 2em minmax(0, 1fr);
      grid-template-areas:
        '. labels'
        'scale plot';
    }

    ${axis} .lane-labels {
      grid-area: labels;
    }

    /* A name in two lines has its shape on the first. */
    ${axis} .lane-label {
      align-items: baseline;
    }

    /* Each phase's name over its lane where the lanes have room for it; narrower (a phone's width with large text), the
       names stay one under another above the lanes, a key to the shapes on them. */
    @container session-timeline (width >= 18em) {
      ${axis} .lane-labels {
        flex-direction: row;
        align-items: end;
        text-align: center;
      }

      ${axis} .lane-label {
        flex-direction: column;
        justify-content: end;
        align-items: center;
        gap: var(--_space-xs);
        font-size: 0.9em;
      }

      ${axis} .lane-label .phase-icon {
        margin-inline: 0;
      }
    }

    ${axis} .plot,
    ${axis} .scale {
      margin-block: 0.75em 1.75em;
    }

    /* Room for the endpoint's line, which runs a little past the lanes. */
    ${axis} .plot {
      grid-area: plot;
      margin-inline-end: 0.375em;
      block-size: calc(var(--_span) * 1.25em);
      min-block-size: 12em;
    }

    ${axis} .scale {
      grid-area: scale;
    }

    ${lanes(axis, 'block')}

    ${axis} .tick {
      inset-block-start: calc(var(--_at) * 1%);
      inset-inline: 0;
      translate: 0 -50%;
      text-align: end;
      line-height: 1.2;
    }

    ${axis} .tick-note {
      display: none;
    }

    /* The endpoint's name sits under its line, across the lanes. */
    ${axis} .endpoint-note {
      position: absolute;
      inset-block-start: 0.25em;
      inset-inline: 0;
      color: var(--_text);
      font-weight: bold;
      text-align: center;
    }
  `;
}

export default css`
  .widget {
    container: session-timeline / inline-size;
    /* A container has no width of its own: in a host's flex row or float it would collapse without one. */
    contain-intrinsic-inline-size: 20em;
  }

  .summary {
    margin: 0 0 var(--_space-m);
  }

  /* The course at a glance: a short list to scan, in bold. */
  .summary-facts {
    margin: 0;
    padding-inline-start: 1.25em;
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.4;
  }

  /* The caveat about weeks reads as a note to the summary, not as part of its headline. */
  .summary .approximate {
    margin: var(--_space-xs) 0 0;
    color: var(--_muted);
    font-size: var(--_small);
  }

  /* Each phase has its own shape, on the axis and in the list, so phases never rest on colour alone. */
  .phase-icon {
    display: inline-block;
    flex: none;
    inline-size: 0.8em;
    block-size: 0.8em;
    margin-inline-end: 0.4em;
    vertical-align: -0.05em;
    border: 0.15em solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
  }

  .phase-icon[data-phase='dosing'] {
    border-radius: 0.1em;
    background: var(--_accent);
    transform: rotate(45deg) scale(0.85);
  }

  .phase-icon[data-phase='integration'] {
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline: 0.1em 0.5em;
    vertical-align: 0.05em;
    background: var(--_accent);
  }

  .phase-icon[data-phase='endpoint'] {
    inline-size: 0.25em;
    block-size: 1em;
    margin-inline: 0.275em 0.675em;
    vertical-align: -0.15em;
    border: 0;
    border-radius: 0;
    background: var(--_text);
  }

  /* The week axis: a picture of the course; the list below is the accessible content. */
  .axis {
    margin-block: 0 var(--_space-m);
    color: var(--_muted);
    font-size: var(--_small);
    line-height: 1.3;
  }

  .axis-title {
    margin: 0 0 var(--_space-s);
  }

  .axis-grid {
    display: grid;
    column-gap: var(--_space-s);
  }

  /* The phases' names, one under another: beside the lanes, or above them (see the vertical axis). */
  .lane-labels {
    display: flex;
    flex-direction: column;
    color: var(--_text);
  }

  /* A word wider than its lane is broken rather than widen it: lanes that narrow have their names as a key instead. */
  .lane-label {
    display: flex;
    flex: 1 1 0;
    align-items: center;
    min-inline-size: 0;
  }

  .plot,
  .scale {
    position: relative;
  }

  .plot > *,
  .tick {
    position: absolute;
  }

  .tick {
    white-space: nowrap;
  }

  .tick-note {
    color: var(--_text);
    font-weight: bold;
  }

  .axis-marker {
    --_size: 0.9em;
    inline-size: var(--_size);
    block-size: var(--_size);
    margin-inline-start: calc(var(--_size) / -2);
    margin-block-start: calc(var(--_size) / -2);
    border: 0.15em solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
  }

  .axis-marker[data-phase='dosing'] {
    --_size: 1em;
    border-radius: 0.1em;
    background: var(--_accent);
    transform: rotate(45deg);
  }

  .axis-marker[data-phase='integration'] {
    --_size: 0.7em;
    background: var(--_accent);
  }

  .axis-marker[data-state='done'] {
    border-color: var(--_muted);
  }

  .axis-marker[data-state='done']:not([data-phase='preparation']) {
    background: var(--_muted);
  }

  .axis-marker[data-state='current'] {
    outline: 0.2em solid var(--_text);
    outline-offset: 0.15em;
  }

  ${verticalAxis(css`.axis[data-orientation='vertical']`)}
  ${horizontalAxis(css`.axis[data-orientation='horizontal']`)}

  @container session-timeline (width < 30em) {
    .axis[data-orientation='horizontal'] .tick[data-alternate] {
      display: none;
    }
  }

  @container session-timeline (width < 36em) {
    ${verticalAxis(css`.axis[data-orientation='auto']`)}
  }

  @container session-timeline (width >= 36em) {
    ${horizontalAxis(css`.axis[data-orientation='auto']`)}
  }

  .controls {
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--_space-s);
  }

  .show-all {
    padding: var(--_space-xs) var(--_space-s);
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: bold;
    cursor: pointer;
  }

  .show-all:hover {
    text-decoration: underline;
  }

  /* The steps: numbered circles joined by a line, as in a step-by-step navigation. */
  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .step {
    position: relative;
    padding: var(--_space-xs) var(--_space-s) var(--_space-m) 3em;
    border-radius: var(--_radius);
  }

  /* The line from each step's number to the next step's (none after the last). */
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 2.5em 0;
    inset-inline-start: 1.1875em;
    border-inline-start: 0.125em solid var(--_border);
  }

  .step[data-state='done']::before {
    inset-inline-start: 1.125em;
    border-inline-start: 0.25em solid var(--_muted);
  }

  .step-number {
    position: absolute;
    inset-block-start: var(--_space-xs);
    inset-inline-start: 0.25em;
    display: grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border: 0.125em solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_accent);
    font-weight: bold;
    line-height: 1;
  }

  .step[data-state='done'] .step-number {
    border-color: var(--_muted);
    background: var(--_muted);
    color: var(--_surface);
  }

  .step[data-state='current'] {
    outline: 0.125em solid var(--_accent);
    background: var(--_surface-raised);
  }

  .step[data-state='current'] .step-number {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  .step-heading {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    padding-block-start: 0.2em;
  }

  .step-meta {
    margin: var(--_space-xs) 0 0;
    color: var(--_muted);
    font-size: var(--_small);
  }

  /* A middle dot, escaped (the bundle stays ASCII), ends each fact but the last: a line may break after it. */
  .meta-item:not(:last-child)::after {
    content: ' \\00b7' / '';
  }

  .step-phase {
    color: var(--_text);
    font-weight: bold;
  }

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 0.0625em solid var(--_muted);
    border-radius: 1em;
    color: var(--_text);
    font-weight: bold;
  }

  .badge[data-state='current'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  .step-summary {
    margin: var(--_space-xs) 0 0;
  }

  .step-panel p,
  .step-panel ul {
    margin: 0 0 var(--_space-s);
  }

  .step-panel > :last-child {
    margin-block-end: 0;
  }

  /*
   * Very narrow (a phone's width with large text): the number goes above the step's name instead of beside it, so the
   * text keeps the whole width; a rule between steps takes the place of the line joining the numbers. A word too long
   * for its line is hyphenated in its language (the lang of the page or of the content) where the browser can.
   */
  @container session-timeline (width < 16em) {
    * {
      hyphens: auto;
    }

    .step {
      padding-inline: 0;
    }

    .step + .step {
      border-block-start: 0.0625em solid var(--_border);
      border-radius: 0;
      padding-block-start: var(--_space-s);
    }

    .step::before {
      display: none;
    }

    .step-number {
      position: static;
      margin-block-end: var(--_space-xs);
    }
  }

  /* Compact mode: the phases side by side when there is room, stacked when not. */
  .phases {
    display: grid;
    /* Never wider than the list: a column narrower than 12em takes the whole width. */
    grid-template-columns: repeat(auto-fit, minmax(min(12em, 100%), 1fr));
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Its gutters narrower in a narrow column, so that a phase's name keeps a line of its own. */
  .phase {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: var(--_space-s) min(var(--_space-m), 5cqi);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .phase-name {
    font-weight: bold;
  }

  .phase-facts {
    display: flex;
    flex-direction: column;
  }

  @media (forced-colors: active) {
    .phase-icon,
    .axis-marker,
    .lane-progress,
    .step-number,
    .badge {
      forced-color-adjust: none;
    }

    .phase-icon,
    .axis-marker,
    .step-number,
    .badge {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .phase-icon:not([data-phase='preparation']),
    .axis-marker:not([data-phase='preparation']) {
      background: CanvasText;
    }

    .axis-marker[data-state='done'],
    .step[data-state='done'] .step-number {
      border-color: GrayText;
    }

    .axis-marker[data-state='done']:not([data-phase='preparation']),
    .step[data-state='done'] .step-number {
      background: GrayText;
      color: Canvas;
    }

    /* The lanes' borders are drawn in this colour, whichever way the axis runs. */
    .lane-progress {
      --_muted: GrayText;
    }

    .axis-marker[data-state='current'],
    .step[data-state='current'] {
      outline-color: Highlight;
    }

    .step[data-state='current'] .step-number,
    .badge[data-state='current'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    .show-all {
      border-color: ButtonText;
    }
  }

  /* On paper, whatever the reader had open on screen: what happens in every step, and no control. A step or a phase, a
     list item, is not split across pages (see the theme's print rules). */
  @media print {
    .controls,
    .step-toggle {
      display: none;
    }

    .phase-icon,
    .axis-marker,
    .step-number,
    .badge {
      print-color-adjust: exact;
    }

    .step[data-state='current'],
    .phase {
      background: none;
    }
  }
`;
