// Renders widgets on the server for the browser tests: the test runner's Node process starts this worker thread (so the
// server DOM shim stays out of the runner itself) and asks it for HTML through the `ssr-render` command.
import { parentPort } from 'node:worker_threads';

const { prerender } = await import('../../dist/ssr.js');

parentPort.on('message', async ({ id, tag, attributes, options }) => {
  // Everything the library logs while rendering on the server: it should be nothing.
  const logged = [];
  const original = { warn: console.warn, error: console.error, log: console.log };
  for (const level of ['warn', 'error', 'log']) console[level] = (...args) => logged.push(`${level}: ${args.map(String).join(' ')}`);
  try {
    const html = await prerender(tag, attributes, options);
    parentPort.postMessage({ id, html, logged });
  } catch (cause) {
    parentPort.postMessage({ id, error: String(cause?.stack ?? cause), logged });
  } finally {
    Object.assign(console, original);
  }
});
