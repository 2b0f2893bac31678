import { expect } from '@open-wc/testing';
import { combineReviews, isReviewDue } from './review.js';

describe('review dates', () => {
  it('counts content as due only after its next review date, never on it', () => {
    const review = { lastReviewed: '2026-11-28', nextReview: '2027-05-28' };
    expect(isReviewDue(review, '2027-05-27')).to.equal(false);
    expect(isReviewDue(review, '2027-05-28')).to.equal(false);
    expect(isReviewDue(review, '2027-05-29')).to.equal(true);
    // Across a month and a year, as the dates are compared as written.
    expect(isReviewDue({ nextReview: '2026-12-31' }, '2027-01-01')).to.equal(true);
    expect(isReviewDue({ nextReview: '2027-01-31' }, '2027-01-31')).to.equal(false);
  });

  it('never counts content with no next review date as due', () => {
    expect(isReviewDue({}, '2099-01-01')).to.equal(false);
    expect(isReviewDue({ lastReviewed: '2020-01-01' }, '2099-01-01')).to.equal(false);
  });

  it('combines parts into the oldest review and the soonest next review', () => {
    const combined = combineReviews([
      { lastReviewed: '2026-11-28', nextReview: '2027-05-28' },
      undefined,
      { lastReviewed: '2026-10-01', nextReview: '2026-12-28' },
      { lastReviewed: undefined, nextReview: undefined },
    ]);
    expect(combined).to.deep.equal({ lastReviewed: '2026-10-01', nextReview: '2026-12-28' });
    expect(combineReviews([])).to.deep.equal({ lastReviewed: undefined, nextReview: undefined });
  });
});
