// Bytes: the single script as built, each element's own entry point bundled the way a bundler would, and which of
// those bytes are Lit, other libraries, our code and our data, read from the bundle's source map.
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import rollupConfig from '../rollup.config.js';

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

/** The part of the library a bundled module belongs to, by its path: `{ part, module }`. */
export function classify(sourcePath) {
  const path = sourcePath.replaceAll('\\', '/');
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (inPackage) {
    const name = inPackage[1];
    return { part: litPackages.has(name) ? 'Lit' : 'other libraries', module: name };
  }
  const inDist = /(?:^|\/)dist\/(.+)\.js$/.exec(path);
  const module = inDist ? inDist[1] : path;
  if (module.startsWith('data/')) return { part: 'our data', module };
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
 * Splits a minified bundle into parts (Lit, other libraries, our code, our data) and modules. Minified bytes are exact;
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
  const order = ['Lit', 'other libraries', 'our code', 'our data', 'bundle wrapper'];
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
      .sort((a, b) => order.indexOf(a.part) - order.indexOf(b.part)),
    modules: [...modules.values()]
      .map(({ module, part, text }) => ({ module, part, minified: Buffer.byteLength(text), gzipAlone: transferSizes(text).gzip }))
      .sort((a, b) => b.minified - a.minified),
  };
}

/** Bundles `input` with the project's own Rollup plugins (resolve, terser) and a source map; returns `{ code, map }`. */
async function bundle(input, output) {
  const build = await rollup({
    input,
    plugins: rollupConfig.plugins,
    onwarn: (warning, warn) => {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  try {
    const { output: chunks } = await build.generate({ ...output, sourcemap: true });
    const chunk = chunks.find((item) => item.type === 'chunk' && item.isEntry);
    // Rollup appends a sourceMappingURL comment when maps are on; the shipped file has none.
    return { code: chunk.code.replace(/\/\/# sourceMappingURL=\S+\n?$/, ''), map: chunk.map };
  } finally {
    await build.close();
  }
}

/** The element entry points a bundler user may import, from package.json `exports` (`./<tag>.js` → dist/components). */
async function elementEntries(root) {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  return Object.entries(manifest.exports ?? {})
    .map(([subpath, target]) => ({ subpath, file: typeof target === 'string' ? target : target.default }))
    .filter(({ file }) => typeof file === 'string' && file.startsWith('./dist/components/'))
    .map(({ subpath, file }) => ({ entry: subpath.replace(/^\.\//, ''), file: file.replace(/^\.\//, '') }));
}

/** Sizes of the single script and of each element entry point, with what takes their bytes. */
export async function measureSizes(root) {
  const scriptFile = resolve(root, rollupConfig.output.file);
  const shipped = await readFile(scriptFile);
  const whole = transferSizes(shipped);

  const rebuilt = await bundle(resolve(root, rollupConfig.input), { ...rollupConfig.output, file: undefined, dir: undefined });
  const matchesShipped = rebuilt.code === shipped.toString('utf8');
  const singleScript = {
    file: relative(root, scriptFile),
    ...whole,
    ...breakdown(rebuilt.code, rebuilt.map, transferSizes(rebuilt.code)),
    // The breakdown comes from a rebuild with a source map; it describes the shipped file only if the code is identical.
    breakdownMatchesShippedFile: matchesShipped,
  };

  // Each an ES module, as a bundler user imports it: Lit and the data it uses inlined, minified like the single script.
  const entries = await Promise.all(
    (await elementEntries(root)).map(async ({ entry, file }) => {
      const built = await bundle(resolve(root, file), { format: 'es' });
      const sizes = transferSizes(built.code);
      return { entry, file, ...sizes, parts: breakdown(built.code, built.map, sizes).parts };
    }),
  );
  return { singleScript, entries };
}
