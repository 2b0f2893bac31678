// A reporter for @web/test-runner that says where the time goes: how long each test file took in each engine, from
// the page starting to load to its last result, and the slowest of them when the run ends. `TEST_TIMINGS=<file>`
// also writes every file's time there as JSON, to compare runs.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** The `count` slowest test files of the run, as a short table after the results. */
export function timingReporter({ count = 8 } = {}) {
  const started = new Map();
  const finished = new Map();
  let rootDir = process.cwd();
  let logger;
  return {
    start({ config, sessions, startTime }) {
      rootDir = config.rootDir ?? rootDir;
      logger = config.logger;
      // The first pages start before reporters do: they started with the run.
      for (const session of sessions.all()) if (session.status !== 'SCHEDULED') started.set(session.id, startTime ?? Date.now());
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING' && !started.has(session.id)) started.set(session.id, Date.now());
        if (session.status === 'FINISHED' && started.has(session.id)) finished.set(session.id, { session, at: Date.now() });
      });
    },
    stop() {
      const timings = [...finished].map(([id, { session, at }]) => ({
        file: relative(rootDir, session.testFile),
        browser: session.browser.name,
        seconds: Math.round((at - started.get(id)) / 100) / 10,
      }));
      if (timings.length === 0) return;
      timings.sort((a, b) => b.seconds - a.seconds);
      if (process.env.TEST_TIMINGS) writeFileSync(process.env.TEST_TIMINGS, `${JSON.stringify(timings, null, 2)}\n`);
      const lines = timings.slice(0, count).map(({ file, browser, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${browser.padEnd(8)} ${file}`);
      (logger ?? console).log(`Slowest test files:\n${lines.join('\n')}`);
    },
  };
}
