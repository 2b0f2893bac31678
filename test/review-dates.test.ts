import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { regulatoryReviewDates, reviewDates } from '../src/data/sources.js';
import { setClock } from '../src/internal/provenance/clock.js';
import { version } from '../src/version.js';
import { consoleDuring } from './console.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const widgets = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'] as const;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const notice = (element: Element) => element.shadowRoot!.querySelector('.review-due');
/**
 * The text of the notice under `root`, null when there is none. Checks compare text, never the element itself: a failed
 * check then says what the notice said, and the test runner can send the failure (it cannot copy an element).
 */
const noticeText = (root: Element) => {
  const found = (root.shadowRoot ?? root).querySelector('.review-due');
  return found ? text(found) : null;
};
const footerDates = (element: Element) => text(element.shadowRoot!.querySelector('.footer .review-dates'));

/** Each widget with content on the six-month cycle (the FAQ's regulatory questions and callout have their own). */
const sixMonthly: Record<(typeof widgets)[number], string> = {
  'mdma-faq': '<mdma-faq questions="what-dose-is-used is-it-safe"></mdma-faq>',
  'study-table': '<study-table></study-table>',
  'session-timeline': '<session-timeline></session-timeline>',
  'safety-callout': '<safety-callout topic="adulteration"></safety-callout>',
};

/** Pins the library's clock to noon (UTC) on `day`. */
const pinClock = (day: string) => setClock(() => new Date(`${day}T12:00:00Z`));

async function render(markup: string): Promise<{ element: Widget; warnings: string[] }> {
  let element!: Widget;
  const { warnings } = await consoleDuring(async () => {
    element = await fixture<Widget>(markup);
    await element.updateComplete;
  });
  return { element, warnings };
}

