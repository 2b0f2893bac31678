/**
 * dist/embed/frame.js, the script of the embed pages (dist/embed/<tag>.html), which show one widget in an iframe for
 * hosts that allow iframes but not scripts. It runs after the widget's own script (dist/cdn/<tag>.js), so the element
 * is defined, and creates the widget with the attributes the page's address gives (`?questions=is-it-safe&lang=es`),
 * then keeps the parent page told of its height (see messages.ts).
 */
import type { ReactiveElement } from 'lit';
import { quote, warn } from '../internal/element/log.js';
import { heightRequest, heightType, type HeightMessage } from './messages.js';

const tag = document.currentScript?.dataset['widget'] ?? '';

/**
 * The attributes of the element registered as `tag`, each with whether it is boolean, as its reactive properties
 * declare them; `lang`, which every widget reads, besides.
 */
function attributesOf(element: Partial<typeof ReactiveElement>): Map<string, boolean> {
  const attributes = new Map([['lang', false]]);
  for (const [name, { attribute, type }] of element.elementProperties ?? []) {
    if (attribute === false || typeof name !== 'string') continue;
    attributes.set(typeof attribute === 'string' ? attribute : name.toLowerCase(), type === Boolean);
  }
  return attributes;
}

/** `+` as a space, then percent-decoded; undefined when the text is not valid percent-encoded UTF-8. */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The widget with each attribute of `query` that is one of its own set as text; the rest reported and left out. */
function widgetFrom(query: string): HTMLElement {
  const widget = document.createElement(tag);
  const attributes = attributesOf(customElements.get(tag) as Partial<typeof ReactiveElement>);
  const report = (problem: string) => warn(tag, `the embed page's address: ${problem}; it is ignored.`);
  const seen = new Set<string>();
  for (const field of query.split('&')) {
    if (field === '') continue;
    const separator = field.includes('=') ? field.indexOf('=') : field.length;
    const name = decoded(field.slice(0, separator));
    const value = decoded(field.slice(separator + 1));
    const boolean = name === undefined ? undefined : attributes.get(name);
    if (name === undefined || value === undefined) report(`${quote(field)} is not valid percent-encoded text`);
    else if (boolean === undefined) report(`${quote(name)} is not one of its attributes (${[...attributes.keys()].join(', ')})`);
    else if (seen.has(name)) report(`${name} is given more than once; the first is used`);
    else if (!boolean) widget.setAttribute(name, value);
    else if (value === '' || value === 'true') widget.setAttribute(name, '');
    else if (value !== 'false') report(`${name}=${quote(value)} must be true, false or nothing`);
    if (name !== undefined) seen.add(name);
  }
  return widget;
}

/** The page's colour scheme follows the widget's theme, so nothing around it stays light in a dark one. */
const colorSchemes: Record<string, string> = { dark: 'dark', auto: 'light dark' };

// Without its element (the widget's script could not run here, and said why in the console) the page stays empty.
if (customElements.get(tag)) {
  const widget = widgetFrom(location.search.slice(1));
  const { body, documentElement } = document;
  // The body's height is the page's: no margin, and nothing of the widget's collapsing through it. Its padding is the
  // room the focus ring takes around a control as wide as the widget, which the frame's edges would otherwise cut.
  body.style.margin = '0';
  body.style.padding = '0.4em';
  body.style.display = 'flow-root';
  documentElement.style.colorScheme = colorSchemes[widget.getAttribute('theme')?.trim().toLowerCase() ?? ''] ?? 'light';
  body.append(widget);

  /** Tells the parent page the height of this one: on load, at every change of size, and when resize.js asks. */
  const reportHeight = () => {
    if (parent === window) return;
    const message: HeightMessage = { type: heightType, tag, height: Math.ceil(body.getBoundingClientRect().height) };
    parent.postMessage(message, '*');
  };
  new ResizeObserver(reportHeight).observe(body);
  addEventListener('message', ({ source, data }) => {
    if (source === parent && (data as Partial<typeof heightRequest> | null)?.type === heightRequest.type) reportHeight();
  });
}
