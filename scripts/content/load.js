/**
 * Loads the bundled content straight from its TypeScript sources (`src/data/`, and the interface strings in
 * `src/internal/language/strings/`), so the content scripts need no build: each module, and every module it imports by a relative
 * path, is transpiled with the project's TypeScript into a scratch folder under `node_modules/.cache/` (where the
 * project's packages still resolve), imported from there, and the folder removed.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Relative module specifiers in emitted JavaScript: `from './x.js'`, `import './x.js'`, `import('./x.js')`. */
const relativeImport = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;

async function loadTypeScript() {
  try {
    return (await import('typescript')).default;
  } catch {
    throw new Error('TypeScript is not installed: run `npm ci` first.');
  }
}

/**
 * Imports the given modules (paths from the project root, e.g. `src/data/index.ts`) and returns their namespaces, in
 * the same order.
 */
export async function importSources(paths) {
  const ts = await loadTypeScript();
  const cache = join(root, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const scratch = await mkdtemp(join(cache, 'content-'));
  try {
    const pending = paths.map((path) => resolve(root, path));
    const done = new Set();
    while (pending.length > 0) {
      const source = pending.pop();
      if (done.has(source)) continue;
      done.add(source);
      const { outputText } = ts.transpileModule(await readFile(source, 'utf8'), {
        fileName: source,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ES2022,
          importHelpers: false,
          experimentalDecorators: true,
          useDefineForClassFields: false,
        },
      });
      for (const [, , specifier] of outputText.matchAll(relativeImport)) {
        pending.push(resolve(dirname(source), specifier.replace(/\.js$/, '.ts')));
      }
      const target = join(scratch, relative(root, source)).replace(/\.ts$/, '.js');
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, outputText);
    }
    return await Promise.all(
      paths.map((path) => import(pathToFileURL(join(scratch, path.replace(/\.ts$/, '.js'))).href)),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The bundled content: `src/data/index.ts`'s exports (`faq`, `studies`, `sessions`, `safety`, the review dates, …). */
export async function loadContent() {
  const [data] = await importSources(['src/data/index.ts']);
  return data;
}
