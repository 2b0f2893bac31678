// Writes dist/prerendered/<tag>.html: each of the four widgets as it renders with no attributes, its shadow root as
// declarative shadow DOM with its styles inside, ready to paste into a page (no script tag in it). Run by
// `npm run build` after the modules are compiled; `prerender()` from dist/ssr.js renders other attributes and data.
import { mkdir, writeFile } from 'node:fs/promises';

const { prerender } = await import('../dist/ssr.js');
const folder = new URL('../dist/prerendered/', import.meta.url);
await mkdir(folder, { recursive: true });
const tags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'];
for (const tag of tags) await writeFile(new URL(`${tag}.html`, folder), `${await prerender(tag)}\n`);
console.log(`Pre-rendered: ${tags.map((tag) => `dist/prerendered/${tag}.html`).join(', ')}.`);
