import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';

/**
 * The most each classic script may weigh gzipped: the targets set for them (all four elements with hydration support
 * 44 KB; the FAQ alone 24 KB; each other element alone 25 KB). `npm run bench` reports the same sizes with gzip -9.
 *
 * Scripts that miss their target are listed in `missed`, with the size measured when that was decided and why: their
 * test is reported as skipped (never as passed) while they stay over, and passes, telling you to take the entry out,
 * once they are back under. A script not listed fails as soon as it grows past its target.
 */
const kilobyte = 1024;

/** The targets, from bench/size-targets.json (which `npm run bench` reports against too). */
const targets: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(JSON.parse((await readFile({ path: '../bench/size-targets.json' })) ?? '{}') as Record<string, unknown>).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number',
  ),
);

/**
 * Targets not met, with the gzip -9 size when decided. The bundled content alone (about 18 KB gzipped for all four, 11 KB
 * of it the FAQ with its 25 sources), Lit with its hydration support (about 9 KB), valibot (2.5 KB), the checks that keep
 * hostile host data and hostile pages out (about 3 KB) and finding the page's heading outline (1.4 KB) leave too little
 * for the element code.
 */
const missed: Readonly<Record<string, string>> = {
  'dist/mdma-widgets.js': '62.7 KB: content ~18 KB, Lit + hydration ~9 KB, valibot and @lit/context ~3.6 KB, element code and styles ~32 KB',
  'dist/cdn/mdma-faq.js': '35.5 KB: its content (14 answers, 25 sources) is ~11 KB, Lit + hydration ~9 KB',
  'dist/cdn/study-table.js': '34.8 KB: the summary table with details, CSV and pagination is ~10 KB of code and styles',
  'dist/cdn/session-timeline.js': '30.7 KB: the week axis and its styles are ~4 KB',
  'dist/cdn/safety-callout.js': '28.7 KB: its content and 13 sources are ~5.3 KB, Lit + hydration ~9 KB',
};

/** The built file's exact bytes. The test server recompiles every .js it serves, so they are read from disk instead. */
async function built(path: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const base64 = await readFile({ path: `../${path}`, encoding: 'base64' });
  return base64 === undefined ? undefined : Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

/** Gzipped size in bytes, as the browser's own compressor (zlib's default level) produces it. */
async function gzippedSize(bytes: Uint8Array<ArrayBuffer>): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

const kilobytes = (bytes: number) => `${(bytes / kilobyte).toFixed(1)} KB`;

describe('size budget', () => {
  for (const [path, target] of Object.entries(targets)) {
    it(`keeps ${path} within its target of ${kilobytes(target)} gzipped`, async function () {
      const script = await built(path);
      if (!script) expect.fail(`${path} is missing: run \`npm run build\` first`);
      // An empty or stub file would pass any budget: check that this is a build that registers elements.
      const text = new TextDecoder().decode(script);
      expect(text).to.include('MdmaWidgets').and.include('customElements');

      const gzipped = await gzippedSize(script);
      if (gzipped > target && Object.hasOwn(missed, path)) {
        console.warn(`${path}: ${kilobytes(gzipped)} gzipped, over its target of ${kilobytes(target)} (${missed[path]}).`);
        this.skip();
      }
      expect(
        gzipped,
        `${path} is ${kilobytes(gzipped)} gzipped, over its target of ${kilobytes(target)}: cut what grew`,
      ).to.be.at.most(target);
      expect(Object.hasOwn(missed, path), `${path} meets its target now: take it out of \`missed\``).to.equal(false);
    });
  }
});
