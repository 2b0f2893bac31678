import { expect } from '@open-wc/testing';
import { executeServerCommand, readFile } from '@web/test-runner-commands';

/**
 * The size ratchet. Each classic script has a ceiling in bench/size-targets.json: its gzip -9 size when the ceiling was
 * last set. A script that grows past its ceiling fails here; so does one that shrank below it, until
 * `npm run size:ratchet` lowers the ceiling to the new size (never raising one), so that the saving is kept.
 *
 * The targets in the same file (all four elements with hydration support 44 KB; the FAQ alone 24 KB; each other element
 * alone 25 KB) are what the scripts should weigh: `npm run bench` and docs/benchmark.md report against them. A ceiling never
 * moves up to let a script grow, and a target never moves to what was measured.
 */
const kilobyte = 1024;

const sizeFile = JSON.parse((await readFile({ path: '../bench/size-targets.json' })) ?? '{}') as Record<string, unknown>;
const numbers = (value: unknown): Record<string, number> =>
  Object.fromEntries(
    Object.entries(typeof value === 'object' && value !== null ? value : {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );

/** The targets, by script (which `npm run bench` and docs/benchmark.md report against). */
const targets = numbers(sizeFile);
/** The ceilings, by script: what each weighed when they were last lowered. */
const ceilings = numbers(sizeFile.ceilings);

const kilobytes = (bytes: number) => `${(bytes / kilobyte).toFixed(1)} KB`;
const bytes = (count: number) => `${count.toLocaleString('en')} bytes`;

describe('size budget', () => {
  it('has a ceiling for every script with a target', () => {
    expect(Object.keys(ceilings)).to.have.members(Object.keys(targets));
  });

  for (const [path, ceiling] of Object.entries(ceilings)) {
    const target = targets[path];
    const aim = target === undefined ? '' : `; target ${kilobytes(target)}`;
    it(`keeps ${path} at its ceiling of ${bytes(ceiling)} gzipped${aim}`, async () => {
      // Measured in Node with gzip -9, as the bench measures it: the test server recompiles every .js it serves, and
      // each browser's own compressor gives other sizes.
      const built = await executeServerCommand<{ bytes: number; isBuild: boolean } | null, { file: string }>('gzip-size', { file: path });
      if (!built) expect.fail(`${path} is missing: run \`npm run build\` first`);
      // An empty or stub file would pass any budget: check that this is a build that registers elements.
      expect(built.isBuild, `${path} does not register elements: run \`npm run build\``).to.equal(true);
      expect(
        built.bytes,
        `${path} is ${bytes(built.bytes)} gzipped, ${bytes(built.bytes - ceiling)} over its ceiling of ${bytes(ceiling)}: cut what grew` +
          ' (ceilings are only ever lowered)',
      ).to.be.at.most(ceiling);
      expect(
        built.bytes,
        `${path} is ${bytes(built.bytes)} gzipped, ${bytes(ceiling - built.bytes)} under its ceiling of ${bytes(ceiling)}: ` +
          'run `npm run size:ratchet` to lower the ceiling and keep the saving',
      ).to.equal(ceiling);
    });
  }
});
