// What validating host data costs each classic script: every script rebuilt as the build makes it, then again with the
// validation (src/internal/host-data/schema.ts and the schema of each kind, with what only they import) replaced by
// a stub that refuses all host data. The difference is the bytes the validation adds, gzip -9.
//
//   npm run build && node bench/host-data-cost.js [mdma-faq ...]    (the scripts whose names contain one of the words; all by default)
import { fileURLToPath } from 'node:url';
import { scripts } from '../rollup.config.js';
import { bundle, transferSizes } from './size.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const stubs = {
  'schema.js': 'export const parseHostData = () => ({ success: false, problems: "" });',
  'faq.js': 'export const faqSchema = {};',
  'studies.js': 'export const studiesSchema = {};',
  'sessions.js': 'export const sessionsSchema = {};',
  'safety.js': 'export const safetySchema = {};',
};

/** Replaces the validation modules of dist/internal/host-data/ with their stubs. */
const withoutValidation = {
  name: 'without-host-data-validation',
  load(id) {
    const match = /[\\/]dist[\\/]internal[\\/]host-data[\\/]([a-z-]+\.js)$/.exec(id);
    return match && Object.hasOwn(stubs, match[1]) ? stubs[match[1]] : null;
  },
};

const rows = [];
const only = process.argv.slice(2);
for (const { input, file } of scripts.filter(({ file }) => only.length === 0 || only.some((word) => file.includes(word)))) {
  const whole = transferSizes((await bundle(root, input, file)).code).gzip;
  const without = transferSizes((await bundle(root, input, file, [withoutValidation])).code).gzip;
  rows.push({ file, whole, without, validation: whole - without });
}
console.log('| script | gzip -9 | without validation | validation |\n| --- | ---: | ---: | ---: |');
for (const { file, whole, without, validation } of rows) console.log(`| ${file} | ${whole} | ${without} | ${validation} |`);
