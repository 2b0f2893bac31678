// Writes dist/prerendered/<tag>.html: each of the four widgets as it renders with no attributes, its shadow root as
// declarative shadow DOM with its styles inside, ready to paste into a page (no script tag in it). Run by
// `npm run build` after the modules are compiled; `prerender()` from dist/ssr.js renders other attributes and data.
//
// Also writes dist/plain/<tag>.html, the same content as plain HTML for pages that take no script (the safety callout
// with every topic), and dist/plain/mdma-widgets.css, the optional styles for it.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';

const { prerender } = await import('../dist/ssr.js');
const { safety } = await import('../dist/data/safety.js');
const tags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'];

const folder = new URL('../dist/prerendered/', import.meta.url);
await mkdir(folder, { recursive: true });
for (const tag of tags) await writeFile(new URL(`${tag}.html`, folder), `${await prerender(tag)}\n`);
console.log(`Pre-rendered: ${tags.map((tag) => `dist/prerendered/${tag}.html`).join(', ')}.`);

const plainFolder = new URL('../dist/plain/', import.meta.url);
await mkdir(plainFolder, { recursive: true });
const plainAttributes = { 'safety-callout': { topic: safety.items.map(({ id }) => id).join(' ') } };
for (const tag of tags) {
  await writeFile(new URL(`${tag}.html`, plainFolder), `${await prerender(tag, plainAttributes[tag], { format: 'plain' })}\n`);
}
await copyFile(new URL('../src/internal/plain/mdma-widgets.css', import.meta.url), new URL('mdma-widgets.css', plainFolder));
console.log(`Plain HTML: ${tags.map((tag) => `dist/plain/${tag}.html`).join(', ')}, with dist/plain/mdma-widgets.css.`);
