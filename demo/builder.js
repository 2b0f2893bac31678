// The embed builder: pick a widget, set its options, see it live, copy the snippet. The options form is generated from
// the custom elements manifest (/dist/custom-elements.json, written by the build), so it offers exactly the attributes
// the elements have; the scripts, their sizes and integrity hashes come from /dist/embed.json, computed from the very
// files the build produced. A pre-rendered snippet and a plain HTML copy (for pages that take no script) come from the
// server's prerender() endpoint (scripts/serve.js); an iframe snippet points at the embed page dist/embed/<tag>.html.
// The form and the snippets are built through the DOM; the only HTML written into the page is that endpoint's fragment,
// shown in the preview as the reader's browser will parse it.

const manifestUrl = '/dist/custom-elements.json';
const embedUrl = '/dist/embed.json';
const dataUrl = '/dist/data/index.js';
const prerenderUrl = '/api/prerender';

/** The bundled dataset each widget shows, for suggesting the ids its attributes accept. */
const datasetOfWidget = {
  'mdma-faq': 'faq',
  'study-table': 'studies',
  'session-timeline': 'sessions',
  'safety-callout': 'safety',
};

/** Keys of the builder's own settings in the page address; every other key is an attribute of the chosen widget. */
const builderKeys = ['element', 'lang', 'cdn', 'folder', 'preview', 'embed', 'page'];
const attributeName = /^[a-z][a-z0-9-]*$/;
/** Where a page owner's own copy of dist/ is, until they say otherwise. */
const defaultFolder = '/mdma-therapy-widgets/';
/** The page owner's own copy of dist/: the default source, as the CDNs serve a version only once it is on npm. */
const selfHosted = 'self';

/**
 * What an iframe's `title` says, in the widget's language (English where none is chosen): what the frame shows, for
 * screen reader users. The English titles are those of the embed pages themselves (dist/embed/<tag>.html).
 */
const frameTitles = {
  en: {
    'mdma-faq': 'Questions and answers about MDMA-assisted therapy for PTSD',
    'study-table': 'Studies of MDMA-assisted therapy for PTSD',
    'session-timeline': 'The course of MDMA-assisted therapy for PTSD',
    'safety-callout': 'Safety information about MDMA-assisted therapy for PTSD',
  },
  es: {
    'mdma-faq': 'Preguntas y respuestas sobre la terapia asistida con MDMA para el TEPT',
    'study-table': 'Estudios de la terapia asistida con MDMA para el TEPT',
    'session-timeline': 'Las fases y sesiones de la terapia asistida con MDMA para el TEPT',
    'safety-callout': 'Información de seguridad sobre la terapia asistida con MDMA para el TEPT',
  },
};

/**
 * An iframe's height before resize.js sizes it (or for good, without it): the whole FAQ with its questions closed, a
 * whole callout, a good part of the table or the timeline (which scroll inside it).
 */
const frameHeights = { 'mdma-faq': 720, 'safety-callout': 450, 'study-table': 600, 'session-timeline': 600 };

const form = document.querySelector('#builder-form');
const elementSelect = document.querySelector('#element');
const elementSummary = document.querySelector('#element-summary');
const optionsGroup = document.querySelector('#options');
const languageSelect = document.querySelector('#lang');
const cdnField = document.querySelector('#cdn-field');
const cdnSelect = document.querySelector('#cdn');
const cdnIframeHint = document.querySelector('#cdn-iframe-hint');
const pageOptions = document.querySelector('#page-options');
const folderField = document.querySelector('#folder-field');
const folderInput = document.querySelector('#folder');
const previewWidthSelect = document.querySelector('#preview-width');
const onePageHint = document.querySelector('#page-one-hint');
const severalPageHint = document.querySelector('#page-several-hint');
const preview = document.querySelector('#preview');
const snippetSection = document.querySelector('#snippet-section');
const scriptPart = document.querySelector('#script-part');
const scriptField = document.querySelector('#script-snippet');
const snippetLabel = document.querySelector('#snippet-label');
const snippetHint = document.querySelector('#snippet-hint');
const snippetField = document.querySelector('#snippet');
const snippetError = document.querySelector('#snippet-error');
const snippetSize = document.querySelector('#snippet-size');
const optionalPart = document.querySelector('#optional-part');
const optionalLabel = document.querySelector('#optional-label');
const optionalHint = document.querySelector('#optional-hint');
const optionalField = document.querySelector('#optional-snippet');
const copyOptionalButton = document.querySelector('#copy-optional');
const cspPart = document.querySelector('#csp-part');
const cspField = document.querySelector('#csp');
const copyButton = document.querySelector('#copy');
const copyScriptButton = document.querySelector('#copy-script');
const copyStatus = document.querySelector('#copy-status');
const loadError = document.querySelector('#load-error');

