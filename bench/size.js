// Bytes: each classic script as built (the all-in-one and one per element), and which of those bytes are Lit, its
// hydration support, other libraries, our code, styles, interface strings and content, read from a source map of the
// same script rebuilt with the project's own Rollup plugins.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { outputFor, plugins as rollupPlugins, scripts as rollupScripts } from '../rollup.config.js';

/** What a server sends for `bytes`: as is, gzip at level 9, brotli at quality 11 (what CDNs serve for static files). */
export function transferSizes(bytes) {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  return {
    minified: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

const litPackages = new Set(['lit', 'lit-html', 'lit-element', '@lit/reactive-element']);

/** What each part is, in the order the reports list them. */
export const partOrder = ['Lit', 'Lit hydration support', 'other libraries', 'our code', 'our styles', 'interface strings', 'our content', 'bundle wrapper'];

/** The part of the library a bundled module belongs to, by its path: `{ part, module }`. */
export function classify(sourcePath) {
  const path = sourcePath.replaceAll('\\', '/');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (inPackage) {
    const [, name, file] = inPackage;
    // Lit's hydration: the client half of @lit-labs/ssr, and the hooks lit-html keeps for it.
    if (name === '@lit-labs/ssr-client' || (name === 'lit-html' && /(^|\/)private-ssr-support\.js$/.test(file))) {
      return { part: 'Lit hydration support', module: name === 'lit-html' ? 'lit-html/private-ssr-support' : name };
    }
    return { part: litPackages.has(name) ? 'Lit' : 'other libraries', module: name };
  }
  const inDist = /(?:^|\/)dist\/(.+)\.js$/.exec(path);
  const module = inDist ? inDist[1] : path;
  if (module.startsWith('data/')) return { part: 'our content', module };
  if (module.startsWith('internal/language/strings/')) return { part: 'interface strings', module };
  if (/\.styles$/.test(module)) return { part: 'our styles', module };
  const component = /^components\/([^/]+)\//.exec(module);
  return { part: 'our code', module: component ? `components/${component[1]}` : module };
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = base64.indexOf(character);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Per generated line, the mapped segments `{ column, source }` (source -1 when a segment maps to no source). */
export function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    if (!line) return [];
    return line.split(',').map((segment) => {
      const values = decodeVlq(segment);
      column += values[0];
      if (values.length < 4) return { column, source: -1 };
      source += values[1];
      return { column, source };
    });
  });
}

/**
 * Attributes every byte of `code` to the source its source-map segment points at: a segment covers the text up to the
 * next segment, across line ends (a multi-line template literal maps only where it starts). Columns count UTF-16
 * units, so text is sliced as a string and measured later as UTF-8. Returns the code of each source, concatenated, by
 * source index; bytes before the first segment, or under a segment without a source, go to index -1 (the wrapper).
 */
export function codeBySource(code, map) {
  const pieces = new Map();
  const add = (source, text) => {
    if (!text) return;
    if (!pieces.has(source)) pieces.set(source, []);
    pieces.get(source).push(text);
  };
  const lines = code.split('\n');
  const mapped = decodeMappings(map.mappings);
  let current = -1;
  lines.forEach((line, index) => {
    const segments = [...(mapped[index] ?? [])].sort((a, b) => a.column - b.column);
    add(current, line.slice(0, segments[0]?.column ?? line.length));
    segments.forEach((segment, position) => {
      current = segment.source;
      add(current, line.slice(segment.column, segments[position + 1]?.column ?? line.length));
    });
    if (index < lines.length - 1) add(current, '\n');
  });
  return new Map([...pieces].map(([source, texts]) => [source, texts.join('')]));
}

/**
 * Splits a minified bundle into parts (`partOrder`) and modules. Minified bytes are exact;
 * gzip and brotli are per part compressed alone, plus each part's share of the whole bundle's compressed size in
 * proportion to its compressed-alone size (compression is not additive, so this share is an estimate).
 */
