/** Today's date, for the review dates: one clock for the library, which tests pin to a day of their choosing. */
import type { IsoDate } from '../../data/types.js';

/** Reads `Date.now()`, so a page (or a test) that sets the clock there sets it for the widgets too. */
const systemClock = () => new Date(Date.now());

let now: () => Date = systemClock;

/** Today as `YYYY-MM-DD`, in UTC (review dates are calendar dates, compared as written). */
export function today(): IsoDate {
  return now().toISOString().slice(0, 10);
}

/** Pins the clock (tests), or puts the real one back when called with no argument. */
export function setClock(clock?: () => Date): void {
  now = clock ?? systemClock;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (so "2026-02-30" is not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
