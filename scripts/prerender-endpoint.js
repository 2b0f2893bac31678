// The pre-rendering endpoint behind the embed builder's "Pre-rendered" snippets, in the demo server (scripts/serve.js)
// and the test server (web-test-runner.config.js), both on 127.0.0.1 only:
//
//   GET /api/prerender?element=mdma-faq&searchable=&heading-level=2&lang=es
//
// renders the widget with `prerender()` from the built dist/ssr.js and answers, as JSON, `{ html, bytes, gzip,
// styleHashes, styleAttributeHashes }`: the fragment to paste, its size, and the CSP hashes of the inline styles it
// carries (a declarative shadow root brings its stylesheet as a `<style>` element, and the session timeline places its
// axis with `style` attributes). With `format=plain` it writes the widget's plain HTML copy instead (`prerender()` with
// `format: 'plain'`), for pages that take no script, and answers `{ html, bytes, gzip }`: the copy has no style to hash.
// It takes only our widgets and only the attributes custom-elements.json documents for each (the parameters are the
// ones of the builder's page address: `name=` for a boolean attribute), `lang`, and `format` (`plain`, or `shadow`, the
// default), with a cap on every value and on the whole query. Anything else is refused with 400 and `{ error }` naming
// the parameter.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { constants, gzipSync } from 'node:zlib';

export const prerenderPath = '/api/prerender';

/** Caps: a FAQ with every question chosen by id stays well under them; anything longer is not a builder's request. */
const maximumQueryLength = 4096;
const maximumValueLength = 1000;

/** A BCP 47 language tag, as `lang` takes it (`en`, `es`, `en-GB`, `zh-Hant-TW`). */
const languageTag = /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i;

/** The formats prerender() writes: the element with a declarative shadow root (the default), or a plain HTML copy. */
const formats = ['shadow', 'plain'];

/** The widgets custom-elements.json describes (the elements built on the shared widget base), with their attributes. */
function documentedAttributes(manifest) {
  const widgets = new Map();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.customElement || !declaration.tagName || declaration.superclass?.name !== 'WidgetElement') continue;
    widgets.set(declaration.tagName, new Set((declaration.attributes ?? []).map((attribute) => attribute.name)));
  }
  return widgets;
}

const hash = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The characters prerender() and Lit escape in attribute values, by the entity they write. */
const entities = { quot: '"', '#34': '"', '#39': "'", lt: '<', gt: '>', amp: '&' };

/** Attribute text as the browser reads it. */
const unescape = (text) => text.replace(/&(quot|#34|#39|lt|gt|amp);/g, (_, entity) => entities[entity]);

/**
 * The hashes a Content-Security-Policy needs to allow the fragment's inline styles: each `<style>` element's text, and
 * each distinct `style` attribute (allowed by hash only with `'unsafe-hashes'`).
 */
function inlineStyleHashes(html) {
  const styleHashes = [...new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => hash(match[1])))];
  const styleAttributeHashes = [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => hash(unescape(match[1]))))];
  return { styleHashes, styleAttributeHashes };
}

class RequestError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * The widget, its attributes, its language and the format from the query, or a RequestError saying which parameter is
 * wrong.
 */
function readQuery(search, widgets) {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > maximumQueryLength) {
    throw new RequestError(414, `The query is ${query.length} characters long; at most ${maximumQueryLength} are accepted.`);
  }
  const parameters = new URLSearchParams(query);
  const seen = new Set();
  for (const [name, value] of parameters) {
    if (seen.has(name)) throw new RequestError(400, `"${name}" is given more than once.`);
    seen.add(name);
    if (value.length > maximumValueLength) {
      throw new RequestError(400, `"${name}" is ${value.length} characters long; at most ${maximumValueLength} are accepted.`);
    }
  }

  const tag = parameters.get('element');
  if (!tag || !widgets.has(tag)) {
    throw new RequestError(400, `"element" must be one of ${[...widgets.keys()].join(', ')}${tag ? `, not "${tag}"` : ''}.`);
  }
  const documented = widgets.get(tag);
  const attributes = {};
  let lang;
  let format = 'shadow';
  for (const [name, value] of parameters) {
    if (name === 'element') continue;
    if (name === 'format') {
      if (!formats.includes(value)) throw new RequestError(400, `"format" must be ${formats.join(' or ')}, not "${value}".`);
      format = value;
    } else if (name === 'lang') {
      if (!languageTag.test(value)) throw new RequestError(400, `"lang" must be a language tag such as en or es, not "${value}".`);
      lang = value;
    } else if (documented.has(name)) {
      attributes[name] = value;
    } else {
      throw new RequestError(400, `<${tag}> has no attribute "${name}"; it has ${[...documented].join(', ')}.`);
    }
  }
  return { tag, attributes, lang, format };
}

/**
 * Loads the built manifest and server renderer from `root` (the package folder) and returns the endpoint:
 * `respond(method, search)` resolves to `{ status, body }`, the body an object to send as JSON.
 */
export async function prerenderEndpoint(root) {
  const manifest = JSON.parse(await readFile(new URL('dist/custom-elements.json', root), 'utf8'));
  const widgets = documentedAttributes(manifest);
  const { prerender } = await import(new URL('dist/ssr.js', root).href);

  return async function respond(method, search) {
    try {
      if (method !== 'GET' && method !== 'HEAD') throw new RequestError(405, 'Only GET is accepted.');
      const { tag, attributes, lang, format } = readQuery(search, widgets);
      const html = await prerender(tag, attributes, lang === undefined ? { format } : { format, lang });
      const size = { bytes: Buffer.byteLength(html), gzip: gzipSync(html, { level: constants.Z_BEST_COMPRESSION }).length };
      return { status: 200, body: format === 'plain' ? { html, ...size } : { html, ...size, ...inlineStyleHashes(html) } };
    } catch (cause) {
      if (cause instanceof RequestError) return { status: cause.status, body: { error: cause.message } };
      return { status: 500, body: { error: `The widget could not be rendered: ${cause?.message ?? cause}` } };
    }
  };
}
