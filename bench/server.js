// A throwaway HTTP server for one bench run: the built dist/ from disk and the generated pages from memory, on
// 127.0.0.1 and a free port, never on another interface.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves `pages` (path → HTML) and the files under `distFolder` at `/dist/...`. Resolves to `{ origin, close }`;
 * `close()` stops the server and drops open connections, so the run can end.
 */
export async function startServer({ distFolder, pages }) {
  const distRoot = resolve(distFolder);

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const headers = { 'cache-control': 'no-store' };
    if (pages.has(path)) {
      response.writeHead(200, { ...headers, 'content-type': types['.html'] }).end(pages.get(path));
      return;
    }
    if (path.startsWith('/dist/')) {
      const file = resolve(join(distRoot, normalize(decodeURIComponent(path.slice('/dist/'.length)))));
      if (file.startsWith(distRoot + sep)) {
        try {
          const body = await readFile(file);
          response.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
          return;
        } catch {
          // Falls through to 404.
        }
      }
    }
    response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
