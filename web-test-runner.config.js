// Browser tests: src/**/*.test.ts and test/**/*.test.ts, in three engines from Debian's packages: Chromium and Firefox ESR
// headless, and WebKit (WebKitGTK's MiniBrowser under WebKitWebDriver, see scripts/webkit-driver.js). What a widget does
// in a page runs in all three; the files listed in `engineIndependent` run once.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { documentationPages, serveConsumerBuilds } from './test/consumers/harness.js';
import { prerenderPath } from './scripts/prerender-endpoint.js';
import { builtSize } from './bench/ceilings.js';
import { timingReporter } from './scripts/test-timings.js';

/** Pages under test/fixtures/strict/ are served as a hospital portal would: strict CSP and Trusted Types. */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

function strictHeaders(context, next) {
  if (context.path.startsWith('/test/fixtures/strict/')) context.set('Content-Security-Policy', strictPolicy);
  return next();
}

/** `executeServerCommand('emulate-forced-colors', { active })`: Windows high contrast, which emulateMedia lacks. */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.name !== 'Chrome') throw new Error('forced-colors emulation needs the DevTools protocol (Chromium only)');
      const page = session.browser.getPage(session.id);
      // Puppeteer's emulateMediaFeatures refuses forced-colors; the DevTools protocol accepts it. The session is kept
      // open: detaching it would drop the emulation.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/**
 * `executeServerCommand('accessibility-tree')` (Chromium only): every node of the page's accessibility tree as `{ role,
 * name }`, with the names Chromium computes, as a screen reader gets them.
 */
function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.name !== 'Chrome') throw new Error('the accessibility tree is read over the DevTools protocol (Chromium only)');
      const page = session.browser.getPage(session.id);
      const nodes = [];
      const collect = (node) => {
        nodes.push({ role: node.role, name: node.name ?? '' });
        for (const child of node.children ?? []) collect(child);
      };
      const root = await page.accessibility.snapshot({ interestingOnly: false });
      if (root) collect(root);
      return nodes;
    },
  };
}

/** How far down each page of the grey-scale images `files` (PGM, as pdftoppm writes them) its ink reaches, from 0 to 1. */
async function inkReach(files, margin) {
  const reach = [];
  for (const file of files) {
    const bytes = await readFile(file);
    // "P5 <width> <height> <maximum>" and one white space, then a byte per pixel, row by row.
    const [, width, height] = bytes.toString('latin1', 0, 40).split(/\s+/).map(Number);
    const start = bytes.length - width * height;
    const top = Math.round(margin * height);
    let last = top;
    for (let row = top; row < height - top; row += 1) {
      const line = bytes.subarray(start + row * width, start + (row + 1) * width);
      // Darker than a light grey: text, a rule or a border, not the white page or antialiasing's faintest edge.
      if (line.some((value) => value < 192)) last = row + 1;
    }
    reach.push((last - top) / (height - 2 * top));
  }
  return reach;
}

/**
 * `executeServerCommand('print-page')` (Chromium only): the test page printed to PDF as Chromium prints it by default, on
 * A4 with 1 cm margins and no background graphics, and read back with Poppler's pdftoppm as `{ pages, reach, firstPage }`:
 * how many pages, how far down each page its content reaches (0 to 1 of the space inside the margins), and the first
 * page as a PNG data URL, 50 pixels per inch in grey, for a screenshot comparison.
 */
function printPlugin() {
  const run = promisify(execFile);
  return {
    name: 'print-page',
    async executeCommand({ command, session }) {
      if (command !== 'print-page') return undefined;
      if (session.browser.name !== 'Chrome') throw new Error('printing to PDF goes over the DevTools protocol (Chromium only)');
      const page = session.browser.getPage(session.id);
      // Chromium prints in the emulated media type if there is one, and the runner reuses a page for the next test file:
      // an earlier file's emulation (screen, when it put the media back) is turned off first.
      await page.emulateMediaType(null);
      const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } });
      const folder = await mkdtemp(join(tmpdir(), 'mdma-print-'));
      try {
        await writeFile(join(folder, 'page.pdf'), pdf);
        const rasterise = (...args) =>
          run('pdftoppm', [...args, join(folder, 'page.pdf'), join(folder, args.includes('-png') ? 'first' : 'page')]).catch((cause) => {
            throw new Error(cause.code === 'ENOENT' ? 'pdftoppm is missing: install poppler-utils' : String(cause.stderr || cause));
          });
        await Promise.all([rasterise('-r', '20', '-gray'), rasterise('-r', '50', '-gray', '-png', '-f', '1', '-l', '1', '-singlefile')]);
        const files = (await readdir(folder)).filter((name) => name.endsWith('.pgm')).sort();
        // A4 is 29.7 cm tall.
        const reach = await inkReach(files.map((name) => join(folder, name)), 1 / 29.7);
        const firstPage = `data:image/png;base64,${(await readFile(join(folder, 'first.png'))).toString('base64')}`;
        return { pages: files.length, reach, firstPage };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The worker thread that renders widgets in Node with the built `dist/ssr.js` (test/server/ssr-worker.js), started at
 * the first request, for the `ssr-render` command and the embed builder's pre-rendering endpoint.
 */
function serverRenderer() {
  let worker;
  let nextId = 0;
  const waiting = new Map();
  return {
    request(message) {
      if (!worker) {
        worker = new Worker(new URL('./test/server/ssr-worker.js', import.meta.url));
        worker.unref();
        worker.on('message', ({ id, ...result }) => {
          waiting.get(id)?.(result);
          waiting.delete(id);
        });
        // A worker that cannot start (dist/ not built) answers every request with the reason, instead of never.
        worker.on('error', (cause) => {
          for (const resolve of waiting.values()) resolve({ status: 500, body: { error: String(cause) }, error: String(cause) });
          waiting.clear();
          worker = undefined;
        });
      }
      const id = (nextId += 1);
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, ...message });
      });
    },
    async stop() {
      await worker?.terminate();
    },
  };
}

const renderer = serverRenderer();

/**
 * `executeServerCommand('ssr-render', { tag, attributes, options })`: the widget rendered in Node with `prerender`
 * from the built `dist/ssr.js`, as `{ html, logged }` (what the library logged while rendering).
 */
function serverRenderPlugin() {
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      const result = await renderer.request({ render: payload });
      if (result.error) throw new Error(result.error);
      return result;
    },
    async serverStop() {
      await renderer.stop();
    },
  };
}

/** The embed builder's pre-rendering endpoint, answered as the demo server answers it (scripts/prerender-endpoint.js). */
async function prerenderEndpoint(context, next) {
  if (context.path !== prerenderPath) return next();
  const { status, body } = await renderer.request({ endpoint: { method: context.method, search: context.querystring } });
  context.status = status;
  context.type = 'application/json';
  context.set('Cache-Control', 'no-store');
  context.body = JSON.stringify(body);
  return undefined;
}

/**
 * `visualDiff(element, name)` (Chromium only): compares a screenshot with the baseline committed in
 * test/screenshots/baseline/; a failed comparison writes the new image and a diff to test/screenshots/failed/.
 * `VISUAL_BASELINE=update` writes new baselines instead, to be looked at before they are committed, and
 * `executeServerCommand('visual-baseline-update')` tells a test which of the two this run does. A pixel counts as
 * changed only beyond pixelmatch's colour tolerance and when it is not antialiasing; a screenshot fails when more than
 * 0.01 % of its pixels changed (a moved rule or a rewrapped line changes thousands) or when its size changed.
 */
function screenshotComparison() {
  const update = process.env.VISUAL_BASELINE === 'update';
  const comparison = visualRegressionPlugin({
    update,
    baseDir: 'test/screenshots',
    getBaselineName: ({ name }) => join('baseline', name),
    getFailedName: ({ name }) => join('failed', name),
    getDiffName: ({ name }) => join('failed', `${name}-diff`),
    diffOptions: { threshold: 0.1, includeAA: false },
    failureThresholdType: 'percent',
    failureThreshold: 0.01,
  });
  return {
    ...comparison,
    async executeCommand(context) {
      if (context.command === 'visual-baseline-update') return update;
      return comparison.executeCommand(context);
    },
  };
}

/**
 * Runs test/consumers/harness.js in a process of its own (its type-checks would block the server) for its results;
 * `onStart` receives the process, so the server can end it if it stops first.
 */
function runConsumerApps(onStart) {
  return new Promise((resolve, reject) => {
    const harness = spawn(process.execPath, [fileURLToPath(new URL('./test/consumers/harness.js', import.meta.url)), '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that stopping it also stops the npm, tsc and vite it runs.
      detached: true,
    });
    onStart(harness);
    let output = '';
    let errors = '';
    harness.stdout.on('data', (chunk) => (output += chunk));
    harness.stderr.on('data', (chunk) => (errors += chunk));
    harness.on('error', reject);
    harness.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(output));
      else reject(new Error(`test/consumers/harness.js failed (exit code ${code}):\n${errors.slice(-8000)}`));
    });
  });
}

/**
 * `executeServerCommand('consumer-apps')`: packs the package and installs, type-checks and builds the consumer apps of
 * test/consumers/, once per run (from the server's start when test/consumers.test.ts is in the run), then answers
 * `{ done: true, results }`. A command must answer within 20 seconds, so
 * until the work is done each call waits up to 10 seconds and answers `{ done: false }`; the test asks again.
 */
function consumerAppsPlugin({ startWithServer }) {
  let work;
  let harness;
  const start = () =>
    (work ??= runConsumerApps((started) => (harness = started)).then(
      (results) => ({ done: true, results }),
      (error) => ({ done: true, error: String(error?.stack ?? error) }),
    ));
  return {
    name: 'consumer-apps',
    serverStart() {
      // The apps take a minute or more to build: when their test is in the run, they build while the other files run.
      if (startWithServer) start();
    },
    async executeCommand({ command }) {
      if (command !== 'consumer-apps') return undefined;
      start();
      let timer;
      const notYet = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ done: false }), 10000);
      });
      try {
        return await Promise.race([work, notYet]);
      } finally {
        clearTimeout(timer);
      }
    },
    serverStop() {
      if (!harness || harness.exitCode !== null) return;
      try {
        process.kill(-harness.pid, 'SIGTERM');
      } catch {
        // It ended meanwhile.
      }
    },
  };
}

/**
 * `executeServerCommand('property-runs')`: how many cases each property-based test runs, and its seed. The default run
 * is short; `PROPERTY_RUNS=2000` (and `PROPERTY_SEED=…` to replay another sequence) runs a larger one.
 */
function propertyRunsPlugin() {
  return {
    name: 'property-runs',
    executeCommand({ command }) {
      if (command !== 'property-runs') return undefined;
      const runs = Number.parseInt(process.env.PROPERTY_RUNS ?? '', 10);
      const seed = Number.parseInt(process.env.PROPERTY_SEED ?? '', 10);
      return { runs: Number.isSafeInteger(runs) && runs > 0 ? runs : undefined, seed: Number.isSafeInteger(seed) ? seed : undefined };
    },
  };
}

/**
 * `executeServerCommand('sanitize-html', { html })`: `html` cleaned by sanitize-html with its default options, as a blog
 * platform cleans pasted HTML (it runs in Node only).
 */
function sanitizeHtmlPlugin() {
  return {
    name: 'sanitize-html',
    async executeCommand({ command, payload }) {
      if (command !== 'sanitize-html') return undefined;
      const { default: sanitizeHtml } = await import('sanitize-html');
      return sanitizeHtml(String(payload?.html ?? ''));
    },
  };
}

/**
 * `executeServerCommand('gzip-size', { file })`: the gzip -9 size of a built script such as `dist/cdn/mdma-faq.js`, as
 * `{ bytes, isBuild }` (undefined when it is missing), measured in Node as the bench and `npm run size:ratchet` measure
 * it: a browser's CompressionStream uses another level, and each engine its own compressor.
 */
function gzipSizePlugin() {
  return {
    name: 'gzip-size',
    executeCommand({ command, payload }) {
      if (command !== 'gzip-size') return undefined;
      return builtSize(String(payload?.file)) ?? null;
    },
  };
}

/**
 * `executeServerCommand('documentation-pages')`: README.md and every page of docs/, as paths from the repository's root,
 * for the test that follows their links (test/docs-links.test.ts).
 */
function documentationPagesPlugin() {
  return {
    name: 'documentation-pages',
    executeCommand({ command }) {
      if (command !== 'documentation-pages') return undefined;
      return documentationPages();
    },
  };
}

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// `BROWSERS=chromium`, `BROWSERS=firefox` or `BROWSERS=webkit` runs one engine (or list several); the default runs all three.
const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

const chromium = chromeLauncher({
  // Each test page gets its own window: a background tab gets no animation frames, and fixtures wait for one.
  createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
  launchOptions: {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
});

// Firefox ESR from Debian, driven by puppeteer-core over WebDriver BiDi (nothing is downloaded).
const firefox = chromeLauncher({
  puppeteer,
  // Firefox opens every page as a tab of one window, and a background tab gets no animation frames: one at a time.
  concurrency: 1,
  launchOptions: {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'extensions.update.enabled': false,
    },
  },
});

// Imported only when asked for: other runs load no WebDriver client and start no display or driver.
const webkit = engines.includes('webkit') && (await import('./scripts/webkit-driver.js')).webkitLauncher();
const browsers = [engines.includes('chromium') && chromium, engines.includes('firefox') && firefox, webkit].filter(Boolean);

/**
 * The longest test files (see the slowest files the run lists at its end), started first: each engine runs a few pages
 * at a time, and a long file started last would keep the run going alone.
 */
const slowFirst = [
  'src/components/study-table/study-table.layout.test.ts',
  'test/accessibility.test.ts',
  'test/stories.test.ts',
  'src/components/mdma-faq/mdma-faq.test.ts',
  'src/components/study-table/study-table.test.ts',
  'test/hostile-properties.test.ts',
  'test/builder.test.ts',
  'src/components/session-timeline/session-timeline.test.ts',
  'src/components/safety-callout/safety-callout.test.ts',
  'test/property-based.test.ts',
];
const allFiles = [...slowFirst, 'src/**/*.test.ts', 'test/**/*.test.ts'];

/**
 * Test files whose subject is the same in every engine: the bundled data and its validation, plain functions of the
 * widgets (rows, course, review dates, merging host data, reading attributes, citations, allowed links, the wording of
 * console messages, markup as strings), the plain HTML copies and what sanitizers keep of them, the built package and
 * what the build writes (manifest, sizes, the benchmark's reference pages), the links of the documentation, the consumer
 * apps, the embed builder and the Storybook catalogue, whose pages only put together what the widgets' own tests check
 * in every engine (keyboard, hydration, rendering, axe). They run once, in Chromium (or the first engine asked for); the
 * rest runs in every engine.
 */
const engineIndependent = [
  'src/data/data.test.ts',
  'src/internal/element/log.test.ts',
  'src/internal/element/options.test.ts',
  'src/internal/host-content/input.test.ts',
  'src/internal/host-content/merge.test.ts',
  'src/internal/host-content/plain-data.test.ts',
  'src/internal/host-content/schema.test.ts',
  'src/internal/provenance/bibliography.test.ts',
  'src/internal/provenance/citation.test.ts',
  'src/internal/provenance/review.test.ts',
  'src/components/study-table/study-rows.test.ts',
  'src/components/session-timeline/course.test.ts',
  'src/internal/plain/plain.test.ts',
  'src/internal/render/static-markup.test.ts',
  'src/internal/render/url.test.ts',
  'test/manifest.test.ts',
  'test/size-budget.test.ts',
  'test/bench-reference.test.ts',
  'test/docs-links.test.ts',
  'test/consumers.test.ts',
  'test/builder.test.ts',
  'test/stories.test.ts',
];

/** The test files named on the command line (`npx web-test-runner test/builder.test.ts`), if any. */
function filesOnCommandLine(args) {
  const takesValue = new Set(['--root-dir', '--concurrent-browsers', '--concurrency', '--config', '--port', '--groups', '--group']);
  const files = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--files' || arg === '--browsers' || arg === '--esbuild-target') {
      const listed = [];
      while (index + 1 < args.length && !args[index + 1].startsWith('-')) listed.push(args[(index += 1)]);
      if (arg === '--files') files.push(...listed);
    } else if (arg.startsWith('-')) {
      if (takesValue.has(arg)) index += 1;
    } else {
      files.push(arg);
    }
  }
  return files;
}

// Files named on the command line run in every engine asked for (`BROWSERS=chromium` for one): the runner would run a
// group's files as well as those named.
const namedFiles = filesOnCommandLine(process.argv.slice(2));
const onceIn = browsers.includes(chromium) ? chromium : browsers[0];
const onceFiles = [...slowFirst.filter((file) => engineIndependent.includes(file)), ...engineIndependent];

export default {
  files: namedFiles.length > 0 ? allFiles : [...allFiles, ...engineIndependent.map((file) => `!${file}`)],
  groups: namedFiles.length > 0 ? [] : [{ name: 'engine-independent', files: onceFiles, browsers: [onceIn] }],
  nodeResolve: { exportConditions: ['production', 'browser', 'default'] },
  hostname: '127.0.0.1',
  rootDir: '.',
  concurrency: 2,
  // All three engines at once: much of a test page's time is spent waiting (for a driver, a frame, the server), and
  // with two at a time WebKit, the slowest, started only when Chromium had finished.
  concurrentBrowsers: 3,
  // A failed assertion fails the test at once (test/failure-values.js makes sure the page reports it); a test that never
  // finishes fails after 20 s. Two axe runs over a whole table take more than 10 s in WebKit on a busy machine.
  testFramework: { config: { timeout: 20000 } },
  // WebKit's driver may take two tries of 45 s to open a page (scripts/webkit-driver.js): the page fails only after both.
  browserStartTimeout: 2 * 60 * 1000,
  // A test page that stops answering fails after this. On a machine shared with other runs, WebKit's longest file (the
  // table at every column width) has taken over four minutes.
  testsFinishTimeout: 8 * 60 * 1000,
  // A value a failed assertion compared that cannot be copied (an element) must not keep the page from reporting.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script src="/test/failure-values.js"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  // The consumer apps' builds, at /consumers/<app>/; the embed builder's pre-rendering endpoint.
  middleware: [strictHeaders, serveConsumerBuilds('/consumers/'), prerenderEndpoint],
  plugins: [
    forcedColorsPlugin(),
    accessibilityTreePlugin(),
    printPlugin(),
    serverRenderPlugin(),
    screenshotComparison(),
    consumerAppsPlugin({ startWithServer: namedFiles.length === 0 || namedFiles.some((file) => file.includes('consumers')) }),
    propertyRunsPlugin(),
    gzipSizePlugin(),
    sanitizeHtmlPlugin(),
    documentationPagesPlugin(),
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: './tsconfig.json' }),
  ],
  reporters: [defaultReporter(), timingReporter()],
  browsers,
};
