/**
 * Screenshot tests of a widget as readers see it: in a column `width` px wide on a white page, light and dark, compared
 * with the reviewed baselines in test/screenshots/baseline/ (see `screenshotComparison` in the test runner's config).
 * Chromium only: the baselines are Chromium's rendering, and the screenshot is taken over the DevTools Protocol.
 */
import { fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { visualDiff } from '@web/test-runner-visual-regression';
import { emulateMediaOrSkip, resetEmulatedMedia, resetViewport, setViewportOrSkip } from './emulation.js';
import { skipIn } from './engine.js';
import { setClock } from '../src/internal/provenance/clock.js';

/** A column `width` px wide holding `widget`, once `prepare` has set it up (opened a disclosure, say) and the fonts are loaded. */
export async function column(width: number, widget: TemplateResult, prepare?: (element: LitElement) => unknown): Promise<HTMLElement> {
  const holder = await fixture<HTMLElement>(html`<div
    style="width: ${width}px; padding: 0; background: #fff; font: 16px/1.5 'Liberation Sans', Arial, sans-serif"
  >
    ${widget}
  </div>`);
  const element = holder.firstElementChild as LitElement;
  await element.updateComplete;
  await prepare?.(element);
  await element.updateComplete;
  await document.fonts.ready;
  return holder;
}

/** Before each screenshot: a wide viewport, no transition caught halfway, and a date before the next review (no notice). */
export async function steadyPage(context: Mocha.Context): Promise<void> {
  skipIn(context, 'firefox', 'webkit');
  await setViewportOrSkip(context, { width: 1500, height: 1000 });
  await emulateMediaOrSkip(context, { reducedMotion: 'reduce' });
  setClock(() => new Date('2026-12-01T12:00:00Z'));
}

export async function resetPage(): Promise<void> {
  setClock();
  await resetEmulatedMedia();
  await resetViewport();
}

/** One test per width and theme: `render(theme)` in a column of that width matches the baseline `<name>-<width>-<theme>`. */
export function screenshotsOf(
  name: string,
  widths: readonly number[],
  render: (theme: 'light' | 'dark') => TemplateResult,
  prepare?: (element: LitElement) => unknown,
): void {
  afterEach(resetPage);
  for (const width of widths) {
    for (const theme of ['light', 'dark'] as const) {
      it(`matches its reviewed screenshot at ${width} px, ${theme}`, async function () {
        await steadyPage(this);
        await visualDiff(await column(width, render(theme), prepare), `${name}-${width}-${theme}`);
      });
    }
  }
}
