// Debian's Chromium, headless, started without the background work that would disturb timings.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Opens a page in a fresh browser context (no cache, no shared process state from an earlier run) and records its
 * console errors, warnings and uncaught errors in `page.problems`.
 */
export async function freshPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') page.problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  page.closeContext = () => context.close();
  return page;
}

/** The machine a run happened on, as the benchmark page states it. */
export async function describeMachine(browser) {
  let system = process.platform;
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    system = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1] ?? system;
  } catch {
    // Not Linux: the platform name will do.
  }
  const processors = cpus();
  return {
    cores: processors.length,
    cpu: processors[0]?.model.trim() ?? 'unknown',
    system,
    node: process.version,
    browser: (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium '),
    loadAverageAtStart: Math.round(loadavg()[0] * 100) / 100,
  };
}
