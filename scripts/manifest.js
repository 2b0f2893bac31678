// Everything derived from custom-elements.json, so documentation, editors and the embed builder cannot drift from the
// elements: dist/custom-elements.json (for the embed builder), dist/vscode.html-custom-data.json (VS Code completions),
// dist/embed.json (for the embed builder: every classic script with the elements it registers, its size and integrity
// hash, and the CDN addresses of this version) and the element reference in docs/reference.md, between
// <!-- reference:start --> and <!-- reference:end -->. Run by `npm run build` after `cem analyze --litelement` and rollup.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { constants, gzipSync } from 'node:zlib';
import { scripts } from '../rollup.config.js';

const root = new URL('../', import.meta.url);
const manifestFile = new URL('custom-elements.json', root);
const referenceFile = new URL('docs/reference.md', root);
const referenceStart = '<!-- reference:start -->';
const referenceEnd = '<!-- reference:end -->';

/** The widgets in the order the README introduces them; any other element (the provider) follows, by name. */
const readingOrder = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'];

const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
/** Where CDNs serve this version's files: a script's address is its path in the package appended to one of these. */
const cdnFolders = {
  jsdelivr: `https://cdn.jsdelivr.net/npm/${packageJson.name}@${packageJson.version}/`,
  unpkg: `https://unpkg.com/${packageJson.name}@${packageJson.version}/`,
};

/** Every custom element in the manifest, with the module it comes from, in reading order. */
function customElements(manifest) {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ ...declaration, modulePath: module.path })),
  );
  const rank = (tag) => (readingOrder.includes(tag) ? readingOrder.indexOf(tag) : readingOrder.length);
  return elements.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

/** Public instance members: fields that are not attributes (JavaScript-only properties) and methods. */
function publicMembers(element, kind) {
  return (element.members ?? []).filter(
    (member) => member.kind === kind && !member.static && (member.privacy ?? 'public') === 'public' && !member.attribute,
  );
}

/** One line of prose: the JSDoc's line breaks are only wrapping. */
function oneLine(text = '') {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** A Markdown table cell: pipes escaped, and angle brackets outside code spans shown as text, not read as HTML. */
function cell(text = '') {
  return oneLine(text)
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|');
}

function code(text) {
  return text ? `\`${text.replace(/\|/g, '\\|')}\`` : '';
}

function table(headings, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

/**
 * Keywords an attribute accepts: the members of a string-literal union type, else the words its JSDoc puts in
 * backticks (`light`, `dark`). Offered as completions and suggestions, never enforced.
 */
function suggestedValues(attribute) {
  const type = attribute.type?.text ?? '';
  const literals = [...type.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2]);
  if (literals.length > 0) return [...new Set(literals)];
  if (type === 'boolean') return [];
  const keywords = [...oneLine(attribute.description).matchAll(/`([a-z0-9][a-z0-9-]*)`/g)].map((match) => match[1]);
  return [...new Set(keywords)];
}

function vscodeCustomData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: oneLine([element.summary, element.description].filter(Boolean).join('\n\n')),
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = suggestedValues(attribute);
        return {
          name: attribute.name,
          description: oneLine(attribute.description),
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [
        // The reference as this version's package ships it (docs/reference.md), where a CDN serves it once published.
        { name: 'Reference', url: `${cdnFolders.unpkg}docs/reference.md` },
      ],
    })),
  };
}

function elementReference(element) {
  const attributes = (element.attributes ?? []).map((attribute) => [
    code(attribute.name),
    code(attribute.fieldName),
    code(attribute.type?.text),
    code(attribute.default),
    cell(attribute.description),
  ]);
  const properties = publicMembers(element, 'field').map((field) => [
    code(field.name),
    code(field.type?.text),
    cell(field.description),
  ]);
  const methods = publicMembers(element, 'method').map((method) => [
    code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
    code(method.return?.type?.text),
    cell(method.description),
  ]);
  const events = (element.events ?? [])
    .filter((event) => event.name)
    .map((event) => [code(event.name), code(event.type?.text), cell(event.description)]);
  const slots = (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]);
  const parts = (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]);
  const cssProperties = (element.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    cell(property.description),
  ]);

  return [
    `## \`<${element.tagName}>\``,
    '',
    oneLine(element.summary),
    '',
    ...(element.description ? [oneLine(element.description), ''] : []),
    '**Attributes**',
    '',
    ...(attributes.length > 0
      ? table(['attribute', 'property', 'type', 'default', 'description'], attributes)
      : ['None.', '']),
    ...(properties.length > 0 ? ['**Properties** (JavaScript only)', '', ...table(['property', 'type', 'description'], properties)] : []),
    ...(methods.length > 0 ? ['**Methods**', '', ...table(['method', 'returns', 'description'], methods)] : []),
    ...(events.length > 0 ? ['**Events**', '', ...table(['event', 'type', 'description'], events)] : []),
    ...(slots.length > 0 ? ['**Slots**', '', ...table(['slot', 'description'], slots)] : []),
    ...(parts.length > 0 ? ['**Parts** (style with `::part()`)', '', ...table(['part', 'description'], parts)] : []),
    ...(cssProperties.length > 0
      ? ['**CSS custom properties**', '', ...table(['property', 'default', 'description'], cssProperties)]
      : []),
  ];
}

