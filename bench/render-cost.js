// Render cost to the host page: the page with the four widgets against the static page with the same content.
import { freshPage } from './browser.js';
import { mainThreadBreakdown, traceCategories } from './main-thread.js';
import { summary } from './stats.js';

export const viewport = { width: 1280, height: 800 };

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
    const probe = await page.evaluate(() => window.benchProbe.done);
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
  return {
    rendered: of('rendered'),
    firstContentfulPaint: of('firstContentfulPaint'),
    domContentLoaded: of('domContentLoaded'),
    load: of('load'),
    mainThread: of('mainThread'),
    layoutShift: { max: Math.max(...samples.map((sample) => sample.layoutShift)), median: summary(samples.map((sample) => sample.layoutShift)).median },
    textLength: samples[0]?.textLength ?? null,
    elementsRendered: Math.min(...samples.map((sample) => sample.elementsRendered)),
    elementsExpected: samples[0]?.elementsExpected ?? 0,
    // Medians over the traced loads.
    mainThreadByKind: {
      scripting: traced('scripting'),
      styleAndLayout: traced('styleAndLayout'),
      painting: traced('painting'),
      parsingHtml: traced('parsingHtml'),
      other: traced('other'),
      total: traced('total'),
    },
  };
}

/**
 * Loads the widget page and the static page `runs` times each, alternating which goes first, after one unrecorded
 * warm-up load of each (the first start of a renderer is slower than any reader's); then `tracedRuns` traced loads of
 * each for the main-thread breakdown. Returns the summaries and their ratio, with the console problems reported.
 */
export async function measureRenderCost(browser, origin, { runs, tracedRuns = 3, cpuSlowdown = 1, onProgress = () => {} }) {
  const urls = { widgets: `${origin}/widgets.html`, static: `${origin}/static.html` };
  const samples = { widgets: [], static: [] };
  const traces = { widgets: [], static: [] };
  const problems = new Set();
  const pages = (run) => (run % 2 === 0 ? ['widgets', 'static'] : ['static', 'widgets']);
  for (let run = -1; run < runs; run += 1) {
    for (const name of pages(run)) {
      const sample = await loadOnce(browser, urls[name], cpuSlowdown);
      sample.problems.forEach((problem) => problems.add(`${name}: ${problem}`));
      if (run >= 0) samples[name].push(sample);
    }
    onProgress(run + 1, runs);
  }
  for (let run = 0; run < tracedRuns; run += 1) {
    for (const name of pages(run)) traces[name].push(await loadOnce(browser, urls[name], cpuSlowdown, { traced: true }));
  }
  const widgets = summarise(samples.widgets, traces.widgets);
  const staticPage = summarise(samples.static, traces.static);
  const ratio = (name) => {
    const [a, b] = [widgets[name].median, staticPage[name].median];
    return a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100;
  };
  return {
    cpuSlowdown,
    runs,
    tracedRuns,
    widgets,
    static: staticPage,
    ratio: { rendered: ratio('rendered'), firstContentfulPaint: ratio('firstContentfulPaint'), load: ratio('load'), mainThread: ratio('mainThread') },
    problems: [...problems],
  };
}
