// The demo server: serves demo/ and the built dist/ on 127.0.0.1 only (never on other interfaces), and the embed
// builder's pre-rendering endpoint (scripts/prerender-endpoint.js).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerenderEndpoint, prerenderPath } from './prerender-endpoint.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file under demo/ or dist/, refusing anything outside them. */
function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath));
  const [folder, base] = path.startsWith(`${sep}dist${sep}`) ? ['dist', path.slice(5)] : ['demo', path];
  const file = resolve(join(root, folder, base.endsWith(sep) ? `${base}index.html` : base));
  if (!file.startsWith(join(root, folder) + sep)) return undefined;
  try {
    const stats = statSync(file);
    return stats.isDirectory() ? join(file, 'index.html') : file;
  } catch {
    return undefined;
  }
}

const respondToPrerender = await prerenderEndpoint(new URL('..', import.meta.url));

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  if (url.pathname === prerenderPath) {
    const { status, body } = await respondToPrerender(request.method, url.search);
    response
      .writeHead(status, { 'content-type': types['.json'], 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
      .end(request.method === 'HEAD' ? undefined : JSON.stringify(body));
    return;
  }
  const file = fileFor(url.pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: run with PORT=<another port> npm start` : error.message);
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`Demo: http://${host}:${port}/  (Ctrl+C to stop)`);
});
