// The size ratchet: each classic script's gzip -9 size may never grow past its ceiling in bench/size-targets.json
// (test/size-budget.test.ts fails when it does), and when a change makes a script smaller its ceiling comes down.
//
//   npm run build && npm run size:ratchet
//
// rewrites the ceilings to the sizes of the scripts in dist/, only ever downward (a script without a ceiling gets its
// size as it is). The targets in the same file are what the scripts should weigh; they never move with a measurement.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const sizesFile = new URL('./size-targets.json', import.meta.url);
const root = new URL('..', import.meta.url);

/** The gzip -9 size of `bytes`, as the bench and the size test measure every script. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** bench/size-targets.json as written: `{ $comment, <file>: target, ..., ceilings: { <file>: bytes } }`. */
export function readSizeFile() {
  return JSON.parse(readFileSync(sizesFile, 'utf8'));
}

/** The gzip -9 size of the built script `file` (a path such as `dist/cdn/mdma-faq.js`), or undefined if there is none. */
export function builtSize(file) {
  if (!/^dist\/[\w/-]+\.js$/.test(file)) throw new Error(`${file} is not a script of dist/`);
  let bytes;
  try {
    bytes = readFileSync(new URL(file, root));
  } catch {
    return undefined;
  }
  return { bytes: gzipSize(bytes), isBuild: bytes.includes('customElements') && bytes.includes('MdmaWidgets') };
}

/** Lowers each ceiling to its script's size where that is smaller; returns what changed. */
export function ratchet() {
  const sizes = readSizeFile();
  const files = Object.keys(sizes).filter((key) => typeof sizes[key] === 'number');
  const ceilings = { ...sizes.ceilings };
  const rows = [];
  for (const file of files) {
    const built = builtSize(file);
    if (!built?.isBuild) throw new Error(`${file} is missing or is not a build: run \`npm run build\` first`);
    const before = ceilings[file];
    const after = before === undefined ? built.bytes : Math.min(before, built.bytes);
    ceilings[file] = after;
    rows.push({ file, size: built.bytes, before, after });
  }
  writeFileSync(sizesFile, `${JSON.stringify({ ...sizes, ceilings }, null, 2)}\n`);
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { file, size, before, after } of ratchet()) {
    const change = before === undefined ? 'new ceiling' : after < before ? `lowered from ${before}` : size > before ? `OVER by ${size - before}` : 'unchanged';
    console.log(`${file.padEnd(36)} ${String(size).padStart(7)} B  ceiling ${String(after).padStart(7)} B  (${change})`);
  }
}