describe('review dates readers can see', () => {
  afterEach(() => setClock());

  // First in this file: the warning is logged once per page, so a later test would find it already logged.
  it('warns the site owner once per page, naming the package version, however many widgets are due', async () => {
    pinClock('2027-07-01');
    const { warnings } = await consoleDuring(async () => {
      const page = await fixture<HTMLElement>(
        html`<div><session-timeline></session-timeline><study-table></study-table><study-table></study-table></div>`,
      );
      for (const element of page.children) await (element as Widget).updateComplete;
    });
    const due = warnings.filter((warning) => warning.includes('due for review on 2027-05-28'));
    expect(due).to.have.length(1);
    expect(due[0]).to.include(`mdma-therapy-widgets ${version}`).and.include('newer version');
  });

  it('bundled content is reviewed on 28 November 2026, next due 28 May 2027; regulatory content re-checked on 7 December, monthly', () => {
    expect(reviewDates).to.deep.include({ lastReviewed: '2026-11-28', nextReview: '2027-05-28' });
    expect(regulatoryReviewDates).to.deep.equal({ lastReviewed: '2026-12-07', nextReview: '2027-01-07' });
    const months = (from: string, to: string) => (new Date(to).getTime() - new Date(from).getTime()) / (30.44 * 86_400_000);
    expect(months(regulatoryReviewDates.lastReviewed, regulatoryReviewDates.nextReview)).to.be.at.most(2);
  });

  for (const tag of widgets) {
    it(`<${tag}> says when its content was reviewed and when it is next due, with no notice before that date`, async () => {
      pinClock('2027-01-15');
      const { element, warnings } = await render(sixMonthly[tag]);
      expect(footerDates(element)).to.equal('Reviewed 28 November 2026 Next review due 28 May 2027');
      expect(element.shadowRoot!.querySelector('.next-review time')!.getAttribute('datetime')).to.equal('2027-05-28');
      expect(noticeText(element)).to.equal(null);
      expect(warnings).to.deep.equal([]);
    });

    it(`<${tag}> tells readers, above the content, once its next review date has passed`, async () => {
      pinClock('2027-05-29');
      const { element } = await render(sixMonthly[tag]);
      expect(text(notice(element))).to.equal('This content was due for review on 28 May 2027. It may be out of date.');
      const footer = element.shadowRoot!.querySelector('.footer')!;
      expect(notice(element)!.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(element).to.be.accessible();
    });
  }

  it('is still current on its next review date itself', async () => {
    pinClock('2027-05-28');
    const { element } = await render('<study-table></study-table>');
    expect(noticeText(element)).to.equal(null);
  });

  it('says so in Spanish on a Spanish page', async () => {
    pinClock('2027-06-01');
    const { element } = await render('<mdma-faq lang="es" questions="what-dose-is-used"></mdma-faq>');
    expect(text(notice(element))).to.equal('Este contenido debía revisarse el 28 de mayo de 2027. Puede estar desactualizado.');
    expect(footerDates(element)).to.equal('Revisado el 28 de noviembre de 2026 Próxima revisión prevista: 28 de mayo de 2027');
  });

  it('gives regulatory content its own, earlier next review, in the FAQ and in the callout', async () => {
    pinClock('2026-12-08');
    const faq = (await render('<mdma-faq questions="is-it-fda-approved what-dose-is-used"></mdma-faq>')).element;
    expect(footerDates(faq)).to.equal('Reviewed 28 November 2026 Next review due 7 January 2027');
    const dose = (await render('<mdma-faq questions="what-dose-is-used"></mdma-faq>')).element;
    expect(footerDates(dose)).to.equal('Reviewed 28 November 2026 Next review due 28 May 2027');
    const callout = (await render('<safety-callout topic="regulatory-status adulteration"></safety-callout>')).element;
    const [regulatory, adulteration] = Array.from(callout.shadowRoot!.querySelectorAll('.callout'));
    expect(text(regulatory!.querySelector('.review-dates'))).to.equal('Reviewed 7 December 2026 Next review due 7 January 2027');
    expect(text(adulteration!.querySelector('.review-dates'))).to.include('Next review due 28 May 2027');

    pinClock('2027-01-08');
    const late = (await render('<safety-callout topic="regulatory-status adulteration"></safety-callout>')).element;
    const [lateRegulatory, lateAdulteration] = Array.from(late.shadowRoot!.querySelectorAll('.callout'));
    expect(noticeText(lateRegulatory!)).to.include('7 January 2027');
    expect(noticeText(lateAdulteration!)).to.equal(null);
  });

  it('judges host content by its own dates', async () => {
    pinClock('2027-03-01');
    const items = [{ id: 'clinic', question: 'Where is the clinic?', answer: ['On Main Street.'] }];
    const due = document.createElement('mdma-faq') as Widget & { data: unknown };
    due.data = { items, lastReviewed: '2026-06-01', nextReview: '2027-01-01' };
    const fresh = document.createElement('mdma-faq') as Widget & { data: unknown };
    fresh.data = { items, lastReviewed: '2027-02-01', nextReview: '2027-08-01' };
    const undated = document.createElement('mdma-faq') as Widget & { data: unknown };
    undated.data = items;
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(due, fresh, undated);
    await Promise.all([due.updateComplete, fresh.updateComplete, undated.updateComplete]);
    expect(text(notice(due))).to.include('1 January 2027');
    expect(footerDates(due)).to.equal('Reviewed 1 June 2026 Next review due 1 January 2027');
    expect(noticeText(fresh)).to.equal(null);
    expect(footerDates(fresh)).to.equal('Reviewed 1 February 2027 Next review due 1 August 2027');
    // Content that replaces ours and gives no dates shows none, and no notice: ours are never shown under it.
    expect(noticeText(undated)).to.equal(null);
    expect(undated.shadowRoot!.querySelector('.review-dates') === null, 'no review dates').to.equal(true);

    pinClock('2027-06-01');
    const extended = document.createElement('study-table') as Widget & { data: unknown };
    extended.data = { mode: 'extend', items: [], lastReviewed: '2027-05-01', nextReview: '2027-11-01' };
    page.append(extended);
    await extended.updateComplete;
    // Extended content is as current as its oldest part: the bundled content is due.
    expect(text(notice(extended))).to.include('28 May 2027');
  });

  it('keeps the version in the code equal to the package version', async () => {
    const packageJson = (await (await fetch('/package.json')).json()) as { version: string };
    expect(version).to.equal(packageJson.version);
  });
});
