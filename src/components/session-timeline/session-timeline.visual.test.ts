/**
 * Screenshots of the timeline in a sidebar, an article column and a full page, light and dark, part-way through the
 * course (the second dosing session is the current step, open), so each shows steps done, current and to come (see
 * test/visual.ts).
 */
import { html } from '@open-wc/testing';
import { screenshotsOf } from '../../../test/visual.js';
import './session-timeline.js';

describe('<session-timeline> as it looks', () => {
  screenshotsOf('session-timeline', [320, 800, 1440], (theme) => html`<session-timeline theme=${theme} current="dosing-2"></session-timeline>`);
});
