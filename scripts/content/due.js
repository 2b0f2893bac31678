/**
 * Which bundled items fall due for review: the logic of `npm run content:due`, kept free of Node so the browser tests
 * run it too. An item's next review is the sooner of its dataset's date and its own (`review`, on regulatory content),
 * as the widgets work it out for the dates they show.
 */

/** Each widget and the export of `src/data/` its bundled items come from. */
export const widgetData = [
  ['mdma-faq', 'faq'],
  ['study-table', 'studies'],
  ['session-timeline', 'sessions'],
  ['safety-callout', 'safety'],
];

const DAY = 86_400_000;

/** `YYYY-MM-DD` plus `days` (negative to go back), on the calendar, as written. */
export function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Every bundled item with its widget, id and review dates, from the exports of `src/data/`. */
export function reviewList(content) {
  const list = [];
  for (const [widget, name] of widgetData) {
    const dataset = content[name];
    for (const item of dataset.items) {
      const own = item.review?.nextReview;
      const nextReview = own !== undefined && own < dataset.nextReview ? own : dataset.nextReview;
      list.push({ widget, id: item.id, nextReview });
    }
  }
  return list;
}

/**
 * The items whose next review is on or before `within` days after `today` (past dates included), soonest first, each
 * with `days`: how many days from `today` its review falls due (negative when overdue).
 */
export function dueItems(content, today, within = 30) {
  const limit = addDays(today, within);
  return reviewList(content)
    .filter((item) => item.nextReview <= limit)
    .map((item) => ({ ...item, days: daysBetween(today, item.nextReview) }))
    .sort((a, b) => a.nextReview.localeCompare(b.nextReview));
}
