/**
 * `npm run content:due [-- --date YYYY-MM-DD]`: every bundled item whose next review falls within 30 days of today (UTC),
 * or is past, with its widget, id and date. Read from the TypeScript sources, so it needs no build. It informs: it exits
 * 0 whatever is due (only a malformed `--date` exits 2).
 */
import { dueItems } from './content/due.js';
import { loadContent } from './content/load.js';

const WITHIN = 30;

function usage(message) {
  console.error(`${message}\nUsage: npm run content:due [-- --date YYYY-MM-DD]`);
  process.exit(2);
}

function isCalendarDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

let today = new Date().toISOString().slice(0, 10);
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index];
  if (arg === '--date' || arg.startsWith('--date=')) {
    const value = arg === '--date' ? args[(index += 1)] : arg.slice('--date='.length);
    if (value === undefined || !isCalendarDate(value)) usage(`--date needs a calendar date written YYYY-MM-DD, not "${value ?? ''}".`);
    today = value;
  } else if (arg === '--help' || arg === '-h') {
    console.log('Usage: npm run content:due [-- --date YYYY-MM-DD]');
    process.exit(0);
  } else {
    usage(`Unknown argument "${arg}".`);
  }
}

const due = dueItems(await loadContent(), today, WITHIN);

const when = (days) =>
  days < 0 ? `${-days} day${days === -1 ? '' : 's'} overdue` : days === 0 ? 'due today' : `in ${days} day${days === 1 ? '' : 's'}`;

if (due.length === 0) {
  console.log(`Content review: nothing due within ${WITHIN} days of ${today}.`);
} else {
  console.log(`Content review: ${due.length} bundled item${due.length === 1 ? '' : 's'} due within ${WITHIN} days of ${today}, or past due:`);
  const widgetWidth = Math.max(...due.map((item) => item.widget.length));
  const idWidth = Math.max(...due.map((item) => item.id.length));
  for (const item of due) {
    console.log(`  ${item.nextReview}  ${item.widget.padEnd(widgetWidth)}  ${item.id.padEnd(idWidth)}  (${when(item.days)})`);
  }
}
