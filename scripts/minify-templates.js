// Minifies the CSS and HTML inside the tagged templates of the compiled modules in dist/, in place, before anything is
// bundled: `css` templates lose comments and needless spaces, `html`, `svg` and `staticHtml` templates (and `write`, the
// study table's `markup` templates) have runs of white space collapsed to one space. Run by `npm run build` after tsc, so
// the ES modules a bundler uses, the classic scripts and the server renderer (`dist/ssr.js`) all carry the same
// template strings: hydration matches a server render to the client's templates by their exact strings.
//
//   node scripts/minify-templates.js [dir]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';

const cssTags = new Set(['css']);
const markupTags = new Set(['html', 'svg', 'staticHtml', 'write']);

/**
 * CSS with comments removed and white space reduced, leaving quoted strings as written, except that an attribute
 * selector's value loses its quotes when it is a plain name (`[data-state='done']` becomes `[data-state=done]`), and a
 * number below 1 its leading zero (`0.5em` becomes `.5em`). Only
 * spaces that can never matter go: around `{`, `}`, `;`, `,` and the child combinator `>` (a `>` followed by `=` is a
 * comparison in a media or container query and keeps its spaces), after `:` and before `!`. Spaces that can be
 * combinators or operators (before `:`, around `+`, `-`, `*`) are kept as one space.
 */
export function minifyCss(text) {
  let out = '';
  for (let index = 0; index < text.length; ) {
    const character = text[index];
    if (character === '"' || character === "'") {
      let end = index + 1;
      while (end < text.length && text[end] !== character) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(index, end + 1);
      index = end + 1;
    } else if (character === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
      out += ' ';
    } else if (/\s/.test(character)) {
      while (index < text.length && /\s/.test(text[index])) index += 1;
      out += ' ';
    } else {
      out += character;
      index += 1;
    }
  }
  // Outside strings now, but a string may still hold these characters: only touch spaces next to them, outside quotes.
  const parts = out.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/);
  return parts
    .map((part, position) => {
      if (position % 2 === 0) {
        return part
          .replace(/ *([{};,]) */g, '$1')
          .replace(/ ?> ?(?!=)/g, '>')
          .replace(/(^|[^\w.#-])0\.(?=\d)/g, '$1.')
          .replace(/: +/g, ':')
          .replace(/ +!/g, '!')
          .replace(/;}/g, '}')
          .replace(/ {2,}/g, ' ');
      }
      const attributeValue = /[\w-][~|^$*]?=$/.test(parts[position - 1]) && parts[position + 1].startsWith(']');
      return attributeValue && /^.[A-Za-z_][\w-]*.$/.test(part) ? part.slice(1, -1) : part;
    })
    .join('');
}

/** Markup with every run of white space made one space (templates hold no `<pre>` or `<textarea>`). */
export function minifyMarkup(text) {
  return text.replace(/\s+/g, ' ');
}

/** Walks an ESTree AST, calling `visit` for every node. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** The module's code with its css and markup templates minified. */
export function minifyTemplates(code) {
  const edits = [];
  walk(parseAst(code), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const minify = cssTags.has(node.tag.name) ? minifyCss : markupTags.has(node.tag.name) ? minifyMarkup : undefined;
    if (!minify) return;
    for (const quasi of node.quasi.quasis) {
      const raw = code.slice(quasi.start, quasi.end);
      const minified = minify(raw);
      if (minified !== raw) edits.push({ start: quasi.start, end: quasi.end, text: minified });
    }
  });
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

async function jsFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.js')).map((entry) => join(entry.parentPath, entry.name));
}

async function main() {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));
  let before = 0;
  let after = 0;
  for (const file of await jsFiles(dir)) {
    const code = await readFile(file, 'utf8');
    const minified = minifyTemplates(code);
    before += code.length;
    after += minified.length;
    if (minified !== code) await writeFile(file, minified);
  }
  console.log(`Templates minified: ${before - after} characters fewer in ${dir}.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
