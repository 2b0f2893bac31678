// Browser tests: every src/**/*.test.ts and test/**/*.test.ts runs in three engines from Debian's packages: Chromium and
// Firefox ESR headless, and WebKit (WebKitGTK's MiniBrowser under WebKitWebDriver, see scripts/webkit-driver.js).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import puppeteer from 'puppeteer-core';

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

/**
 * `executeServerCommand('ssr-render', { tag, attributes, options })`: the widget rendered in Node with `prerender`
 * from the built `dist/ssr.js`, as `{ html, logged }` (what the library logged while rendering).
 */
function serverRenderPlugin() {
  let worker;
  let nextId = 0;
  const waiting = new Map();
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      if (!worker) {
        worker = new Worker(new URL('./test/server/ssr-worker.js', import.meta.url));
        worker.unref();
        worker.on('message', ({ id, ...result }) => {
          waiting.get(id)?.(result);
          waiting.delete(id);
        });
      }
      const id = (nextId += 1);
      const result = await new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, ...payload });
      });
      if (result.error) throw new Error(result.error);
      return result;
    },
    async serverStop() {
      await worker?.terminate();
    },
  };
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

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'browser', 'default'] },
  hostname: '127.0.0.1',
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [strictHeaders],
  plugins: [forcedColorsPlugin(), accessibilityTreePlugin(), serverRenderPlugin(), screenshotComparison(), esbuildPlugin({ ts: true, target: 'auto', tsconfig: './tsconfig.json' })],
  browsers: [engines.includes('chromium') && chromium, engines.includes('firefox') && firefox, webkit].filter(Boolean),
};
