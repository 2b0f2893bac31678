/**
 * Screenshots of the table in a sidebar, a phone, an article column, a narrow portal column and a full page, light and
 * dark, compared with the baselines in test/screenshots/baseline/ (see `screenshotComparison` in the test runner's
 * config). The first study's details are open, so each screenshot shows a study both ways.
 */
import { html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { column, screenshotsOf, steadyPage } from '../../../test/visual.js';
import './study-table.js';
import type { StudyTable } from './study-table.js';

/** The first study's details open, so each screenshot shows a study both ways. */
async function openFirstStudy(element: Element): Promise<void> {
  (element as StudyTable).shadowRoot!.querySelector<HTMLElement>('tr[data-details-for="mithoefer-2011"] .details-button')!.click();
}

describe('<study-table> as it looks', () => {
  screenshotsOf('study-table', [320, 480, 768, 1024, 1440], (theme) => html`<study-table theme=${theme}></study-table>`, openFirstStudy);

  it('fails on a real layout change', async function () {
    // A table one column narrower than its baseline must not pass as the same picture. Skipped while baselines are
    // being written: it would write this table as the baseline.
    await steadyPage(this);
    if (await executeServerCommand<boolean, undefined>('visual-baseline-update')) this.skip();
    const narrower = await column(1024, html`<study-table columns="study phase participants outcome"></study-table>`, openFirstStudy);
    let failure: unknown;
    try {
      await visualDiff(narrower, 'study-table-1024-light');
    } catch (cause) {
      failure = cause;
    }
    if (!(failure instanceof Error)) throw new Error('a table without its condition column matched the baseline');
  });
});