let widgets = [];
let embed;
let bundledData;
/** The pre-rendering request in flight, cancelled when the choice changes before it is answered. */
let pendingRender;
/** The last fragment the server rendered, with its query: settings of the page alone (the script's address) reuse it. */
let lastRendered;
/** What the preview shows, so that settings which do not change the widget leave it as it is. */
let previewShows;

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** The widgets the manifest describes (the elements built on the shared widget base), in the manifest's order. */
function widgetsIn(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName && declaration.superclass?.name === 'WidgetElement');
}

function oneLine(text = '') {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Keywords an attribute takes: a string-literal union's members, else the words its documentation puts in backticks. */
function keywordsOf(attribute) {
  const type = attribute.type?.text ?? '';
  const literals = [...type.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2]);
  if (literals.length > 0) return { values: [...new Set(literals)], closed: true };
  const keywords = [...oneLine(attribute.description).matchAll(/`([a-z0-9][a-z0-9-]*)`/g)].map((match) => match[1]);
  return { values: [...new Set(keywords)], closed: false };
}

/** Ids of the bundled items, offered for attributes whose documentation says they take ids. */
function idsFor(tag, attribute) {
  const dataset = bundledData?.[datasetOfWidget[tag]];
  if (!dataset || !/\bids?\b/.test(attribute.description ?? '')) return [];
  return dataset.items.map((item) => item.id);
}

