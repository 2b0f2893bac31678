// `npm run bench`: builds, then measures the bytes of each classic script, the render cost to a host page (client
// rendered, pre-rendered, and each element alone), scaling and memory, prints a table, writes bench/results.json and
// the benchmark page (docs/benchmark.md), with the figures of an earlier run (bench/baseline.json) beside them.
//
//   node bench/run.js [--runs 15] [--no-build]
//
// Fewer than 15 runs is a quick check: its results go to bench/results/ only, never to results.json or docs/benchmark.md.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine, launchBrowser } from './browser.js';
import { measureMemory } from './memory.js';
import { buildPages, renderPages, widgetTags } from './pages.js';
import { measureRenderCost } from './render-cost.js';
import { formatBenchmarkPage, formatTable, updateBenchmarkPage } from './report.js';
import { measureScaling, searchLetter } from './scaling.js';
import { startServer } from './server.js';
import { measureSizes } from './size.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const minimumRuns = 15;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: String(minimumRuns) },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number above 0, not "${options.runs}"`);
const complete = runs >= minimumRuns;

const started = Date.now();
// Before the build and the browser add their own load: what other work was running when the bench began.
const loadBeforeStart = Math.round(loadavg()[0] * 100) / 100;
const log = (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

function build() {
  log('npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
  if (result.status !== 0) {
    log('the build failed; nothing was measured.');
    process.exit(result.status ?? 1);
  }
}

/** The study table's English interface strings (column headings, outcome terms), which the static page uses too. */
async function tableStrings() {
  const module = await import(pathToFileURL(join(root, 'dist/internal/language/strings/study-table.js')).href);
  const strings = Object.values(module).find((value) => value?.en?.outcomeTerms)?.en;
  if (!strings) throw new Error('dist/internal/language/strings/study-table.js has no English study-table strings');
  return strings;
}

/** Each widget's pre-rendered HTML, as the build writes it to dist/prerendered/, by tag. */
async function prerendered() {
  return new Map(
    await Promise.all(widgetTags.map(async (tag) => [tag, await readFile(join(root, 'dist/prerendered', `${tag}.html`), 'utf8')])),
  );
}

/** The results of the run the figures are compared with, or undefined when there is none. */
async function baseline() {
  try {
    return JSON.parse(await readFile(join(root, 'bench/baseline.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

async function main() {
  if (!options['no-build']) build();

  log('sizes (rebuilding each classic script with a source map)');
  const size = await measureSizes(root);

  const data = await import(pathToFileURL(join(root, 'dist/data/index.js')).href);
  const server = await startServer({ distFolder: join(root, 'dist'), pages: buildPages(data, await tableStrings(), await prerendered()) });
  const browser = await launchBrowser();
  try {
    const machine = await describeMachine(browser);
    const render = [];
    for (const cpuSlowdown of [1, 4]) {
      log(`render cost, CPU ${cpuSlowdown}× (${runs} loads of each of ${renderPages.length} pages)`);
      render.push(
        await measureRenderCost(browser, server.origin, {
          pages: renderPages,
          runs,
          cpuSlowdown,
          onProgress: (done, total) => done > 0 && done % 5 === 0 && log(`  ${done}/${total}`),
        }),
      );
    }
    log('scaling');
    const scaling = await measureScaling(browser, server.origin, {
      repeats: complete ? 5 : 2,
      letter: searchLetter(data.faq.items),
      onProgress: (step) => log(`  ${step}`),
    });
    const cycles = complete ? 1000 : 100;
    log(`memory (${cycles} cycles)`);
    const memory = await measureMemory(browser, server.origin, { tags: widgetTags, cycles });

    machine.loadAverageAtStart = loadBeforeStart;
    machine.loadAverageAtEnd = Math.round(loadavg()[0] * 100) / 100;
    const results = { date: new Date().toISOString(), complete, machine, size, render, scaling, memory, seconds: Math.round((Date.now() - started) / 1000) };
    const before = await baseline();
    console.log(formatTable(results, before));

    const json = `${JSON.stringify(results, null, 2)}\n`;
    await mkdir(join(root, 'bench/results'), { recursive: true });
    await writeFile(join(root, 'bench/results', `${results.date.replace(/[:.]/g, '-')}.json`), json);
    if (complete) {
      await writeFile(join(root, 'bench/results.json'), json);
      await updateBenchmarkPage(join(root, 'docs/benchmark.md'), formatBenchmarkPage(results, before));
      log(`wrote bench/results.json and docs/benchmark.md (${results.seconds} s)`);
    } else {
      log(`quick run (${runs} < ${minimumRuns} runs): written to bench/results/ only`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
