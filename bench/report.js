// The results as a table for the terminal and as the README's benchmark section.
import { readFile, writeFile } from 'node:fs/promises';

/** The issue's targets. A kilobyte is 1,024 bytes throughout. */
export const targets = { gzipBytes: 16 * 1024, renderRatio: 1.3, layoutShift: 0 };

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const bytes = (value) => (value == null ? '–' : integer.format(value));
const kilobytes = (value) => `${oneDecimal.format(value / 1024)} KB`;
const ms = (value) => (value == null ? '–' : oneDecimal.format(value));
const timing = (stat) => (stat?.median == null ? '–' : ms(stat.median));
const percent = (value) => `${Math.round(value * 100)}%`;
const ratio = (value) => (value == null ? '–' : `${value.toFixed(2)}×`);
const met = (ok) => (ok ? 'met' : 'MISSED');
const sum = (...stats) => (stats.some((stat) => stat?.median == null) ? null : stats.reduce((total, stat) => total + stat.median, 0));

/** Rows of cells as aligned columns: text columns left, figures right. */
function columns(headers, rows) {
  const all = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = headers.map((_, index) => Math.max(...all.map((row) => row[index].length)));
  const numeric = headers.map((_, index) => rows.every((row) => /^[-–≈\d.,×%\s]*(KB|ms)?$/.test(String(row[index] ?? ''))));
  const line = (row) => row.map((cell, index) => (numeric[index] && index > 0 ? cell.padStart(widths[index]) : cell.padEnd(widths[index]))).join('  ');
  return [line(all[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** A Markdown table; figures right-aligned, indented labels kept indented. */
function markdownTable(headers, rows) {
  const align = headers.map((_, index) => (index === 0 ? '---' : '---:'));
  const cell = (value) => String(value ?? '').replace(/^ +/, (spaces) => '&emsp;'.repeat(Math.ceil(spaces.length / 2))).replaceAll('|', '\\|');
  return [headers, align, ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/** The tables both outputs share, as `{ title, headers, rows, notes }`. */
function sections(results) {
  const { size, render, scaling, memory } = results;
  const whole = size.singleScript;
  const out = [];

  const libraries = whole.modules.filter((module) => module.part === 'other libraries').map((module) => module.module);
  out.push({
    title: 'Size (bytes; gzip level 9, brotli quality 11)',
    headers: ['file / part', 'minified', 'gzip', 'brotli', 'share'],
    rows: [
      [`${whole.file} (all four widgets and their content)`, bytes(whole.minified), bytes(whole.gzip), bytes(whole.brotli), ''],
      ...whole.parts.map((part) => [
        `  ${part.part}${part.part === 'other libraries' ? ` (${libraries.join(', ')})` : ''}`,
        bytes(part.minified),
        `≈${bytes(part.gzipShare)}`,
        `≈${bytes(part.brotliShare)}`,
        percent(part.minifiedShare),
      ]),
      ...size.entries.map((entry) => [`${entry.entry} on its own (ES module, Lit inlined)`, bytes(entry.minified), bytes(entry.gzip), bytes(entry.brotli), '']),
    ],
    notes: [
      `Target: the single script at most ${kilobytes(targets.gzipBytes)} gzipped: ${met(whole.gzip <= targets.gzipBytes)} (${kilobytes(whole.gzip)}).`,
      `Largest modules (minified): ${whole.modules
        .slice(0, 6)
        .map((module) => `${module.module} ${bytes(module.minified)}`)
        .join(', ')}.`,
      'Parts: minified bytes exact from the source map; gzip and brotli per part are each part compressed alone, scaled to the whole file (≈).',
      ...(whole.breakdownMatchesShippedFile ? [] : ['Warning: the rebuilt bundle differs from the shipped file; the parts describe the rebuild.']),
    ],
  });

  for (const series of render) {
    const { widgets, static: page } = series;
    const label = series.cpuSlowdown > 1 ? `CPU ${series.cpuSlowdown}× slower` : 'unthrottled';
    out.push({
      title: `Render cost, ${label} (ms, median of ${series.runs} cold loads, p10–p90 in brackets; traced rows median of ${series.tracedRuns} more)`,
      headers: ['measure', 'widgets', 'static HTML', 'ratio'],
      rows: [
        ['all content rendered and painted', `${timing(widgets.rendered)} [${ms(widgets.rendered.p10)}–${ms(widgets.rendered.p90)}]`, `${timing(page.rendered)} [${ms(page.rendered.p10)}–${ms(page.rendered.p90)}]`, ratio(series.ratio.rendered)],
        ['first contentful paint', timing(widgets.firstContentfulPaint), timing(page.firstContentfulPaint), ratio(series.ratio.firstContentfulPaint)],
        ['load event end', timing(widgets.load), timing(page.load), ratio(series.ratio.load)],
        ['main thread busy (all tasks)', timing(widgets.mainThread), timing(page.mainThread), ratio(series.ratio.mainThread)],
        ['  scripting (traced)', timing(widgets.mainThreadByKind.scripting), timing(page.mainThreadByKind.scripting), ''],
        ['  style and layout (traced)', timing(widgets.mainThreadByKind.styleAndLayout), timing(page.mainThreadByKind.styleAndLayout), ''],
        ['  painting (traced)', timing(widgets.mainThreadByKind.painting), timing(page.mainThreadByKind.painting), ''],
        ['  HTML parsing and other (traced)', ms(sum(widgets.mainThreadByKind.parsingHtml, widgets.mainThreadByKind.other)), ms(sum(page.mainThreadByKind.parsingHtml, page.mainThreadByKind.other)), ''],
        ['cumulative layout shift (worst run)', widgets.layoutShift.max.toFixed(3), page.layoutShift.max.toFixed(3), ''],
        ['text characters on the page', bytes(widgets.textLength), bytes(page.textLength), ''],
      ],
      notes: [
        `Target: rendered at most ${targets.renderRatio}× the static page: ${met(series.ratio.rendered !== null && series.ratio.rendered <= targets.renderRatio)} (${ratio(series.ratio.rendered)}); no layout shift: ${met(widgets.layoutShift.max <= targets.layoutShift)}.`,
        ...(widgets.elementsRendered < widgets.elementsExpected
          ? [`Warning: only ${widgets.elementsRendered} of ${widgets.elementsExpected} widgets rendered content.`]
          : []),
        ...series.problems.slice(0, 5).map((problem) => `Console: ${problem}`),
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
          `Growth per 10× questions: first render ${faq.growth.firstRender.map((step) => `${step.factor ?? '–'}×`).join(', ')}; keystroke ${faq.growth.keystroke.map((step) => `${step.factor ?? '–'}×`).join(', ')}.`,
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

/** A warning when other work competed for the processors: timings then overstate what a reader's machine would see. */
function busyWarning(results) {
  const { cores, loadAverageAtStart, loadAverageAtEnd } = results.machine;
  const load = Math.max(loadAverageAtStart ?? 0, loadAverageAtEnd ?? 0);
  return load > cores
    ? `Warning: the machine was busy during the run (1-minute load average up to ${load} on ${cores} cores); timings are inflated and noisier than on an idle machine.`
    : null;
}

/** The whole report for the terminal. */
export function formatTable(results) {
  const blocks = sections(results).map(({ title, headers, rows, notes }) =>
    [title, ...(rows.length ? [columns(headers, rows)] : []), ...notes.map((note) => `  ${note}`)].join('\n'),
  );
  return [`mdma-therapy-widgets bench · ${header(results)}`, busyWarning(results), ...blocks].filter(Boolean).join('\n\n');
}

/** The README section between the bench markers. */
export function formatReadme(results) {
  const blocks = sections(results).map(({ title, headers, rows, notes }) =>
    [`**${title}**`, ...(rows.length ? [markdownTable(headers, rows)] : []), ...(notes.length ? [notes.join(' ')] : [])].join('\n\n'),
  );
  return [
    '## Benchmark',
    '',
    `Latest \`npm run bench\`: ${header(results)}.`,
    '',
    ...(busyWarning(results) ? [busyWarning(results), ''] : []),
    'Method: the production build, served from 127.0.0.1 to headless Chromium. *Size*: the shipped file, and each element',
    'entry bundled alone with the same Rollup plugins; the Lit / library / code / data split comes from the source map.',
    '*Render cost*: a page with the four widgets (the classic script in `<head>`, as in the snippet above) against a static',
    'HTML page generated from the same bundled content, each loaded cold in a fresh browser context, alternating, after one',
    'unrecorded warm-up. "Rendered" runs from navigation start until the load event has fired, every widget’s',
    '`updateComplete` has resolved and a frame has been painted (double `requestAnimationFrame`). Main-thread busy time',
    'comes from the DevTools performance counters; its split by kind from DevTools traces of separate loads (self time per',
    'trace event, as the Performance panel counts it); layout shift from a `layout-shift` observer. The throttled run uses',
    'DevTools CPU throttling. *Scaling*: each action timed inside the page until the next painted frame, with generated,',
    'valid host data. *Memory*: the JS heap after forced garbage collection.',
    '',
    ...blocks.flatMap((block) => [block, '']),
  ].join('\n');
}

/** Replaces the text between `<!-- bench:start -->` and `<!-- bench:end -->` in the README; the rest is untouched. */
export async function updateReadme(readmePath, section) {
  const readme = await readFile(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error(`the README has no ${start} … ${end} markers`);
  await writeFile(readmePath, `${readme.slice(0, from + start.length)}\n${section.trim()}\n${readme.slice(to)}`);
}
