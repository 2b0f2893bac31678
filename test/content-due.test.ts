import { expect } from '@open-wc/testing';
import { addDays, dueItems, type Content } from '../scripts/content/due.js';
import { faq, regulatoryReviewDates, reviewDates, safety, sessions, studies } from '../src/data/index.js';

/** A dataset due on `nextReview`, with items that may carry review dates of their own. */
const dataset = (nextReview: string, items: Array<{ id: string; review?: { lastReviewed: string; nextReview: string } }>) => ({
  lastReviewed: '2026-01-01',
  nextReview,
  language: 'en',
  items,
});

describe('npm run content:due', () => {
  it('lists an item due within 30 days, and a past one, but not one due later', () => {
    const content: Content = {
      faq: dataset('2027-06-01', [
        { id: 'soon', review: { lastReviewed: '2026-11-01', nextReview: '2026-12-20' } },
        { id: 'later' },
      ]),
      studies: dataset('2026-11-30', [{ id: 'past' }]),
      sessions: dataset('2027-01-06', [{ id: 'on-the-30th-day' }]),
      safety: dataset('2027-01-07', [{ id: 'on-the-31st-day' }]),
    };
    expect(dueItems(content, '2026-12-07')).to.deep.equal([
      { widget: 'study-table', id: 'past', nextReview: '2026-11-30', days: -7 },
      { widget: 'mdma-faq', id: 'soon', nextReview: '2026-12-20', days: 13 },
      { widget: 'session-timeline', id: 'on-the-30th-day', nextReview: '2027-01-06', days: 30 },
    ]);
  });

  it('lists the bundled regulatory items a few days before their monthly review, and not the six-monthly ones', () => {
    const today = addDays(regulatoryReviewDates.nextReview, -10);
    expect(reviewDates.nextReview > addDays(today, 30), 'the six-monthly review falls after the window').to.equal(true);
    const due = dueItems({ faq, studies, sessions, safety }, today).map(({ widget, id }) => `${widget}#${id}`);
    expect(due).to.include.members(['mdma-faq#is-it-fda-approved', 'safety-callout#regulatory-status']);
    expect(due).to.not.include('mdma-faq#how-does-it-work');
  });
});
