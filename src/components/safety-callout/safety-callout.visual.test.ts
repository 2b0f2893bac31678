/**
 * Screenshots of two callouts, the regulatory status (information) and crisis support (urgent, with its contacts), in
 * a sidebar, an article column and a full page, light and dark (see test/visual.ts).
 */
import { html } from '@open-wc/testing';
import { screenshotsOf } from '../../../test/visual.js';
import './safety-callout.js';

describe('<safety-callout> as it looks', () => {
  screenshotsOf('safety-callout', [320, 800, 1440], (theme) => html`<safety-callout theme=${theme} topic="regulatory-status crisis-support"></safety-callout>`);
});
