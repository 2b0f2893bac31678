/**
 * Screenshots of the table in a sidebar, a phone, an article column, a narrow portal column and a full page, light and
 * dark, compared with the baselines in test/screenshots/baseline/ (see `screenshotComparison` in the test runner's
 * config). The first study's details are open, so each screenshot shows a study both ways.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { emulateMediaOrSkip, resetEmulatedMedia, resetViewport, setViewportOrSkip } from '../../../test/emulation.js';
import { skipIn } from '../../../test/engine.js';
import { setClock } from '../../internal/clock.js';
import './study-table.js';
import type { StudyTable } from './study-table.js';

/** A column `width` px wide holding `table`, with the first study's details open and the fonts loaded. */
async function articleColumn(width: number, table: TemplateResult): Promise<HTMLElement> {
  const column = await fixture<HTMLElement>(html`<div
    style="width: ${width}px; padding: 0; background: #fff; font: 16px/1.5 'Liberation Sans', Arial, sans-serif"
  >
    ${table}
  </div>`);
  const element = column.querySelector<StudyTable>('study-table')!;
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLElement>('tr[data-details-for="mithoefer-2011"] .details-button')!.click();
  await element.updateComplete;
  await document.fonts.ready;
  return column;
}

describe('<study-table> as it looks', () => {
  afterEach(async () => {
    setClock();
    await resetEmulatedMedia();
    await resetViewport();
  });

  for (const width of [320, 480, 768, 1024, 1440]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`matches its reviewed screenshot at ${width} px, ${theme}`, async function () {
        // Chromium only: the baselines are Chromium's rendering, and the screenshot is taken over the DevTools Protocol.
        skipIn(this, 'firefox', 'webkit');
        await setViewportOrSkip(this, { width: 1500, height: 1000 });
        // No transition caught halfway, and a date before the next review, so no "due for review" notice.
        await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
        setClock(() => new Date('2026-12-01T12:00:00Z'));
        const column = await articleColumn(width, html`<study-table theme=${theme}></study-table>`);
        await visualDiff(column, `study-table-${width}-${theme}`);
      });
    }
  }

  it('fails on a real layout change', async function () {
    // Chromium only, as above. A table one column narrower than its baseline must not pass as the same picture. Skipped
    // while baselines are being written: it would write this table as the baseline.
    skipIn(this, 'firefox', 'webkit');
    if (await executeServerCommand<boolean, undefined>('visual-baseline-update')) this.skip();
    await setViewport({ width: 1500, height: 1000 });
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    setClock(() => new Date('2026-12-01T12:00:00Z'));
    const column = await articleColumn(1024, html`<study-table columns="study phase participants outcome"></study-table>`);
    let failure: unknown;
    try {
      await visualDiff(column, 'study-table-1024-light');
    } catch (cause) {
      failure = cause;
    }
    if (!(failure instanceof Error)) throw new Error('a table without its condition column matched the baseline');
  });
});