/** Documentation text as nodes: words in backticks become `<code>`. */
function prose(text) {
  return oneLine(text)
    .split(/`([^`]*)`/)
    .map((part, index) => (index % 2 === 1 ? create('code', {}, [part]) : part));
}

function isBoolean(attribute) {
  return attribute.type?.text === 'boolean';
}

function create(tag, properties = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'class') node.className = value;
    else if (key in node && !key.includes('-')) node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

/** Sizes as the README and the benchmark give them: kilobytes of 1,024 bytes, one decimal. */
function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The attributes the builder offers: all the manifest lists, as long as the name is a plain attribute name. */
function attributesOf(widget) {
  return (widget.attributes ?? []).filter((attribute) => attributeName.test(attribute.name));
}

function chosenWidget() {
  return widgets.find((widget) => widget.tagName === elementSelect.value) ?? widgets[0];
}

/** One labelled control per attribute: a checkbox for a boolean, a list for a closed set, else a text box with suggestions. */
function optionControl(tag, attribute, value) {
  const id = `option-${attribute.name}`;
  const hintId = `${id}-hint`;
  const hint = create('p', { class: 'hint', id: hintId }, prose(attribute.description));
  const label = create('label', { htmlFor: id }, [create('code', {}, [attribute.name])]);
  const field = create('div', { class: 'field' });
  const common = { id, name: attribute.name, 'aria-describedby': hintId };

  if (isBoolean(attribute)) {
    const checkbox = create('input', { ...common, type: 'checkbox', checked: value !== undefined });
    field.classList.add('field-choice');
    field.append(checkbox, label, hint);
    return field;
  }

  const { values, closed } = keywordsOf(attribute);
  if (closed) {
    const select = create('select', common, [
      create('option', { value: '' }, ['(default)']),
      ...values.map((option) => create('option', { value: option }, [option])),
    ]);
    select.value = values.includes(value) ? value : '';
    field.append(label, hint, select);
    return field;
  }

  const suggestions = [...new Set([...values, ...idsFor(tag, attribute)])];
  const input = create('input', { ...common, type: 'text', value: value ?? '', autocomplete: 'off', spellcheck: false });
  field.append(label, hint, input);
  if (suggestions.length > 0) {
    const listId = `${id}-values`;
    input.setAttribute('list', listId);
    field.append(create('datalist', { id: listId }, suggestions.map((suggestion) => create('option', { value: suggestion }))));
  }
  return field;
}

/** Rebuilds the options for the chosen widget, starting from `values` (attribute name to value; `''` for a set boolean). */
function renderOptions(values = new Map()) {
  const widget = chosenWidget();
  elementSummary.replaceChildren(...prose(widget.summary));
  const attributes = attributesOf(widget);
  optionsGroup.replaceChildren(
    create('legend', {}, ['Options of ', create('code', {}, [`<${widget.tagName}>`])]),
    ...attributes.map((attribute) => optionControl(widget.tagName, attribute, values.get(attribute.name))),
  );
}

function checkedValue(name) {
  return form.querySelector(`input[name="${name}"]:checked`)?.value;
}

/** The folder address as typed, ending in a slash; the default when left empty. */
function folderAddress() {
  const typed = folderInput.value.trim();
  if (typed === '') return defaultFolder;
  return typed.endsWith('/') ? typed : `${typed}/`;
}

/**
 * What the form says: the widget, its attributes in the manifest's order (`true` for a boolean), and the settings.
 * `embed` is how it loads: `script`, `prerendered`, `plain` (a copy with no script) or `iframe`.
 */
function currentChoice() {
  const widget = chosenWidget();
  const attributes = [];
  for (const attribute of attributesOf(widget)) {
    const control = optionsGroup.querySelector(`[name="${attribute.name}"]`);
    if (!control) continue;
    if (control.type === 'checkbox') {
      if (control.checked) attributes.push([attribute.name, true]);
    } else if (control.value.trim() !== '') {
      attributes.push([attribute.name, control.value.trim()]);
    }
  }
  if (languageSelect.value) attributes.push(['lang', languageSelect.value]);
  return {
    tag: widget.tagName,
    attributes,
    cdn: cdnSelect.value,
    folder: folderInput.value.trim(),
    previewWidth: previewWidthSelect.value,
    embed: checkedValue('embed') ?? 'script',
    several: checkedValue('page') === 'several',
  };
}

/** Whether the snippet takes files from the page owner's own copy of dist/: the script from there, or no script at all. */
function usesFolder({ cdn, embed: how }) {
  return cdn === selfHosted || how === 'plain' || how === 'iframe';
}

/** The all-in-one script: the one that registers every widget. */
function allInOne() {
  const registers = (script, tag) => script.elements.includes(tag);
  return embed.scripts.find((script) => widgets.every((widget) => registers(script, widget.tagName)));
}

/** The smallest script for the choice: the widget's own for a page with only this widget, else the all-in-one. */
function scriptFor({ tag, several }) {
  const own = embed.scripts.find((script) => script.elements.length === 1 && script.elements[0] === tag);
  return several || !own ? allInOne() : own;
}

/** Where the page loads `script` from: a CDN's copy of this version, or the page owner's copy of dist/. */
function scriptAddress(script, { cdn }) {
  if (cdn === selfHosted) return `${folderAddress()}${script.file.replace(/^dist\//, '')}`;
  return `${embed.cdns[cdn] ?? Object.values(embed.cdns)[0]}${script.file}`;
}

/** Text safe inside a double-quoted HTML attribute. */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `defer` keeps a pre-rendered widget's content, and lets the page render first, wherever the tag is placed. */
function scriptTagFor(choice) {
  const script = scriptFor(choice);
  return (
    `<script defer src="${escapeAttribute(scriptAddress(script, choice))}" integrity="${escapeAttribute(script.integrity)}" ` +
    `crossorigin="anonymous"></script>`
  );
}

function elementMarkup({ tag, attributes }) {
  const written = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<${tag}${written.join('')}></${tag}>`;
}

/** Each widget's script and the all-in-one, named with their sizes, so the choice of script is an informed one. */
function describeScripts(choice) {
  const own = scriptFor({ ...choice, several: false });
  const all = allInOne();
  onePageHint.replaceChildren(
    'Loads ',
    create('code', {}, [own.file]),
    `, ${own === all ? 'every widget' : 'this widget alone'}: ${kilobytes(own.gzip)} gzipped.`,
  );
  severalPageHint.replaceChildren(
    'Loads ',
    create('code', {}, [all.file]),
    `, every widget: ${kilobytes(all.gzip)} gzipped. Its script tag goes on the page once; build each widget’s tag here.`,
  );
}

/** The widget and its attributes as the page address and the pre-rendering endpoint take them (`name=` for a boolean). */
function widgetQuery({ tag, attributes }) {
  const parameters = new URLSearchParams({ element: tag });
  for (const [name, value] of attributes) parameters.set(name, value === true ? '' : value);
  return parameters;
}

/** Asks the server to pre-render the choice: `{ html, bytes, gzip, styleHashes, styleAttributeHashes }`. */
async function prerendered(query, signal) {
  let response;
  try {
    response = await fetch(`${prerenderUrl}?${query}`, { signal });
  } catch (cause) {
    if (signal.aborted) throw cause;
    response = undefined;
  }
  const answer = response?.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
  if (response?.ok && typeof answer?.html === 'string') return answer;
  if (answer?.error) throw new Error(`The server could not pre-render this widget: ${answer.error}`);
  throw new Error(
    'Pre-rendering needs the demo server: run npm start and open the builder from it, or render the widget in your ' +
      'own build with prerender() from mdma-therapy-widgets/ssr.js (see the README).',
  );
}

/** The style-src sources a Content-Security-Policy needs for the fragment's inline styles. */
function styleSources({ styleHashes, styleAttributeHashes }) {
  const sources = styleHashes.map((hash) => `'${hash}'`);
  if (styleAttributeHashes.length > 0) sources.push(`'unsafe-hashes'`, ...styleAttributeHashes.map((hash) => `'${hash}'`));
  return sources.join(' ');
}

/** How long the preview waits for typing to pause before it renders the widget again. */
const previewDelay = 150;
let previewTimer;

/**
 * A fresh element each time the widget or its options change, so attributes that only count at start (which answers are
 * open) show as they will; the server's fragment itself when there is one (pre-rendered, or the plain copy, styled by
 * its optional stylesheet, which this page loads); for an iframe, an iframe of the embed page from this server's dist/,
 * which resize.js (also on this page) sizes to its widget. While the reader types, the preview waits for a pause: the
 * snippet follows every key, the widget is rendered once.
 */
function renderPreview(choice, fragment) {
  const { tag, attributes, previewWidth, embed: how } = choice;
  preview.classList.toggle('preview-narrow', previewWidth === 'narrow');
  const shown = how === 'iframe' ? 'iframe' : fragment === undefined ? 'element' : how;
  const shows = `${shown}:${widgetQuery({ tag, attributes })}`;
  if (shows === previewShows) return;
  const first = previewShows === undefined;
  previewShows = shows;
  clearTimeout(previewTimer);
  const draw = () => {
    if (shown === 'iframe') {
      preview.replaceChildren(frameFor(choice, '/dist/'));
    } else if (fragment !== undefined && typeof preview.setHTMLUnsafe === 'function') {
      // Parsed as a page parses it, declarative shadow root included: the script already on this page hydrates it.
      preview.setHTMLUnsafe(fragment);
    } else if (shown === 'plain') {
      // Ordinary HTML, with no shadow root to parse: the server's own rendering, as above.
      preview.innerHTML = fragment;
    } else {
      const element = document.createElement(tag);
      for (const [name, value] of attributes) element.setAttribute(name, value === true ? '' : value);
      preview.replaceChildren(element);
    }
  };
  if (first) draw();
  else previewTimer = setTimeout(draw, previewDelay);
}

/**
 * Keeps the choices in the page address, so a set-up can be bookmarked or shared. The defaults (rendered by the script,
 * one widget on the page, the owner's own copy of dist/) are not written.
 */
function rememberChoice(choice) {
  const { tag, attributes, cdn, folder, previewWidth, embed: how, several } = choice;
  const parameters = widgetQuery({ tag, attributes });
  if (how !== 'script') parameters.set('embed', how);
  if (several) parameters.set('page', 'several');
  if (cdn !== selfHosted) parameters.set('cdn', cdn);
  if (usesFolder(choice) && folder !== '') parameters.set('folder', folder);
  if (previewWidth !== 'full') parameters.set('preview', previewWidth);
  try {
    history.replaceState(null, '', `?${parameters}`);
  } catch {
    // A page whose address cannot change (opened from srcdoc, say) just cannot be shared this way.
  }
}

/**
 * Writes the output: the snippet with its label and hint (text, `code` in backticks), the script tag apart (for a page
 * with several widgets), an optional part (`{ label, hint, text, copy }`: what a page may add if it allows it) and the
 * CSP sources; each part left out is hidden.
 */
function showOutput({ label, hint = '', snippet, script, optional, csp, size }) {
  snippetLabel.textContent = label;
  snippetHint.replaceChildren(...prose(hint));
  snippetHint.hidden = hint === '';
  snippetField.value = snippet;
  scriptPart.hidden = script === undefined;
  scriptField.value = script ?? '';
  optionalPart.hidden = optional === undefined;
  optionalLabel.textContent = optional?.label ?? '';
  optionalHint.replaceChildren(...prose(optional?.hint));
  optionalField.value = optional?.text ?? '';
  copyOptionalButton.textContent = optional?.copy ?? '';
  cspPart.hidden = csp === undefined;
  cspField.value = csp ?? '';
  snippetSize.textContent = size;
  copyButton.disabled = false;
}

/** The snippet with a script: in one field for a page with this widget only, the script apart for several. */
function showScripted(choice, widgetHtml, { csp, size }) {
  const scriptTag = scriptTagFor(choice);
  if (choice.several) {
    const label = 'This widget: paste it where it should appear';
    showOutput({ label, snippet: `${widgetHtml}\n`, script: `${scriptTag}\n`, csp, size });
    return;
  }
  showOutput({
    label: 'Paste this into your page’s HTML, where the widget should appear',
    // Pre-rendered content comes first, so the page shows it before the script; `defer` would allow either order.
    snippet: choice.embed === 'prerendered' ? `${widgetHtml}\n${scriptTag}\n` : `${scriptTag}\n${widgetHtml}\n`,
    csp,
    size,
  });
}

/** The plain copy, and the link to its optional stylesheet in the owner's copy of dist/. */
function showPlain(choice, rendered) {
  const stylesheet = `${folderAddress()}plain/mdma-widgets.css`;
  showOutput({
    label: 'Paste this into your page’s HTML, where the widget should appear',
    hint:
      'A copy does not update itself: it says when it was made (“This copy was made on …”). When the package’s ' +
      'content changes (a new version), make the copy again here and paste it in place of this one.',
    snippet: `${rendered.html}\n`,
    optional: {
      label: 'Optional: the stylesheet, for a page that allows one',
      hint:
        'It spaces the copy out, sets the small print apart and lets a narrow table fold into cards; the copy reads ' +
        'well without it, in the page’s own styles. Once per page, from your copy of `dist/`.',
      text: `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">\n`,
      copy: 'Copy stylesheet link',
    },
    size: `The copy: ${kilobytes(rendered.bytes)}, ${kilobytes(rendered.gzip)} gzipped, and no script.`,
  });
}

