import { css } from 'lit';

export const styles = css`
  .widget {
    /* Layout follows the element's own width, so a 320px sidebar and a full article column both read well. */
    container: faq / inline-size;
  }

  .search {
    margin-block-end: var(--_space-m);
  }

  .search-label {
    display: block;
    margin-block-end: var(--_space-xs);
    font-weight: bold;
  }

  .search-hint {
    margin: 0 0 var(--_space-s);
    color: var(--_muted);
    font-size: var(--_small);
  }

  .search-input {
    display: block;
    inline-size: 100%;
    max-inline-size: 30em;
    padding: var(--_space-xs) var(--_space-s);
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .search-input:focus-visible {
    border-color: var(--_text);
  }

  .search-status {
    margin: var(--_space-s) 0 0;
    font-weight: bold;
  }

  .search-status:empty {
    display: none;
  }

  /* The searched words, where the reader's browser can mark them. */
  ::highlight(mdma-faq-found) {
    background: var(--_focus);
    color: var(--_focus-text);
  }

  /* Buttons that read as links: "Show all answers" and "Copy link". */
  .show-all,
  .copy-link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .show-all:hover,
  .copy-link:hover {
    text-decoration-thickness: 0.15em;
  }

  .show-all {
    margin-block-end: var(--_space-s);
    padding: var(--_space-xs) 0;
  }

  .questions {
    border-block-end: 1px solid var(--_border);
  }

  /* A deep link brings its question to the top of the view: below a host's sticky header, if it says how tall. */
  .item {
    border-block-start: 1px solid var(--_border);
    scroll-margin-block-start: var(--mdma-scroll-margin-top, 1em);
  }

  /* A heading, bold as a browser draws it. */
  .question {
    flex: auto;
    min-inline-size: 0;
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  /* The question is the disclosure's summary: a flex box, not a list item, so the chevron is its only marker. */
  .toggle {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-m);
    padding: var(--_space-s) 0;
    cursor: pointer;
  }

  .toggle::-webkit-details-marker {
    display: none;
  }

  .toggle:hover .question-text {
    text-decoration: underline;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.15em;
  }

  /* The theme's chevron, a little larger, in the accent colour and on the question's first line. */
  .toggle .disclosure-chevron {
    width: 0.55em;
    height: 0.55em;
    margin-block: 0.3em 0;
    margin-inline-end: 0.3em;
    color: var(--_accent);
  }

  .item[open] .disclosure-chevron {
    margin-block-start: 0.55em;
  }

  .answer-body {
    padding-block-end: var(--_space-m);
  }

  .answer-body p,
  .answer-body ul {
    margin-block: 0 var(--_space-s);
  }

  .answer-body ul {
    padding-inline-start: 1.25em;
  }

  .answer-body li,
  .answer-sources li {
    margin-block-end: var(--_space-xs);
  }

  /* An answer's sources, in the footer's small print. */
  .answer-citations {
    margin-block-end: var(--_space-s);
    color: var(--_muted);
    font-size: var(--_small);
  }

  .answer-sources-title {
    margin: 0 0 var(--_space-xs);
    font-weight: bold;
  }

  .answer-sources {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .answer-citations a {
    color: inherit;
  }

  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0 0 var(--_space-m);
    font-size: var(--_small);
  }

  .copy-status {
    color: var(--_muted);
  }

  /* The page's address, where copying failed: it wraps after a slash or a hyphen, inside a name only if it must. */
  .copy-status a {
    overflow-wrap: anywhere;
  }

  /*
   * Narrow (a phone's width, or less with large text): a word too long for its line is hyphenated in its language (the
   * lang of the page or of the content) where the browser can, and broken elsewhere only where it cannot.
   */
  @container faq (max-width: 24em) {
    * {
      hyphens: auto;
    }

    .question {
      font-size: 1em;
    }

    .toggle {
      gap: var(--_space-s);
    }
  }

  @media (forced-colors: active) {
    /* Controls drawn as links keep a visible boundary, as buttons do in this mode. */
    .show-all,
    .copy-link {
      padding-inline: var(--_space-xs);
      border: 1px solid ButtonText;
      color: ButtonText;
    }

    .item[open] .question-text {
      text-decoration: underline;
    }
  }

  /*
   * On paper every answer is readable (the theme's print rules open it), with no control. A question stays with the
   * first lines of its answer, and a long answer runs on to the next page rather than leaving this one half empty.
   */
  @media print {
    .search,
    .show-all,
    .copy {
      display: none;
    }
  }
`;
