/** Types of `due.js`, for the tests that import it. */
import type { Dataset, IsoDate, ReviewDates } from '../../src/data/types.js';

export type Widget = 'mdma-faq' | 'study-table' | 'session-timeline' | 'safety-callout';

/** The exports of `src/data/` that `reviewList` reads (each item needs an `id`, and may have review dates of its own). */
export interface Content {
  readonly faq: Dataset<{ readonly id: string; readonly review?: ReviewDates }>;
  readonly studies: Dataset<{ readonly id: string; readonly review?: ReviewDates }>;
  readonly sessions: Dataset<{ readonly id: string; readonly review?: ReviewDates }>;
  readonly safety: Dataset<{ readonly id: string; readonly review?: ReviewDates }>;
}

export interface ReviewItem {
  readonly widget: Widget;
  readonly id: string;
  readonly nextReview: IsoDate;
}

export interface DueItem extends ReviewItem {
  /** Days from today to the next review; negative when it is past. */
  readonly days: number;
}

export const widgetData: ReadonlyArray<readonly [Widget, keyof Content]>;
export function addDays(date: IsoDate, days: number): IsoDate;
export function daysBetween(from: IsoDate, to: IsoDate): number;
export function reviewList(content: Content): ReviewItem[];
export function dueItems(content: Content, today: IsoDate, within?: number): DueItem[];