/** The widget's attributes as the embed page's address takes them: `name=value`, a boolean by its name alone. */
function frameQuery({ attributes }) {
  return attributes.map(([name, value]) => (value === true ? name : new URLSearchParams([[name, value]]).toString())).join('&');
}

/** The address of the embed page for the choice, in the copy of dist/ at `folder`. */
function frameAddress(choice, folder) {
  const query = frameQuery(choice);
  return `${folder}embed/${choice.tag}.html${query === '' ? '' : `?${query}`}`;
}

/** What the iframe's title says: the widget's, in the language chosen for it. */
function frameTitle({ tag, attributes }) {
  const lang = attributes.find(([name]) => name === 'lang')?.[1] ?? 'en';
  return (frameTitles[lang.split('-')[0]] ?? frameTitles.en)[tag] ?? frameTitles.en[tag] ?? `<${tag}>`;
}

/** The iframe itself (for the preview), showing the embed page from the copy of dist/ at `folder`. */
function frameFor(choice, folder) {
  const frame = create('iframe', { src: frameAddress(choice, folder), title: frameTitle(choice) });
  frame.height = String(frameHeights[choice.tag] ?? 600);
  frame.style.width = '100%';
  frame.style.border = '0';
  return frame;
}

/** The iframe snippet, and resize.js for a page that allows one script. */
function showIframe(choice) {
  const folder = folderAddress();
  const frame =
    `<iframe src="${escapeAttribute(frameAddress(choice, folder))}" title="${escapeAttribute(frameTitle(choice))}" ` +
    `height="${frameHeights[choice.tag] ?? 600}" style="width: 100%; border: 0" loading="lazy"></iframe>`;
  const script = scriptFor({ ...choice, several: false });
  showOutput({
    label: 'Paste this into your page’s HTML, where the widget should appear',
    hint:
      `The iframe shows \`embed/${choice.tag}.html\` from your copy of \`dist/\`, with the options in its address. ` +
      'Without resize.js it keeps this height and scrolls inside it. In Notion or Google Sites, an embed block takes ' +
      'the address alone: what `src` says, as a full address, with `&` where the snippet writes `&amp;`.',
    snippet: `${frame}\n`,
    optional: {
      label: 'Optional: one script, for a page that allows it',
      hint: 'Once per page, whatever iframes it holds: each iframe takes the height of its widget, so it never scrolls inside.',
      text: `<script defer src="${escapeAttribute(`${folder}embed/resize.js`)}"></script>\n`,
      copy: 'Copy script tag',
    },
    size: `The page in the iframe loads ${script.file.replace(/^dist\//, '')}: ${kilobytes(script.gzip)} gzipped.`,
  });
}

