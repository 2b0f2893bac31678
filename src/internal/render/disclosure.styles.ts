import { css } from 'lit';

/**
 * A native disclosure ("More about …", "About each kind of session"): its summary reads as a link, and it opens with a
 * click, Enter or Space before and without the script, and prints open. Only the widgets that have one include these
 * rules.
 */
export const disclosureStyles = css`
  .disclosure {
    margin-block: var(--_space-s);
  }

  .disclosure > summary {
    width: fit-content;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .disclosure > summary:hover {
    text-decoration-thickness: 0.15em;
  }

  .disclosure > summary + * {
    margin-block-start: var(--_space-s);
  }

  /* On paper nothing can be opened: the rest is printed under its label (opened by the theme's print rules). */
  @media print {
    .disclosure > summary {
      list-style: none;
      color: inherit;
      font-weight: bold;
      text-decoration: none;
    }
  }
`;
