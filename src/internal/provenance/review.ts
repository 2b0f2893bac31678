/** Review dates: when content was last checked against its sources, and when it is due again. */
import type { IsoDate, ReviewDates } from '../../data/types.js';
import { today } from './clock.js';

/** Review dates as a widget shows them; either may be unknown (host content that gives none). */
export type ShownReview = Partial<ReviewDates>;

const earliest = (dates: ReadonlyArray<IsoDate | undefined>): IsoDate | undefined =>
  dates.reduce<IsoDate | undefined>((first, date) => (date !== undefined && (first === undefined || date < first) ? date : first), undefined);

/**
 * The review dates of content made of several parts: the oldest review, and the soonest next review. Both are own
 * fields, undefined when unknown, so neither is ever read from something another script added to Object.prototype.
 */
export function combineReviews(parts: ReadonlyArray<ShownReview | undefined>): ShownReview {
  const lastReviewed = earliest(parts.map((part) => part?.lastReviewed));
  const nextReview = earliest(parts.map((part) => part?.nextReview));
  return { lastReviewed, nextReview };
}

/** Whether `day` (today unless given) is past the next review date, so readers are told the content may be out of date. */
/**
 * The review dates to show: the bundled content's; for host content that replaces it, the host's own (none if the host
 * gives none, never ours under someone else's content); for extended content, the older of the two.
 */
export function shownReview(host: (ShownReview & { readonly mode: 'replace' | 'extend' }) | undefined, bundled: ReadonlyArray<ShownReview | undefined>): ShownReview {
  if (!host) return combineReviews(bundled);
  const own = { lastReviewed: host.lastReviewed, nextReview: host.nextReview };
  return host.mode === 'replace' ? combineReviews([own]) : combineReviews([...bundled, own]);
}

export function isReviewDue(review: ShownReview, day: IsoDate = today()): boolean {
  return review.nextReview !== undefined && day > review.nextReview;
}