function showSnippetError(message) {
  scriptPart.hidden = true;
  optionalPart.hidden = true;
  snippetHint.hidden = true;
  snippetField.value = '';
  snippetError.textContent = message;
  snippetError.hidden = false;
  copyButton.disabled = true;
  cspPart.hidden = true;
  snippetSize.textContent = '';
}

/** Which fields apply to how the widget loads: the script's source and the number of widgets only where there is one. */
function showFields(choice) {
  folderField.hidden = !usesFolder(choice);
  cdnField.hidden = choice.embed === 'plain';
  pageOptions.hidden = choice.embed === 'plain' || choice.embed === 'iframe';
  const iframeFromCdn = choice.embed === 'iframe' && choice.cdn !== selfHosted;
  cdnIframeHint.hidden = !iframeFromCdn;
  cdnSelect.setAttribute('aria-describedby', iframeFromCdn ? 'cdn-hint cdn-iframe-hint' : 'cdn-hint');
}

async function update() {
  const choice = currentChoice();
  showFields(choice);
  describeScripts(choice);
  rememberChoice(choice);
  copyStatus.textContent = '';
  snippetError.hidden = true;
  pendingRender?.abort();
  pendingRender = undefined;

  const script = scriptFor(choice);
  const scriptSize = `The script: ${kilobytes(script.gzip)} gzipped.`;
  if (choice.embed === 'script' || choice.embed === 'iframe') {
    renderPreview(choice);
    if (choice.embed === 'iframe') showIframe(choice);
    else showScripted(choice, elementMarkup(choice), { size: scriptSize });
    snippetSection.removeAttribute('aria-busy');
    return;
  }

  const parameters = widgetQuery(choice);
  if (choice.embed === 'plain') parameters.set('format', 'plain');
  const query = parameters.toString();
  if (lastRendered?.query === query) {
    showRendered(choice, lastRendered.answer, scriptSize);
    snippetSection.removeAttribute('aria-busy');
    return;
  }
  const request = new AbortController();
  pendingRender = request;
  snippetSection.setAttribute('aria-busy', 'true');
  try {
    const answer = await prerendered(query, request.signal);
    if (request.signal.aborted) return;
    lastRendered = { query, answer };
    showRendered(choice, answer, scriptSize);
  } catch (cause) {
    if (request.signal.aborted) return;
    renderPreview(choice);
    showSnippetError(cause.message);
  }
  pendingRender = undefined;
  snippetSection.removeAttribute('aria-busy');
}

