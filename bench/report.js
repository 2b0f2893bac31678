// The results as a table for the terminal and as the benchmark page (docs/benchmark.md), each figure beside its target and,
// where an earlier run (bench/baseline.json) measured the same thing, beside that run's figure.
import { readFile, writeFile } from 'node:fs/promises';
import { widgetTags } from './pages.js';

/**
 * The targets. Sizes are per script (`size.scripts[].target`, gzip -9, from bench/size-targets.json); the ratios are
 * medians measured side by side in one run against the static page with the same content.
 */
export const targets = {
  /** Main-thread time of the client-rendered page with all four widgets, and of the FAQ alone. */
  mainThreadRatio: 1.6,
  mainThreadRatioPages: ['widgets', 'mdma-faq'],
  /** First contentful paint and content complete of the pre-rendered page, the script deferred. */
  prerenderedRatio: 1.1,
  layoutShift: 0,
  /** The study table with 10,000 host rows: first render and sort no slower than in the earlier run. */
  studyTableRows: 10_000,
};

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const bytes = (value) => (value == null ? '–' : integer.format(value));
const kilobytes = (value) => (value == null ? '–' : `${oneDecimal.format(value / 1024)} KB`);
const ms = (value) => (value == null ? '–' : oneDecimal.format(value));
const timing = (stat) => (stat?.median == null ? '–' : ms(stat.median));
const range = (stat) => (stat?.median == null ? '–' : `${ms(stat.median)} [${ms(stat.p10)}–${ms(stat.p90)}]`);
const percent = (value) => `${Math.round(value * 100)}%`;
const ratio = (value) => (value == null ? '–' : `${value.toFixed(2)}×`);
const shift = (value) => (value == null ? '–' : value.toFixed(3));
const met = (ok) => (ok == null ? '–' : ok ? 'met' : 'MISSED');
const atMost = (value, limit) => (value == null || limit == null ? null : value <= limit);
const sum = (...stats) => (stats.some((stat) => stat?.median == null) ? null : stats.reduce((total, stat) => total + stat.median, 0));
const throttle = (series) => (series.cpuSlowdown > 1 ? `CPU ${series.cpuSlowdown}× slower` : 'unthrottled');