export function breakdown(code, map, whole) {
  const parts = new Map();
  const modules = new Map();
  for (const [source, text] of codeBySource(code, map)) {
    const { part, module } = source === -1 ? { part: 'bundle wrapper', module: 'bundle wrapper' } : classify(map.sources[source]);
    parts.set(part, (parts.get(part) ?? '') + text);
    const entry = modules.get(module) ?? { module, part, text: '' };
    entry.text += text;
    modules.set(module, entry);
  }
  const partSizes = [...parts].map(([part, text]) => ({ part, ...transferSizes(text) }));
  const gzipAloneTotal = partSizes.reduce((sum, part) => sum + part.gzip, 0);
  const brotliAloneTotal = partSizes.reduce((sum, part) => sum + part.brotli, 0);
  return {
    parts: partSizes
      .map(({ part, minified, gzip, brotli }) => ({
        part,
        minified,
        minifiedShare: minified / whole.minified,
        gzipAlone: gzip,
        brotliAlone: brotli,
        gzipShare: Math.round((whole.gzip * gzip) / gzipAloneTotal),
        brotliShare: Math.round((whole.brotli * brotli) / brotliAloneTotal),
      }))
      .sort((a, b) => partOrder.indexOf(a.part) - partOrder.indexOf(b.part)),
    modules: [...modules.values()]
      .map(({ module, part, text }) => ({ module, part, minified: Buffer.byteLength(text), gzipAlone: transferSizes(text).gzip }))
      .sort((a, b) => b.minified - a.minified),
  };
}


/**
 * The classic scripts' entry modules: the build compiles them to dist/classic/ and removes them once bundled, so they
 * are compiled again here from src/classic/, in memory, as tsc compiles them. Everything they import is in dist/.
 */
function classicEntries(root) {
  const folder = resolve(root, 'dist/classic');
  const options = ts.parseJsonConfigFileContent(
    ts.readConfigFile(join(root, 'tsconfig.build.json'), ts.sys.readFile).config,
    ts.sys,
    root,
  ).options;
  return {
    name: 'classic-entries',
    resolveId(source, importer) {
      // Packages are node-resolve's to find.
      if (importer && !source.startsWith('.')) return null;
      const id = importer ? resolve(importer, '..', source) : resolve(root, source);
      return id.startsWith(folder + sep) ? id : null;
    },
    async load(id) {
      if (!id.startsWith(folder + sep)) return null;
      const source = await readFile(join(root, 'src/classic', basename(id).replace(/\.js$/, '.ts')), 'utf8');
      return ts.transpileModule(source, { compilerOptions: options, fileName: id.replace(/\.js$/, '.ts') }).outputText;
    },
  };
}

/**
 * Bundles `input` as the build does (its plugins and output options) with a source map; returns `{ code, map }`.
 * `extraPlugins` run first: bench/host-data-cost.js uses them to leave a module out.
 */
export async function bundle(root, input, file, extraPlugins = []) {
  const build = await rollup({
    input: resolve(root, input),
    plugins: [...extraPlugins, classicEntries(root), ...rollupPlugins],
    onwarn: (warning, warn) => {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  try {
    // Generated in memory, not written: the output options without the file they would write.
    const options = { ...outputFor(file), file: undefined };
    const { output: chunks } = await build.generate({ ...options, sourcemap: true });
    const chunk = chunks.find((item) => item.type === 'chunk' && item.isEntry);
    // Rollup appends a sourceMappingURL comment when maps are on; the shipped file has none.
    return { code: chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\n?$/, (comment) => (comment.startsWith('\n') ? '\n' : '')), map: chunk.map };
  } finally {
    await build.close();
  }
}

/**
 * The gzip -9 target of each classic script, in bytes: bench/size-targets.json, whose `ceilings` (the ratchet,
 * bench/ceilings.js) test/size-budget.test.ts enforces.
 */
export const sizeTargets = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(new URL('./size-targets.json', import.meta.url), 'utf8'))).filter(([, value]) => typeof value === 'number'),
);

/**
 * Every classic script the build writes (rollup.config.js `scripts`): its shipped size, its target, and what takes its
 * bytes. The breakdown describes the shipped file only when the rebuild is byte for byte the same
 * (`breakdownMatchesShippedFile`).
 */
export async function measureSizes(root) {
  const scripts = [];
  for (const { input, file } of rollupScripts) {
    const shipped = await readFile(resolve(root, file));
    const whole = transferSizes(shipped);
    const rebuilt = await bundle(root, input, file);
    const target = sizeTargets[file] ?? null;
    scripts.push({
      file,
      ...whole,
      target,
      withinTarget: target === null ? null : whole.gzip <= target,
      ...breakdown(rebuilt.code, rebuilt.map, transferSizes(rebuilt.code)),
      breakdownMatchesShippedFile: rebuilt.code === shipped.toString('utf8'),
    });
  }
  return { scripts };
}
