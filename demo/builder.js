// The embed builder: pick a widget, set its options, see it live, copy the snippet. The options form is generated from
// the custom elements manifest (/dist/custom-elements.json, written by the build), so it offers exactly the attributes
// the elements have; the script tag's address and integrity hash come from /dist/embed.json, computed from the very
// file the build produced. Nothing here writes HTML strings into the page: every node is created through the DOM.

const manifestUrl = '/dist/custom-elements.json';
const embedUrl = '/dist/embed.json';
const dataUrl = '/dist/data/index.js';

/** The bundled dataset each widget shows, for suggesting the ids its attributes accept. */
const datasetOfWidget = {
  'mdma-faq': 'faq',
  'study-table': 'studies',
  'session-timeline': 'sessions',
  'safety-callout': 'safety',
};

/** Keys of the builder's own settings in the page address; every other key is an attribute of the chosen widget. */
const builderKeys = ['element', 'lang', 'cdn', 'preview'];
const attributeName = /^[a-z][a-z0-9-]*$/;

const form = document.querySelector('#builder-form');
const elementSelect = document.querySelector('#element');
const elementSummary = document.querySelector('#element-summary');
const optionsGroup = document.querySelector('#options');
const languageSelect = document.querySelector('#lang');
const cdnSelect = document.querySelector('#cdn');
const previewWidthSelect = document.querySelector('#preview-width');
const preview = document.querySelector('#preview');
const snippetField = document.querySelector('#snippet');
const copyButton = document.querySelector('#copy');
const copyStatus = document.querySelector('#copy-status');
const loadError = document.querySelector('#load-error');

let widgets = [];
let embed;
let bundledData;

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
    field.classList.add('field-checkbox');
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

/** What the form says: the widget, its attributes in the manifest's order (`true` for a boolean), and the settings. */
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
  return { tag: widget.tagName, attributes, cdn: cdnSelect.value, previewWidth: previewWidthSelect.value };
}

/** Text safe inside a double-quoted HTML attribute. */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function snippetFor({ tag, attributes, cdn }) {
  const scriptUrl = embed.scripts[cdn] ?? Object.values(embed.scripts)[0];
  const scriptTag =
    `<script defer src="${escapeAttribute(scriptUrl)}" integrity="${escapeAttribute(embed.integrity)}" ` +
    `crossorigin="anonymous"></script>`;
  const written = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `${scriptTag}\n<${tag}${written.join('')}></${tag}>\n`;
}

/** A fresh element each time, so attributes that only count at start (which answers are open) show as they will. */
function renderPreview({ tag, attributes, previewWidth }) {
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value === true ? '' : value);
  preview.replaceChildren(element);
  preview.classList.toggle('preview-narrow', previewWidth === 'narrow');
}

/** Keeps the choices in the page address, so a set-up can be bookmarked or shared. */
function rememberChoice({ tag, attributes, cdn, previewWidth }) {
  const parameters = new URLSearchParams({ element: tag });
  for (const [name, value] of attributes) parameters.set(name, value === true ? '' : value);
  if (cdn !== cdnSelect.options[0]?.value) parameters.set('cdn', cdn);
  if (previewWidth !== 'full') parameters.set('preview', previewWidth);
  try {
    history.replaceState(null, '', `?${parameters}`);
  } catch {
    // A page whose address cannot change (opened from srcdoc, say) just cannot be shared this way.
  }
}

function update() {
  const choice = currentChoice();
  renderPreview(choice);
  snippetField.value = snippetFor(choice);
  copyStatus.textContent = '';
  rememberChoice(choice);
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
  const values = new Map([...parameters].filter(([key]) => !builderKeys.includes(key)));
  renderOptions(values);
}

async function copySnippet() {
  const snippet = snippetField.value;
  let copied = false;
  try {
    await navigator.clipboard.writeText(snippet);
    copied = true;
  } catch {
    // Without clipboard access (an insecure origin, a refused permission), copy the selected text the older way.
    snippetField.focus();
    snippetField.select();
    copied = document.execCommand('copy');
  }
  // Emptied first, so a second "Copied" in a row is announced again.
  copyStatus.textContent = '';
  setTimeout(() => {
    copyStatus.textContent = copied ? 'Copied' : 'Could not copy. The snippet is selected: press Ctrl+C (or ⌘C) to copy it.';
  }, 100);
}

async function start() {
  try {
    const [manifest, embedInfo] = await Promise.all([fetchJson(manifestUrl), fetchJson(embedUrl)]);
    embed = embedInfo;
    widgets = widgetsIn(manifest);
    if (widgets.length === 0) throw new Error('the manifest describes no widgets');
  } catch (cause) {
    loadError.hidden = false;
    form.hidden = true;
    console.error('Embed builder: could not load the built package files.', cause);
    return;
  }
  // Id suggestions are a convenience: the builder works without them.
  bundledData = await import(dataUrl).catch(() => undefined);

  elementSelect.replaceChildren(...widgets.map((widget) => create('option', { value: widget.tagName }, [`<${widget.tagName}>`])));
  cdnSelect.replaceChildren(
    ...Object.entries(embed.scripts).map(([name, url]) => create('option', { value: name }, [new URL(url).host])),
  );
  restoreChoice();

  elementSelect.addEventListener('change', () => {
    renderOptions();
    update();
  });
  form.addEventListener('input', (event) => {
    if (event.target !== elementSelect) update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton.addEventListener('click', copySnippet);
  update();
  form.dataset.ready = '';
}

start();
