/**
 * Print snapshots (Chromium only): a blog post (a heading, a paragraph and the FAQ) and a portal page (a heading, a
 * paragraph, the regulatory callout and the study table), printed to PDF as Chromium prints by default (A4, 1 cm margins, no background
 * graphics) and read back page by page (see `printPlugin` in the test runner's config). Each prints on no more pages than
 * its target, no page but the last is left less than a quarter full, and its first page matches the reviewed image in
 * test/screenshots/baseline/ (written again with `VISUAL_BASELINE=update`, like the other screenshots).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { emulateMediaOrSkip, resetEmulatedMedia, resetViewport, setViewportOrSkip } from './emulation.js';
import { skipIn } from './engine.js';
import { setClock } from '../src/internal/provenance/clock.js';
import '../src/components/mdma-faq/mdma-faq.js';
import '../src/components/safety-callout/safety-callout.js';
import '../src/components/study-table/study-table.js';

interface Printed {
  /** How many pages were printed. */
  readonly pages: number;
  /** How far down each page its content reaches, from 0 to 1 of the space inside the margins. */
  readonly reach: readonly number[];
  /** The first page, 50 pixels per inch in grey, as a PNG data URL. */
  readonly firstPage: string;
}

/** The page made of `content`, printed once its widgets have rendered everything and its fonts have loaded. */
async function print(content: TemplateResult): Promise<Printed> {
  // The text face is named, so that the pages break where they broke when the baselines were reviewed.
  const page = await fixture<HTMLElement>(html`<article style="font-family: 'Liberation Serif', serif">${content}</article>`);
  const widgets = Array.from(page.querySelectorAll<LitElement>('mdma-faq, safety-callout, study-table'));
  await Promise.all(widgets.map((widget) => customElements.whenDefined(widget.localName)));
  // `updateComplete` is true once no further update is pending (a widget may update again after its first render).
  const settled = async () => {
    for (const widget of widgets) while (!(await widget.updateComplete));
  };
  await settled();
  // What a widget learns from its first layout (a resize observer's report) arrives by the next frame.
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  await settled();
  await document.fonts.ready;
  return executeServerCommand<Printed, undefined>('print-page') as Promise<Printed>;
}

/** The pages other than the last whose content stops before a quarter of the page, as "page 3: 18 %". */
function underfilled({ reach }: Printed): string[] {
  return reach.slice(0, -1).flatMap((part, index) => (part < 0.25 ? [`page ${index + 1}: ${Math.round(part * 100)} %`] : []));
}

/** Compares the printed first page with its reviewed image `name`. */
async function matchesFirstPage({ firstPage }: Printed, name: string): Promise<void> {
  const image = document.createElement('img');
  image.src = firstPage;
  image.alt = '';
  image.style.display = 'block';
  await image.decode();
  document.body.append(image);
  try {
    await visualDiff(image, name);
  } finally {
    image.remove();
  }
}

describe('printing on A4', () => {
  beforeEach(async function () {
    // Chromium only: the PDF is Chromium's print, made over the DevTools Protocol, and the baselines are its rendering.
    skipIn(this, 'firefox', 'webkit');
    await setViewportOrSkip(this, { width: 1000, height: 1000 });
    // As a page the runner reuses from an earlier test file may be, with screen media emulated: printing must still
    // print with print media.
    await emulateMediaOrSkip(this, { media: 'screen' });
    // A date before the next review, so no "due for review" notice.
    setClock(() => new Date('2026-12-01T12:00:00Z'));
  });

  afterEach(async () => {
    setClock();
    await resetEmulatedMedia();
    await resetViewport();
  });

  it('prints a blog post with the FAQ on at most 11 pages, each but the last at least a quarter full', async function () {
    this.timeout(60000);
    const printed = await print(html`
      <h1>The questions I had about MDMA-assisted therapy</h1>
      <p>
        Every few weeks a reader writes to ask what I know about MDMA-assisted therapy for PTSD. Instead of my own summary,
        here are questions and answers whose every claim is checked against its source.
      </p>
      <mdma-faq></mdma-faq>
    `);
    expect(printed.pages, 'pages').to.be.within(2, 11);
    expect(underfilled(printed), 'pages less than a quarter full').to.deep.equal([]);
    await matchesFirstPage(printed, 'print-blog-page-1');
  });

  it('prints a portal page with the regulatory callout and the table on at most 9 pages, each but the last at least a quarter full', async function () {
    this.timeout(60000);
    const printed = await print(html`
      <h1>MDMA-assisted therapy for PTSD: the evidence</h1>
      <p>The published clinical trials of MDMA-assisted therapy, side by side, each linked to its paper.</p>
      <safety-callout topic="regulatory-status"></safety-callout>
      <study-table sort="study" sort-direction="descending"></study-table>
    `);
    expect(printed.pages, 'pages').to.be.within(2, 9);
    expect(underfilled(printed), 'pages less than a quarter full').to.deep.equal([]);
    await matchesFirstPage(printed, 'print-portal-page-1');
  });

  it('sees a page left nearly empty', async function () {
    // The measure itself: a short paragraph that ends its page must count as a page less than a quarter full.
    const printed = await print(html`<p style="break-after: page">A short paragraph.</p>
      <p>The next page.</p>`);
    expect(printed.pages).to.equal(2);
    expect(underfilled(printed)).to.have.length(1);
  });
});