/** The server's answer: a pre-rendered widget with its script and CSP hashes, or the plain copy. */
function showRendered(choice, rendered, scriptSize) {
  renderPreview(choice, rendered.html);
  if (choice.embed === 'plain') {
    showPlain(choice, rendered);
    return;
  }
  showScripted(choice, rendered.html, {
    csp: styleSources(rendered),
    size: `The widget’s HTML: ${kilobytes(rendered.bytes)}, ${kilobytes(rendered.gzip)} gzipped. ${scriptSize}`,
  });
}

function restoreChoice() {
  const parameters = new URLSearchParams(location.search);
  const tag = parameters.get('element');
  if (widgets.some((widget) => widget.tagName === tag)) elementSelect.value = tag;
  for (const [select, key] of [
    [languageSelect, 'lang'],
    [cdnSelect, 'cdn'],
    [previewWidthSelect, 'preview'],
  ]) {
    const value = parameters.get(key);
    if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  folderInput.value = parameters.get('folder') ?? '';
  for (const name of ['embed', 'page']) {
    const radio = form.querySelector(`input[name="${name}"][value="${CSS.escape(parameters.get(name) ?? '')}"]`);
    if (radio) radio.checked = true;
  }
  const values = new Map([...parameters].filter(([key]) => !builderKeys.includes(key)));
  renderOptions(values);
}

async function copyText(field, what) {
  const text = field.value;
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    // Without clipboard access (an insecure origin, a refused permission), copy the selected text the older way.
    field.focus();
    field.select();
    copied = document.execCommand('copy');
  }
  // Emptied first, so a second "Copied" in a row is announced again.
  copyStatus.textContent = '';
  setTimeout(() => {
    copyStatus.textContent = copied
      ? `Copied${what ? ` ${what}` : ''}`
      : `Could not copy. The ${what ?? 'snippet'} is selected: press Ctrl+C (or ⌘C) to copy it.`;
  }, 100);
}