/** A script's short name for column headers: `dist/cdn/mdma-faq.js` → `mdma-faq`, the all-in-one → `all-in-one`. */
const scriptName = (file) => (file === 'dist/mdma-widgets.js' ? 'all-in-one' : file.replace(/^.*\//, '').replace(/\.js$/, ''));

/** Rows of cells as aligned columns: text columns left, figures right. */
function columns(headers, rows) {
  const all = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = headers.map((_, index) => Math.max(...all.map((row) => row[index].length)));
  const numeric = headers.map((_, index) => rows.every((row) => /^[-–≈≤\d.,×%\s[\]]*(KB|ms)?$/.test(String(row[index] ?? ''))));
  const line = (row) => row.map((cell, index) => (numeric[index] && index > 0 ? cell.padStart(widths[index]) : cell.padEnd(widths[index]))).join('  ');
  return [line(all[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** A Markdown table; figures right-aligned, indented labels kept indented. */
function markdownTable(headers, rows) {
  const align = headers.map((_, index) => (index === 0 ? '---' : '---:'));
  const cell = (value) =>
    String(value ?? '')
      .replace(/^ +/, (spaces) => '&emsp;'.repeat(Math.ceil(spaces.length / 2)))
      .replaceAll('|', '\\|');
  return [headers, align, ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/**
 * The figures the targets are about, from a results file of this bench or of its earlier versions (which had one
 * single script, `size.singleScript`, and one page pair per series, `render[].widgets` / `render[].static`). A figure
 * a run did not measure is left out.
 */
export function keyFigures(results) {
  const figures = { scripts: {}, render: {}, studyTable: {}, memory: {} };
  if (results.size?.scripts) {
    for (const script of results.size.scripts) figures.scripts[script.file] = script.gzip;
  } else if (results.size?.singleScript) {
    figures.scripts[results.size.singleScript.file] = results.size.singleScript.gzip;
  }
  for (const series of results.render ?? []) {
    const figure = (figures.render[series.cpuSlowdown] = { layoutShift: 0 });
    if (series.summaries) {
      for (const { page, ratio: ratios } of series.comparisons) figure[page] = ratios;
      // The widgets' pages only: a static page is the reference, and its own shifts are not the widgets'.
      const widgetPages = Object.entries(series.summaries).filter(([page]) => !page.startsWith('static'));
      figure.layoutShift = Math.max(...widgetPages.map(([, page]) => page.layoutShift.max ?? 0));
    } else if (series.ratio) {
      figure.widgets = { mainThread: series.ratio.mainThread, contentComplete: series.ratio.rendered, firstContentfulPaint: series.ratio.firstContentfulPaint };
      figure.layoutShift = series.widgets.layoutShift.max;
    }
  }
  const rows = results.scaling?.studyTable?.sizes?.find((size) => size.count === targets.studyTableRows);
  if (rows) figures.studyTable = { firstRender: rows.firstRender, sort: rows.sort };
  if (results.memory) {
    figures.memory = { growthPerCycle: results.memory.growthPerCycle, verdict: results.memory.verdict, cycles: results.memory.cycles };
  }
  return figures;
}

/** Before and after: each target with the earlier run's figure and this run's. */
function beforeAndAfter(results, baseline) {
  const now = keyFigures(results);
  const then = keyFigures(baseline);
  const allInOne = 'dist/mdma-widgets.js';
  const rows = [];
  for (const script of results.size.scripts) {
    if (script.target == null) continue;
    const name = scriptName(script.file);
    const element = widgetTags.includes(name);
    // Before element scripts existed, a page with one element loaded the all-in-one script.
    const before = then.scripts[script.file] ?? (element ? then.scripts[allInOne] : undefined);
    const what = script.file === allInOne ? 'all four widgets' : element ? 'a page with only this element' : 'the provider alone';
    rows.push([`\`${script.file}\` (${what}), gzip -9`, kilobytes(before), kilobytes(script.gzip), `≤ ${kilobytes(script.target)}`, met(script.withinTarget)]);
  }
  for (const series of results.render) {
    const [current, earlier] = [now.render[series.cpuSlowdown] ?? {}, then.render[series.cpuSlowdown] ?? {}];
    const label = throttle(series);
    for (const page of targets.mainThreadRatioPages) {
      const name = page === 'widgets' ? 'all four, client-rendered' : `\`<${page}>\` alone`;
      rows.push([
        `${name}: main-thread time / static, ${label}`,
        ratio(earlier[page]?.mainThread),
        ratio(current[page]?.mainThread),
        `≤ ${ratio(targets.mainThreadRatio)}`,
        met(atMost(current[page]?.mainThread, targets.mainThreadRatio)),
      ]);
    }
    // Time to interactive has no target: it is reported.
    for (const [measure, words, limit] of [
      ['firstContentfulPaint', 'first contentful paint', targets.prerenderedRatio],
      ['contentComplete', 'content complete', targets.prerenderedRatio],
      ['interactive', 'time to interactive', null],
    ]) {
      rows.push([
        `pre-rendered, script deferred: ${words} / static, ${label}`,
        ratio(earlier.prerendered?.[measure]),
        ratio(current.prerendered?.[measure]),
        limit == null ? '–' : `≤ ${ratio(limit)}`,
        limit == null ? '' : met(atMost(current.prerendered?.[measure], limit)),
      ]);
    }
    rows.push([
      `cumulative layout shift, worst load of any widget page, ${label}`,
      shift(earlier.layoutShift),
      shift(current.layoutShift),
      shift(targets.layoutShift),
      met(atMost(current.layoutShift, targets.layoutShift)),
    ]);
  }
  for (const [measure, words] of [
    ['firstRender', 'first render'],
    ['sort', 'sort'],
  ]) {
    const [before, after] = [then.studyTable[measure], now.studyTable[measure]];
    rows.push([
      `\`<study-table>\` with ${integer.format(targets.studyTableRows)} host rows: ${words}, ms`,
      range(before),
      range(after),
      before?.median == null ? '–' : `≤ ${ms(before.median)}`,
      met(atMost(after?.median, before?.median)),
    ]);
  }
  rows.push([
    `heap growth per mount and unmount of the four widgets, bytes`,
    then.memory.growthPerCycle == null ? '–' : `${bytes(then.memory.growthPerCycle)} (${then.memory.verdict})`,
    `${bytes(now.memory.growthPerCycle)} (${now.memory.verdict})`,
    'no growth',
    met(now.memory.verdict !== 'grows'),
  ]);
  return {
    title: 'Targets: before and after',
    headers: ['measure', `before (${baseline.date.slice(0, 10)})`, `after (${results.date.slice(0, 10)})`, 'target', 'result'],
    rows,
    notes: [
      `Before: version 0.1.0 measured by its own \`npm run bench\`, ${header(baseline)} (bench/baseline.json): one script carried all four widgets, nothing was pre-rendered (–: not measured then), and the content was shorter (the pages held ${baseline.render?.[0]?.widgets?.textLength?.toLocaleString('en-US') ?? 'fewer'} characters of text)` +
        `${baseline.machine?.loadAverageAtStart > baseline.machine?.cores ? `; that machine was busy (1-minute load average ${baseline.machine.loadAverageAtStart} on ${baseline.machine.cores} cores)` : ''}.`,
      'A page with one element paid for the all-in-one script then; its "before" is that script.',
      'Ratios are medians of loads side by side in the same run; the study table compares medians of two runs, its p10–p90 range in brackets.',
    ],
  };
}

/** The tables both outputs share, as `{ title, headers, rows, notes }`. */
function sections(results, baseline) {
  const { size, render, scaling, memory } = results;
  const out = [];
  if (baseline) out.push(beforeAndAfter(results, baseline));

  out.push({
    title: 'Size of each classic script (bytes; gzip level 9, brotli quality 11)',
    headers: ['script', 'minified', 'gzip', 'brotli', 'gzip target', 'result'],
    rows: size.scripts.map((script) => [
      script.file,
      bytes(script.minified),
      bytes(script.gzip),
      bytes(script.brotli),
      script.target == null ? '–' : `≤ ${bytes(script.target)}`,
      script.target == null ? '' : `${met(script.withinTarget)} (${kilobytes(script.gzip)} of ${kilobytes(script.target)})`,
    ]),
    notes: [
      'Each script is what a page loads with one `<script>` tag: the all-in-one carries the four elements and the provider, each `dist/cdn/` script one element (the provider script only the provider); all carry Lit and its hydration support. A kilobyte is 1,024 bytes.',
      ...size.scripts.filter((script) => !script.breakdownMatchesShippedFile).map((script) => `Warning: the rebuild of ${script.file} differs from the shipped file; its parts describe the rebuild.`),
    ],
  });

  const partNames = [...new Set(size.scripts.flatMap((script) => script.parts.map((part) => part.part)))];
  const partOf = (script, name) => script.parts.find((part) => part.part === name);
  const libraries = [...new Set(size.scripts.flatMap((script) => script.modules.filter((module) => module.part === 'other libraries').map((module) => module.module)))];
  const partLabel = (name) => (name === 'other libraries' ? `other libraries (${libraries.join(', ')})` : name);
  out.push({
    title: 'What takes the bytes: each script by part (gzip bytes, ≈ share of the whole file)',
    headers: ['part', ...size.scripts.map((script) => scriptName(script.file))],
    rows: [
      ...partNames.map((name) => [partLabel(name), ...size.scripts.map((script) => (partOf(script, name) ? `≈${bytes(partOf(script, name).gzipShare)}` : '–'))]),
      ['whole file', ...size.scripts.map((script) => bytes(script.gzip))],
    ],
    notes: [
      'Parts, from a source map of the same build: Lit (lit-html, lit-element, @lit/reactive-element); its hydration support (@lit-labs/ssr-client); our code; our styles (`*.styles`); interface strings (English and Spanish); our content (the bundled questions, studies, sessions, safety topics and sources).',
      'Compression is not additive: each part is compressed alone and the whole file’s compressed size shared out in proportion.',
    ],
  });
  out.push({
    title: 'What takes the bytes: each script by part (minified bytes, exact)',
    headers: ['part', ...size.scripts.map((script) => scriptName(script.file))],
    rows: [
      ...partNames.map((name) => [
        partLabel(name),
        ...size.scripts.map((script) => (partOf(script, name) ? `${bytes(partOf(script, name).minified)} (${percent(partOf(script, name).minifiedShare)})` : '–')),
      ]),
      ['whole file', ...size.scripts.map((script) => bytes(script.minified))],
    ],
    notes: size.scripts.map(
      (script) =>
        `Largest modules of ${scriptName(script.file)} (minified): ${script.modules
          .slice(0, 5)
          .map((module) => `${module.module} ${bytes(module.minified)}`)
          .join(', ')}.`,
    ),
  });

  for (const series of render) {
    const { summaries } = series;
    const label = throttle(series);
    const comparison = (page) => series.comparisons.find((item) => item.page === page)?.ratio ?? {};
    const samples = `median of ${series.runs} cold loads each`;
    const problems = series.problems.slice(0, 5).map((problem) => `Console: ${problem}`);

    const widgets = summaries.widgets;
    const reference = summaries.static;
    const whole = comparison('widgets');
    const traced = (page, kind) => timing(page.mainThreadByKind?.[kind]);
    out.push({
      title: `Render cost, ${label}: the four widgets client-rendered against static HTML (ms, ${samples}, p10–p90 in brackets; traced rows median of ${series.tracedRuns} more)`,
      headers: ['measure', 'widgets', 'static HTML', 'ratio'],
      rows: [
        ['main thread busy (all tasks)', range(widgets.mainThread), range(reference.mainThread), ratio(whole.mainThread)],
        ['  scripting (traced)', traced(widgets, 'scripting'), traced(reference, 'scripting'), ''],
        ['  style and layout (traced)', traced(widgets, 'styleAndLayout'), traced(reference, 'styleAndLayout'), ''],
        ['  painting (traced)', traced(widgets, 'painting'), traced(reference, 'painting'), ''],
        [
          '  HTML parsing and other (traced)',
          ms(sum(widgets.mainThreadByKind?.parsingHtml, widgets.mainThreadByKind?.other)),
          ms(sum(reference.mainThreadByKind?.parsingHtml, reference.mainThreadByKind?.other)),
          '',
        ],
        ['first contentful paint', timing(widgets.firstContentfulPaint), timing(reference.firstContentfulPaint), ratio(whole.firstContentfulPaint)],
        ['content complete', range(widgets.contentComplete), range(reference.contentComplete), ratio(whole.contentComplete)],
        ['load event end', timing(widgets.load), timing(reference.load), ratio(whole.load)],
        ['cumulative layout shift (worst load)', shift(widgets.layoutShift.max), shift(reference.layoutShift.max), ''],
        ['text characters on the page', bytes(widgets.textLength), bytes(reference.textLength), ''],
      ],
      notes: [
        `Target: main-thread time at most ${ratio(targets.mainThreadRatio)} the static page: ${met(atMost(whole.mainThread, targets.mainThreadRatio))} (${ratio(whole.mainThread)}); no layout shift: ${met(atMost(widgets.layoutShift.max, targets.layoutShift))}.`,
        ...(widgets.elementsRendered < widgets.elementsExpected ? [`Warning: only ${widgets.elementsRendered} of ${widgets.elementsExpected} widgets rendered content.`] : []),
      ],
    });

    const elements = series.pages.filter((page) => page.tag && page.against);
    out.push({
      title: `Render cost, ${label}: each element alone with its own script against static HTML with its content (ms, ${samples})`,
      headers: ['element', 'main thread', 'static', 'ratio', 'content complete', 'static', 'ratio', 'layout shift (worst)'],
      rows: elements.map(({ name, against }) => {
        const [page, staticPage, ratios] = [summaries[name], summaries[against], comparison(name)];
        return [
          `\`<${name}>\``,
          timing(page.mainThread),
          timing(staticPage.mainThread),
          ratio(ratios.mainThread),
          timing(page.contentComplete),
          timing(staticPage.contentComplete),
          ratio(ratios.contentComplete),
          shift(page.layoutShift.max),
        ];
      }),
      notes: [
        ...targets.mainThreadRatioPages
          .filter((page) => page !== 'widgets')
          .map((page) => `Target: \`<${page}>\` alone, main-thread time at most ${ratio(targets.mainThreadRatio)} its static page: ${met(atMost(comparison(page).mainThread, targets.mainThreadRatio))} (${ratio(comparison(page).mainThread)}).`),
        `No layout shift: ${met(elements.every(({ name }) => atMost(summaries[name].layoutShift.max, targets.layoutShift)))}.`,
        ...elements
          .filter(({ name }) => summaries[name].elementsRendered < summaries[name].elementsExpected)
          .map(({ name }) => `Warning: \`<${name}>\` rendered no content in at least one load.`),
      ],
    });

    const prerendered = summaries.prerendered;
    const early = comparison('prerendered');
    out.push({
      title: `Render cost, ${label}: the four widgets pre-rendered, the all-in-one script deferred (ms, ${samples})`,
      headers: ['measure', 'pre-rendered', 'client-rendered', 'static HTML', 'pre-rendered / static'],
      rows: [
        ['parser finished (DOM interactive)', timing(prerendered.domInteractive), timing(widgets.domInteractive), timing(reference.domInteractive), ''],
        ['first contentful paint', timing(prerendered.firstContentfulPaint), timing(widgets.firstContentfulPaint), timing(reference.firstContentfulPaint), ratio(early.firstContentfulPaint)],
        ['content complete', range(prerendered.contentComplete), range(widgets.contentComplete), range(reference.contentComplete), ratio(early.contentComplete)],
        ['time to interactive', range(prerendered.interactive), range(widgets.interactive), range(reference.interactive), ratio(early.interactive)],
        ['load event end', timing(prerendered.load), timing(widgets.load), timing(reference.load), ratio(early.load)],
        ['main thread busy until interactive', timing(prerendered.mainThread), timing(widgets.mainThread), timing(reference.mainThread), ratio(early.mainThread)],
        ['  scripting (traced)', traced(prerendered, 'scripting'), traced(widgets, 'scripting'), traced(reference, 'scripting'), ''],
        ['cumulative layout shift (worst load)', shift(prerendered.layoutShift.max), shift(widgets.layoutShift.max), shift(reference.layoutShift.max), ''],
        ['text characters on the page', bytes(prerendered.textLength), bytes(widgets.textLength), bytes(reference.textLength), ''],
      ],
      notes: [
        `Targets: first contentful paint at most ${ratio(targets.prerenderedRatio)} the static page: ${met(atMost(early.firstContentfulPaint, targets.prerenderedRatio))} (${ratio(early.firstContentfulPaint)}); ` +
          `content complete at most ${ratio(targets.prerenderedRatio)}: ${met(atMost(early.contentComplete, targets.prerenderedRatio))} (${ratio(early.contentComplete)}); ` +
          `no layout shift: ${met(atMost(prerendered.layoutShift.max, targets.layoutShift))}.`,
        `Widgets in view at load, each waited for until hydrated: ${prerendered.hydratedInView.min === prerendered.hydratedInView.max ? prerendered.hydratedInView.min : `${prerendered.hydratedInView.min}–${prerendered.hydratedInView.max}`} of ${prerendered.elementsExpected}; ` +
          `still waiting out of view at the end: ${prerendered.waitingOutOfView.min === prerendered.waitingOutOfView.max ? prerendered.waitingOutOfView.min : `${prerendered.waitingOutOfView.min}–${prerendered.waitingOutOfView.max}`} (they hydrate when scrolled to, or at the first interaction).`,
        ...(prerendered.prerendered < prerendered.elementsExpected
          ? [`Warning: only ${prerendered.prerendered} of ${prerendered.elementsExpected} widgets were pre-rendered when the parser finished.`]
          : []),
        ...problems,
      ],
    });
  }

  {
    const table = scaling.studyTable;
    if (table.unavailable) {
      out.push({ title: `Scaling: \`<study-table>\``, headers: ['rows'], rows: [], notes: [`Unavailable: ${table.unavailable}.`] });
    } else {
      out.push({
        title: `Scaling: \`<study-table>\` with host rows (\`${table.property}\` property) (ms, median of ${scaling.repeats})`,
        headers: ['rows', 'first render', `sort (${table.sizes[0]?.sortColumn ?? 'none'})`, 'reverse sort', `filter ${table.filter ?? '(none)'}`, 'rows in DOM'],
        rows: table.sizes.map((row) => [bytes(row.count), timing(row.firstRender), timing(row.sort), timing(row.reverse), timing(row.filter), bytes(row.rowsInDocument)]),
        notes: [`Growth per 10× rows: first render ${table.growth.firstRender.map((step) => `${step.factor ?? '–'}×`).join(', ')}; sort ${table.growth.sort.map((step) => `${step.factor ?? '–'}×`).join(', ')}.`],
      });
    }
    const faq = scaling.faq;
    if (faq.unavailable) {
      out.push({ title: `Scaling: \`<mdma-faq>\``, headers: ['questions'], rows: [], notes: [`Unavailable: ${faq.unavailable}.`] });
    } else {
      out.push({
        title: `Scaling: \`<mdma-faq searchable>\` with host questions (\`${faq.property}\` property) (ms, median of ${scaling.repeats})`,
        headers: ['questions', 'first render', `keystroke "${faq.letter}"`, 'questions left'],
        rows: faq.sizes.map((row) => [bytes(row.count), timing(row.firstRender), row.keystrokeUnavailable ? 'unavailable' : timing(row.keystroke), bytes(row.visibleAfterKeystroke)]),
        notes: [
          `Growth from ${faq.sizes.map((row) => bytes(row.count)).join(' to ')} questions: first render ${faq.growth.firstRender.map((step) => `${step.factor ?? '–'}×`).join(', ')}; keystroke ${faq.growth.keystroke.map((step) => `${step.factor ?? '–'}×`).join(', ')}.`,
          'Keystroke: from the key event to the frame painted after the filtered list.',
        ],
      });
    }
    if (scaling.problems.length > 0) out.at(-1).notes.push(...scaling.problems.slice(0, 5).map((problem) => `Console: ${problem}`));
  }

  out.push({
    title: `Memory: the four widgets created, rendered and removed ${integer.format(memory.cycles)} times`,
    headers: ['after', 'JS heap (bytes)', 'DOM nodes', 'listeners'],
    rows: [
      ['page load, before any widget', bytes(memory.before.heapBytes), bytes(memory.before.nodes), bytes(memory.before.eventListeners)],
      ...memory.series.map((point) => [
        point.cycles === 0 ? `${memory.warmUp} warm-up cycles` : `${integer.format(point.cycles)} cycles after the warm-up`,
        bytes(point.heapBytes),
        bytes(point.nodes),
        bytes(point.eventListeners),
      ]),
    ],
    notes: [
      `Growth over the ${integer.format(memory.cycles)} cycles: ${bytes(memory.growthSinceWarmUp)} bytes (${bytes(memory.growthPerCycle)} per cycle), ` +
        `${bytes(memory.growthSecondHalf)} of it in the second half; DOM nodes left: ${memory.nodesLeft}; idle noise ${bytes(memory.noise)} bytes: ${memory.verdict}. ` +
        `${ms(memory.millisecondsPerCycle)} ms per cycle.`,
      'Heap read after forced garbage collection; the warm-up fills the template and style caches a page keeps once.',
      ...memory.problems.slice(0, 5).map((problem) => `Console: ${problem}`),
    ],
  });
  return out;
}

function header(results) {
  const { machine, date } = results;
  return `${date.slice(0, 10)} · ${machine.cores} cores (${machine.cpu}) · ${machine.system} · Node ${machine.node} · ${machine.browser}`;
}

/**
 * A warning when other work competed for the processors: timings then overstate what a reader's machine would see. The
 * load is read before the bench starts anything (at the end it counts the bench's own browser, busy by design).
 */
function busyWarning(results) {
  const { cores, loadAverageAtStart } = results.machine;
  return (loadAverageAtStart ?? 0) > cores
    ? `Warning: the machine was busy when the run began (1-minute load average ${loadAverageAtStart} on ${cores} cores); timings are inflated and noisier than on an idle machine.`
    : null;
}

/** The whole report for the terminal; `baseline` (optional) is an earlier run's results, shown as "before". */
export function formatTable(results, baseline) {
  const blocks = sections(results, baseline).map(({ title, headers, rows, notes }) =>
    [title, ...(rows.length ? [columns(headers, rows)] : []), ...notes.map((note) => `  ${note}`)].join('\n'),
  );
  return [`mdma-therapy-widgets bench · ${header(results)}`, busyWarning(results), ...blocks].filter(Boolean).join('\n\n');
}

/** The benchmark page's text between its markers; `baseline` (optional) is an earlier run's results, shown as "before". */
export function formatBenchmarkPage(results, baseline) {
  const blocks = sections(results, baseline).map(({ title, headers, rows, notes }) =>
    [`**${title}**`, ...(rows.length ? [markdownTable(headers, rows)] : []), ...(notes.length ? [notes.join(' ')] : [])].join('\n\n'),
  );
  return [
    `Latest \`npm run bench\`: ${header(results)}.`,
    '',
    ...(busyWarning(results) ? [busyWarning(results), ''] : []),
    'Method: the production build, served from 127.0.0.1 to headless Chromium at 1280 × 800. *Size*: each classic script',
    'as shipped; its split into parts comes from a source map of the same script rebuilt with the same Rollup plugins.',
    '*Render cost*: pages that embed the widgets as the README shows, each against a static HTML page generated from the',
    'same bundled content: the four widgets with the all-in-one script in `<head>`; each element alone with its own',
    '`dist/cdn/` script; and the four pre-rendered fragments of `dist/prerendered/` with the all-in-one script `defer`red.',
    'Every page is loaded cold in a fresh browser context, one load of each per round, the order rotating each round,',
    'after one unrecorded round. *Content complete*: the parser has finished and every widget shows its content (from its',
    'declarative shadow root, or once defined with no update pending), then a frame is painted (double',
    '`requestAnimationFrame`), and never earlier than the first contentful paint (Chromium times paints when the frame is',
    'presented, which can trail its callbacks). *Time to interactive*: the load event has fired and every widget in the',
    'viewport has hydrated (lost `defer-hydration`) and finished the update that follows, then a frame is painted; widgets',
    'out of view hydrate later, when scrolled to or used, by design. On a static page both are the parser’s end and the',
    'load event.',
    'Main-thread busy time comes from the DevTools performance counters, from navigation until the page is interactive;',
    'its split by kind from DevTools traces of separate loads (self time per trace event, as the Performance panel counts',
    'it); layout shift from a `layout-shift` observer. The throttled run uses DevTools CPU throttling. *Scaling*: each',
    'action timed inside the page until the next painted frame, with generated, valid host data. *Memory*: the JS heap',
    'after forced garbage collection.',
    '',
    ...blocks.flatMap((block) => [block, '']),
  ].join('\n');
}

/** Replaces the text between `<!-- bench:start -->` and `<!-- bench:end -->` in the page; the rest is untouched. */
export async function updateBenchmarkPage(pagePath, section) {
  const page = await readFile(pagePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${pagePath} has no ${start} … ${end} markers`);
  await writeFile(pagePath, `${page.slice(0, from + start.length)}\n${section.trim()}\n${page.slice(to)}`);
}
