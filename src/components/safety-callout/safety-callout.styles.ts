import { css } from 'lit';

export default css`
  /* Each callout draws its own box, with room inside it: the widget needs none around them. */
  .widget {
    padding: 0;
  }

  .stack {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    container-type: inline-size;
  }

  /* Its text in the widget's colour. */
  .callout {
    --_severity: var(--_info);
    padding: var(--_space-m) var(--_space-l);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.375em solid var(--_severity);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    background: color-mix(in srgb, var(--_severity) 7%, var(--_surface));
  }

  /* Each level has its own border weight too, so it stays distinct in black and white and in forced colours. */
  .callout[data-severity='warning'] {
    --_severity: var(--_warning);
    border-inline-start-width: 0.5em;
  }

  .callout[data-severity='urgent'] {
    --_severity: var(--_urgent);
    border-width: 0.125em;
    border-color: var(--_severity);
    border-inline-start-width: 0.625em;
  }

  /* The level's name after its icon, in a line of text: a name too long for the line wraps between its words. */
  .label {
    margin: 0 0 var(--_space-xs);
    color: var(--_severity);
    font-weight: bold;
  }

  /* Centred on the capitals, within the line's height; the space after it in the markup keeps it off the name. */
  .icon {
    width: 1.5em;
    height: 1.5em;
    vertical-align: -0.4em;
  }

  .heading {
    margin: 0 0 var(--_space-s);
    font-size: 1.125em;
    line-height: 1.3;
  }

  .body p,
  .body ul,
  .added ::slotted(*) {
    margin: 0 0 var(--_space-s);
  }

  .body ul {
    padding-inline-start: 1.25em;
  }

  .body li + li {
    margin-block-start: var(--_space-xs);
  }

  .contacts {
    margin-block: var(--_space-m) var(--_space-s);
  }

  .contacts-title {
    font-weight: bold;
  }

  .contacts ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .contacts li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }

  .contacts li + li {
    margin-block-start: var(--_space-s);
  }

  .contact-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

  /* Calling or texting from a phone: a target well above the 24px minimum. */
  .contact-action {
    display: inline-flex;
    align-items: center;
    min-height: 2.25em;
    padding: 0 var(--_space-s);
    border: 0.0625em solid;
    border-radius: var(--_radius);
    font-weight: bold;
  }

  /* A paragraph of the body: its margin is the body's. */
  .region-note {
    font-weight: bold;
  }

  /*
   * Narrow, its gutters narrower still where the column is narrower than about 20em, and a word too long for its line
   * hyphenated in its language (the lang of the page or of the content) where the browser can, broken only where not.
   */
  @container (max-width: 24em) {
    .callout {
      padding: var(--_space-s) min(var(--_space-m), 5cqi);
      hyphens: auto;
    }

    .heading {
      font-size: 1.0625em;
    }
  }

  /* A contact, a link, has its border in the link's colour (its text's), which this mode makes the system's. */
  @media (forced-colors: active) {
    .callout[data-severity] {
      border-color: CanvasText;
    }
  }

  /* A long callout runs on to the next page rather than leaving this one empty; its label stays with its heading. */
  @media print {
    .callout[data-severity] {
      background: none;
      border-color: currentColor;
    }

    .label,
    .heading {
      color: inherit;
      break-after: avoid;
    }

    /* On paper a link is only useful with its address. */
    .body a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