async function start() {
  try {
    const [manifest, embedInfo] = await Promise.all([fetchJson(manifestUrl), fetchJson(embedUrl)]);
    embed = embedInfo;
    widgets = widgetsIn(manifest);
    if (widgets.length === 0) throw new Error('the manifest describes no widgets');
    if (!allInOne()) throw new Error('embed.json lists no script that registers every widget');
  } catch (cause) {
    loadError.hidden = false;
    form.hidden = true;
    console.error('Embed builder: could not load the built package files.', cause);
    return;
  }
  // Id suggestions are a convenience: the builder works without them.
  bundledData = await import(dataUrl).catch(() => undefined);

  elementSelect.replaceChildren(...widgets.map((widget) => create('option', { value: widget.tagName }, [`<${widget.tagName}>`])));
  // Your own copy first, the default: a CDN serves this version only once it is published on npm.
  cdnSelect.replaceChildren(
    create('option', { value: selfHosted }, ['your own server']),
    ...Object.entries(embed.cdns).map(([name, url]) =>
      create('option', { value: name }, [`${new URL(url).host} (once this version is published on npm)`]),
    ),
  );
  folderInput.placeholder = defaultFolder;
  restoreChoice();

  elementSelect.addEventListener('change', () => {
    renderOptions();
    update();
  });
  form.addEventListener('input', (event) => {
    if (event.target !== elementSelect) update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton.addEventListener('click', () => copyText(snippetField, undefined));
  copyScriptButton.addEventListener('click', () => copyText(scriptField, 'the script tag'));
  copyOptionalButton.addEventListener('click', () =>
    copyText(optionalField, optionalField.value.startsWith('<link') ? 'the stylesheet link' : 'the script tag'),
  );
  await update();
  form.dataset.ready = '';
}

start();
