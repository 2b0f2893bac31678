// What validating host data costs each classic script: every script rebuilt as the build makes it, then again with the
// validation (src/internal/host-content/schema.ts and the schema of each kind, with what only they import) replaced by
// a stub that refuses all host data, and once more with a stub that only makes the plain copy (plain-data.ts) that
// validation starts from. The differences are the bytes they add, gzip -9.
//
//   npm run build && node bench/host-data-cost.js [mdma-faq ...]    (the scripts whose names contain one of the words; all by default)
import { fileURLToPath } from 'node:url';
import { scripts } from '../rollup.config.js';
import { bundle, transferSizes } from './size.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const kinds = {
  'faq.js': 'export const faqSchema = {};',
  'studies.js': 'export const studiesSchema = {};',
  'sessions.js': 'export const sessionsSchema = {};',
  'safety.js': 'export const safetySchema = {};',
};
const withoutValidation = { ...kinds, 'schema.js': 'export const parseHostData = () => ({ success: false, problems: "" });' };
const copyOnly = {
  ...kinds,
  'schema.js': `import { toPlainData } from './plain-data.js';
export const parseHostData = (kind, input) => {
  const plain = toPlainData(input, { maxDepth: 12, maxValues: 1e4, maxCharacters: 1e5 });
  return plain.success ? { success: false, problems: "" } : { success: false, problems: plain.problem };
};`,
};

/** A plugin that replaces modules of dist/internal/host-content/ by name. */
const replacing = (stubs) => ({
  name: 'host-data-stubs',
  load(id) {
    const match = /[\\/]dist[\\/]internal[\\/]host-data[\\/]([a-z-]+\.js)$/.exec(id);
    return match && Object.hasOwn(stubs, match[1]) ? stubs[match[1]] : null;
  },
});

const gzip = async (input, file, plugins = []) => transferSizes((await bundle(root, input, file, plugins)).code).gzip;

const only = process.argv.slice(2);
console.log('| script | gzip -9 | without validation | validation | of which the plain copy |\n| --- | ---: | ---: | ---: | ---: |');
for (const { input, file } of scripts.filter(({ file }) => only.length === 0 || only.some((word) => file.includes(word)))) {
  const whole = await gzip(input, file);
  const without = await gzip(input, file, [replacing(withoutValidation)]);
  const copy = (await gzip(input, file, [replacing(copyOnly)])) - without;
  console.log(`| ${file} | ${whole} | ${without} | ${whole - without} | ${copy} |`);
}
