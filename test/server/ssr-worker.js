// Renders widgets on the server for the browser tests: the test runner's Node process starts this worker thread (so the
// server DOM shim stays out of the runner itself) and asks it for HTML, either for the `ssr-render` command
// (`{ render: { tag, attributes, options } }`) or for the embed builder's pre-rendering endpoint (`{ endpoint: { method,
// search } }`, answered by the same module as in the demo server).
import { parentPort } from 'node:worker_threads';
import { prerenderEndpoint } from '../../scripts/prerender-endpoint.js';

const { prerender } = await import('../../dist/ssr.js');
let respond;

async function render({ tag, attributes, options }) {
  // Everything the library logs while rendering on the server: it should be nothing.
  const logged = [];
  const original = { warn: console.warn, error: console.error, log: console.log };
  for (const level of ['warn', 'error', 'log']) console[level] = (...args) => logged.push(`${level}: ${args.map(String).join(' ')}`);
  try {
    return { html: await prerender(tag, attributes, options), logged };
  } catch (cause) {
    return { error: String(cause?.stack ?? cause), logged };
  } finally {
    Object.assign(console, original);
  }
}

parentPort.on('message', async ({ id, render: renderRequest, endpoint }) => {
  let result;
  if (endpoint) {
    // Loaded at its first request: tests that only render need no custom-elements.json.
    respond ??= prerenderEndpoint(new URL('../../', import.meta.url));
    result = await respond.then(
      (answer) => answer(endpoint.method, endpoint.search),
      (cause) => ({ status: 500, body: { error: `The endpoint could not start: ${cause?.message ?? cause}` } }),
    );
  } else {
    result = await render(renderRequest);
  }
  parentPort.postMessage({ id, ...result });
});
