// Writes src/components/mdma-faq/faq.markup.ts: the bundled questions as HTML (src/internal/render/static-markup.ts), which the FAQ
// puts into its shadow root as static markup. Run by `npm run content:compile` after the content changes; a data test
// fails when the file is not what the content compiles to.
//
//   node scripts/compile-content.js
import { writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const entry = `
  import { faq } from './src/data/faq.js';
  import { faqMarkup } from './src/internal/render/static-markup.js';
  export const compiled = {
    language: faq.language,
    lastReviewed: faq.lastReviewed,
    nextReview: faq.nextReview,
    items: faq.items.map((item) => faqMarkup(item)),
  };
`;
const root = new URL('../', import.meta.url);
const result = await build({
  stdin: { contents: entry, resolveDir: root.pathname, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const { compiled } = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);

const file = new URL('src/components/mdma-faq/faq.markup.ts', root);
const source = `// Written by scripts/compile-content.js from src/data/faq.ts: do not edit. \`npm run content:compile\` writes it anew.
import type { Dataset } from '../../data/types.js';
import type { FaqMarkup } from '../../internal/render/markup.js';

export const faqMarkup: Dataset<FaqMarkup> = ${JSON.stringify(compiled, null, 2)};
`;
await writeFile(file, source);
console.log(`Compiled ${compiled.items.length} questions into src/components/mdma-faq/faq.markup.ts.`);