/** How to use the elements with plain HTML, a bundler, React and Vue; the event shown is one the manifest documents. */
function usage(elements) {
  const faq = elements.find((element) => element.tagName === 'mdma-faq');
  const eventName = faq?.events?.find((event) => event.name)?.name;
  const listener = eventName ? ` on${eventName}={onToggle}` : '';
  return [
    '## Use with plain HTML, a bundler, React or Vue',
    '',
    'Plain HTML: load the script once (see [Embedding](embedding.md); the embed builder in the demo, `npm start`, writes',
    'the tag with its `integrity` hash), then write the elements with their attributes. Host content goes in a JSON child,',
    'never as HTML:',
    '',
    '```html',
    '<mdma-faq searchable heading-level="2">',
    '  <script type="application/json">',
    '    { "mode": "extend", "items": [{ "id": "booking", "question": "How do I book an assessment with us?",',
    '      "answer": ["Call the front desk on a weekday."] }] }',
    '  </script>',
    '</mdma-faq>',
    '```',
    '',
    "A bundler: `import 'mdma-therapy-widgets'` once registers every element and brings its types; set JavaScript-only",
    "properties such as `data` on the element (`document.querySelector('mdma-faq').data = { mode: 'extend', items }`).",
    '',
    'React 19 writes the tags, typed by that import (attributes, properties, `ref`, and `on<event>` handlers); React 18',
    'uses the components of `mdma-therapy-widgets/react.js` (see [TypeScript, React and Vue](frameworks.md)):',
    '',
    '```jsx',
    "import 'mdma-therapy-widgets';",
    '',
    `export const Questions = ({ questions, onToggle }) => <mdma-faq searchable heading-level="2" data={questions}${listener} />;`,
    '```',
    '',
    "Vue: list the tags in the compiler's `isCustomElement` (`vite.config.ts`), then use them like any other tag; `vue-tsc`",
    'checks their props and events:',
    '',
    '```ts',
    `const widgetTags = [${elements.map((element) => `'${element.tagName}'`).join(', ')}];`,
    'vue({ template: { compilerOptions: { isCustomElement: (tag) => widgetTags.includes(tag) } } });',
    '```',
    '',
    '```html',
    `<mdma-faq searchable heading-level="2" :data="questions"${eventName ? ` @${eventName}="onToggle"` : ''} />`,
    '```',
    '',
    'Editors: `dist/custom-elements.json` (named by `customElements` in package.json) describes every element; VS Code reads',
    '`dist/vscode.html-custom-data.json` through `"html.customData"` in its settings for tag and attribute completions.',
    '',
  ];
}

function elementsReference(manifest) {
  const elements = customElements(manifest);
  return [
    '<!-- Generated from custom-elements.json by `npm run build` (scripts/manifest.js): edit the JSDoc, not this section. -->',
    '',
    ...usage(elements),
    ...elements.flatMap((element) => elementReference(element)),
  ].join('\n');
}

/** Replaces only what lies between the reference page's markers; writes nothing when it is already current. */
function updateReference(reference) {
  const page = readFileSync(referenceFile, 'utf8');
  const start = page.indexOf(referenceStart);
  const end = page.indexOf(referenceEnd);
  if (start === -1 || end < start) throw new Error(`docs/reference.md must contain ${referenceStart} followed by ${referenceEnd}.`);
  const updated = `${page.slice(0, start + referenceStart.length)}\n${reference.trimEnd()}\n${page.slice(end)}`;
  if (updated !== page) writeFileSync(referenceFile, updated);
}

/**
 * A classic script as the embed builder offers it: its path in the package, the elements it registers (an element
 * script, `dist/cdn/<tag>.js`, its own; the all-in-one, every element), its size and the hash browsers check it against.
 */
function scriptInfo({ file }, tags) {
  const bytes = readFileSync(new URL(file, root));
  const element = /^dist\/cdn\/([a-z][a-z0-9-]*)\.js$/.exec(file)?.[1];
  if (element && !tags.includes(element)) throw new Error(`${file} is named after no element in custom-elements.json.`);
  return {
    file,
    elements: element ? [element] : tags,
    integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length,
  };
}

function embedInfo(elements) {
  const tags = elements.map((element) => element.tagName);
  return {
    name: packageJson.name,
    version: packageJson.version,
    cdns: cdnFolders,
    scripts: scripts.map((script) => scriptInfo(script, tags)),
  };
}

function main() {
  if (!existsSync(manifestFile)) throw new Error('custom-elements.json is missing: run `cem analyze --litelement` first.');
  const missing = scripts.find(({ file }) => !existsSync(new URL(file, root)));
  if (missing) throw new Error(`${missing.file} is missing: run the build (tsc and rollup) first.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const elements = customElements(manifest);
  if (elements.length === 0) throw new Error('custom-elements.json describes no custom elements.');

  // The package's copy is for tools, not people: without the indentation it is a third smaller.
  writeFileSync(new URL('dist/custom-elements.json', root), JSON.stringify(manifest));
  writeFileSync(new URL('dist/vscode.html-custom-data.json', root), `${JSON.stringify(vscodeCustomData(elements), null, 2)}\n`);
  writeFileSync(new URL('dist/embed.json', root), `${JSON.stringify(embedInfo(elements), null, 2)}\n`);
  updateReference(elementsReference(manifest));
  console.log(`Manifest: ${elements.map((element) => `<${element.tagName}>`).join(', ')} documented.`);
}

main();
