import { css } from 'lit';

/**
 * Design tokens. Each public custom property (`--mdma-*`) may be set by the host on the element or any ancestor;
 * the private `--_*` copies hold the value in use, with light defaults, dark defaults under `[data-theme='dark']` and
 * under `[data-theme='auto']` when the reader prefers a dark scheme. The dark scheme is for screens: on paper a widget
 * takes the light one, whose text, small print, links and rules read on white. Sizes are in `em`: the page's root size
 * never leaks in.
 */
const darkTokens = css`
  --_text: var(--mdma-color-text, #e6edf3);
  --_muted: var(--mdma-color-muted, #b5bfca);
  --_accent: var(--mdma-color-accent, #8cc4ff);
  --_accent-contrast: var(--mdma-color-accent-contrast, #0d1117);
  --_surface: var(--mdma-color-surface, #161b22);
  --_surface-raised: var(--mdma-color-surface-raised, #21262d);
  --_border: var(--mdma-color-border, #6e7781);
  --_focus: var(--mdma-color-focus, #ffd33d);
  --_focus-text: var(--mdma-color-focus-text, #0d1117);
  --_info: var(--mdma-color-info, #8cc4ff);
  --_warning: var(--mdma-color-warning, #f2cc60);
  --_urgent: var(--mdma-color-urgent, #ff9492);
  color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  /* Controls written before the script takes over, to keep their place: unseen and unusable until it has. */
  [inert] {
    visibility: hidden;
  }

  .widget {
    --_text: var(--mdma-color-text, #1f2328);
    --_muted: var(--mdma-color-muted, #4f5863);
    --_accent: var(--mdma-color-accent, #005eb8);
    --_accent-contrast: var(--mdma-color-accent-contrast, #fff);
    --_surface: var(--mdma-color-surface, #fff);
    --_surface-raised: var(--mdma-color-surface-raised, #f2f5f7);
    --_border: var(--mdma-color-border, #6b7785);
    --_focus: var(--mdma-color-focus, #ffd33d);
    --_focus-text: var(--mdma-color-focus-text, #0b0c0c);
    --_info: var(--mdma-color-info, #005eb8);
    --_warning: var(--mdma-color-warning, #8a5300);
    --_urgent: var(--mdma-color-urgent, #c2261b);
    --_radius: var(--mdma-radius, 0.375em);
    --_space-xs: var(--mdma-space-xs, 0.25em);
    --_space-s: var(--mdma-space-s, 0.5em);
    --_space-m: var(--mdma-space-m, 1em);
    --_space-l: var(--mdma-space-l, 1.5em);
    --_small: var(--mdma-font-size-small, 0.875em);
    color-scheme: light;
    /*
     * Inherited properties a host's global CSS may force on the element: the widget sets its own (page selectors cannot
     * reach inside). Letter and word spacing are not among them: they are how a reader widens text (WCAG 1.4.12), and
     * the widget takes them from the page.
     */
    font-family: var(--mdma-font-family, inherit);
    font-size: var(--mdma-font-size, 1em);
    line-height: var(--mdma-line-height, 1.5);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    font-style: normal;
    font-weight: normal;
    white-space: normal;
    box-sizing: border-box;
    /* The widget draws its own surface, so its text keeps off that surface's edge: less in a narrow column. */
    padding: min(var(--_space-m), 3%);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }

  @media screen {
    .widget[data-theme='dark'] {
      ${darkTokens}
    }

    @media (prefers-color-scheme: dark) {
      .widget[data-theme='auto'] {
        ${darkTokens}
      }
    }
  }

  /* Everything in the shadow root is inside the widget, which sets its own box-sizing. */
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }

  /* Prose lines of at most about 70 characters on screen, at any width (an average character is about half an em); paper keeps its own column. */
  @media screen {
    .widget :is(p, li, dd) {
      max-width: 35em;
    }
  }

  /* Links, and the buttons that read as links ("Sources (N)", the table's sort buttons). */
  a,
  .link-button {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover,
  .link-button:hover {
    text-decoration-thickness: 0.15em;
  }

  /* Whatever takes keyboard focus: links, buttons, the search box, summaries, a scrolling region. */
  :focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.1em;
    box-shadow: 0 0 0 0.35em var(--_focus-text);
  }

  /* Form controls take the text around them, including the reader's letter and word spacing, which browsers reset. */
  button,
  input {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  /* Read, not seen: nothing of it shows, and it takes no room. */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .footer {
    margin-block-start: var(--_space-m);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: var(--_small);
  }

  .footer-title {
    margin: 0 0 var(--_space-xs);
    font-weight: bold;
  }

  .footer ol {
    margin: 0 0 var(--_space-s);
    padding-inline-start: 1.5em;
  }

  .footer li {
    margin-block-end: var(--_space-xs);
  }

  .footer a {
    color: inherit;
  }

  .link-button {
    display: inline-flex;
    align-items: center;
    margin: 0;
    border: 0;
    background: none;
    font-weight: bold;
    cursor: pointer;
  }

  /*
   * "Sources (N)": a long list of sources is a native disclosure, which opens before and without the script. Shown as
   * a flex box, not a list item, its summary has no marker of its own (WebKit's older one is hidden below).
   */
  .sources-toggle {
    gap: var(--_space-s);
    padding: var(--_space-xs) 0;
  }

  .sources-toggle::-webkit-details-marker {
    display: none;
  }

  /* A chevron drawn with borders (in the text's colour): it stays visible in forced-colours mode and turns with its
     control's state. */
  .disclosure-chevron {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-block-end: 0.2em;
    border-block-end: 0.15em solid;
    border-inline-end: 0.15em solid;
    transform: rotate(45deg);
    transition: transform 0.15s ease-out;
  }

  [open] > * > .disclosure-chevron {
    margin-block: 0.2em 0;
    transform: rotate(-135deg);
  }

  .review-dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
  }

  .review-dates p {
    margin: 0;
  }

  /* Content past its next review date: said before the content, in the text colour, with a bar that is not colour alone. */
  .review-due {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 0.3em solid var(--_warning);
    background: var(--_surface-raised);
    font-weight: bold;
  }

  /*
   * No movement for a reader who asks for none, even where a page's styles for the parts would add some. (Nothing in a
   * widget is scrolled by script: the FAQ's links scroll the page, as the page's own scroll-behavior says.)
   */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }

  /* Links take the system's link colour in this mode whatever the style says. */
  @media (forced-colors: active) {
    .widget {
      border: 1px solid CanvasText;
    }

    /* A control drawn as a link keeps a visible boundary, as buttons do in this mode. */
    .sources-toggle {
      padding-inline: var(--_space-xs);
      border: 1px solid ButtonText;
      color: ButtonText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }

  /*
   * On paper every closed disclosure prints open (where the engine can style a closed disclosure's content): lists of
   * sources, answers, details. Pages break between small pieces, never inside a list item (a citation, a step) nor just
   * after a summary or a title; each citation is followed by its address.
   */
  @media print {
    .widget {
      padding: 0;
      color: #000;
      background: none;
    }

    summary,
    [class$='title'] {
      break-after: avoid;
    }

    li {
      break-inside: avoid;
    }

    ol > li > a::after {
      content: ' (' attr(href) ')';
    }

    ::details-content {
      content-visibility: visible;
    }

    .disclosure-chevron {
      display: none;
    }

    .link-button {
      color: inherit;
      text-decoration: none;
    }
  }
`;
