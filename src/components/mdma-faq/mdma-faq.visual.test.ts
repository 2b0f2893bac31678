/**
 * Screenshots of the FAQ in a sidebar, an article column and a full page, light and dark, with its search box and one
 * answer open, so each shows a question both ways (see test/visual.ts).
 */
import { html } from '@open-wc/testing';
import { screenshotsOf } from '../../../test/visual.js';
import './mdma-faq.js';

describe('<mdma-faq> as it looks', () => {
  screenshotsOf(
    'mdma-faq',
    [320, 800, 1440],
    (theme) =>
      html`<mdma-faq theme=${theme} searchable questions="what-is-mdma-assisted-therapy is-it-safe how-does-it-work" open="is-it-safe"></mdma-faq>`,
  );
});
