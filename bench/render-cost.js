// Render cost to the host page: every widget page against the static page with the same content, loaded side by side
// in one run: the four widgets client-rendered and pre-rendered, and each element alone with its own script.
import { freshPage } from './browser.js';
import { mainThreadBreakdown, traceCategories } from './main-thread.js';
import { summary } from './stats.js';

export const viewport = { width: 1280, height: 800 };

/** How long one load may take before the run stops with an error instead of waiting for ever (a widget that never hydrates). */
const loadTimeout = 60_000;

/** Rejects with `message` if `promise` has not settled after `milliseconds`. */
function within(promise, milliseconds, message) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(message)), milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One cold load of `url`: the probe's timings and the main thread's busy time from the DevTools performance counters.
 * A traced load also says where the main-thread time went; tracing slows the page, so its timings are not used.
 */
async function loadOnce(browser, url, cpuSlowdown, { traced = false } = {}) {
  const page = await freshPage(browser);
  try {
    await page.setViewport(viewport);
    if (cpuSlowdown > 1) await page.emulateCPUThrottling(cpuSlowdown);
    const before = await page.metrics();
    if (traced) await page.tracing.start({ categories: traceCategories });
    await page.goto(url, { waitUntil: 'load' });
    const probe = await within(
      page.evaluate(() => window.benchProbe.done),
      loadTimeout * cpuSlowdown,
      `${url} did not finish rendering and hydrating within ${(loadTimeout * cpuSlowdown) / 1000} s (${page.problems.join('; ') || 'no console messages'})`,
    );
    const trace = traced ? JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')) : undefined;
    const after = await page.metrics();
    const textLength = await page.evaluate(() => window.benchProbe.textLength());
    const spent = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
    return {
      ...probe,
      textLength,
      mainThread: spent('TaskDuration'),
      breakdown: trace ? mainThreadBreakdown(trace, url) : undefined,
      problems: page.problems,
    };
  } finally {
    await page.closeContext();
  }
}

function summarise(samples, traces) {
  const of = (name) => summary(samples.map((sample) => sample[name]));
  const traced = (kind) => summary(traces.map((sample) => sample.breakdown[kind]));
  const fewest = (name) => (samples.length ? Math.min(...samples.map((sample) => sample[name])) : null);
  const most = (name) => (samples.length ? Math.max(...samples.map((sample) => sample[name])) : null);
  return {
    contentComplete: of('contentComplete'),
    interactive: of('interactive'),
    firstContentfulPaint: of('firstContentfulPaint'),
    domInteractive: of('domInteractive'),
    domContentLoaded: of('domContentLoaded'),
    load: of('load'),
    mainThread: of('mainThread'),
    layoutShift: { max: most('layoutShift'), median: of('layoutShift').median },
    textLength: samples[0]?.textLength ?? null,
    elementsRendered: fewest('elementsRendered'),
    elementsExpected: samples[0]?.elementsExpected ?? 0,
    prerendered: fewest('prerendered'),
    hydratedInView: { min: fewest('hydratedInView'), max: most('hydratedInView') },
    waitingOutOfView: { min: fewest('waitingOutOfView'), max: most('waitingOutOfView') },
    // Medians over the traced loads, for the pages that have them.
    mainThreadByKind:
      traces.length === 0
        ? null
        : {
            scripting: traced('scripting'),
            styleAndLayout: traced('styleAndLayout'),
            painting: traced('painting'),
            parsingHtml: traced('parsingHtml'),
            other: traced('other'),
            total: traced('total'),
          },
  };
}

/** The ratio of two medians, to two decimals; null when either is missing. */
function ratioOf(page, reference, name) {
  const [a, b] = [page[name]?.median, reference[name]?.median];
  return a == null || b == null || b === 0 ? null : Math.round((a / b) * 100) / 100;
}

/**
 * Loads every page of `pages` (`renderPages` from pages.js) `runs` times, one load of each per round, each round
 * starting one page further down the list so that no page always goes first; one unrecorded warm-up round comes first
 * (the first start of a renderer is slower than any reader's). Then `tracedRuns` traced loads of the pages marked
 * `traced`, for the main-thread breakdown. Returns each page's summary, each page's ratios against the page named in
 * its `against`, and the console problems.
 */
export async function measureRenderCost(browser, origin, { pages, runs, tracedRuns = 3, cpuSlowdown = 1, onProgress = () => {} }) {
  const samples = new Map(pages.map(({ name }) => [name, []]));
  const traces = new Map(pages.map(({ name }) => [name, []]));
  const problems = new Set();
  const rotated = (round) => pages.map((_, index) => pages[(index + Math.max(round, 0)) % pages.length]);
  for (let round = -1; round < runs; round += 1) {
    for (const { name, path } of rotated(round)) {
      const sample = await loadOnce(browser, `${origin}${path}`, cpuSlowdown);
      sample.problems.forEach((problem) => problems.add(`${name}: ${problem}`));
      if (round >= 0) samples.get(name).push(sample);
    }
    onProgress(round + 1, runs);
  }
  const tracedPages = pages.filter((page) => page.traced);
  for (let round = 0; round < tracedRuns; round += 1) {
    for (const { name, path } of tracedPages) traces.get(name).push(await loadOnce(browser, `${origin}${path}`, cpuSlowdown, { traced: true }));
  }
  const summaries = Object.fromEntries(pages.map(({ name }) => [name, summarise(samples.get(name), traces.get(name))]));
  const comparisons = pages
    .filter((page) => page.against)
    .map(({ name, against }) => ({
      page: name,
      against,
      ratio: Object.fromEntries(
        ['contentComplete', 'firstContentfulPaint', 'interactive', 'load', 'mainThread'].map((measure) => [
          measure,
          ratioOf(summaries[name], summaries[against], measure),
        ]),
      ),
    }));
  return {
    cpuSlowdown,
    runs,
    tracedRuns,
    pages: pages.map(({ name, path, description, against, tag }) => ({ name, path, description, against: against ?? null, tag: tag ?? null })),
    summaries,
    comparisons,
    problems: [...problems],
  };
}
