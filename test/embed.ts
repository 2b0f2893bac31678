/**
 * Test helper: loads a page into an iframe the way a host site would (the built classic script, plain HTML) and
 * records what it logs, so tests can check what a blogger pasting the snippet sees.
 */
import { waitUntil } from '@open-wc/testing';

export interface EmbeddedPage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & typeof globalThis & { MdmaWidgets?: Record<string, unknown> };
  readonly document: Document;
  readonly warnings: string[];
  readonly errors: string[];
  remove(): void;
}

export const scriptUrl = new URL('/dist/mdma-widgets.js', location.href).href;
export const widgetTags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'] as const;

/** Records the page's console warnings and errors and its uncaught errors, before any other script runs. */
const recorder = `<script>
    window.__warnings = []; window.__errors = [];
    const warn = console.warn.bind(console), fail = console.error.bind(console);
    console.warn = (...args) => { window.__warnings.push(args.map(String).join(' ')); warn(...args); };
    console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); fail(...args); };
    window.addEventListener('error', (event) => window.__errors.push('uncaught: ' + event.message));
    window.addEventListener('unhandledrejection', (event) => window.__errors.push('unhandled: ' + event.reason));
  </script>`;

/**
 * Loads a whole HTML document into a same-origin iframe `width` CSS pixels wide, recording what it logs from the start of
 * its `<head>`.
 */
export async function embedDocument(html: string, width = 960): Promise<EmbeddedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.style.border = '0';
  frame.srcdoc = html.replace(/<head[^>]*>/i, (head) => `${head}${recorder}`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as EmbeddedPage['window'] & { __warnings: string[]; __errors: string[] };
  return {
    frame,
    window: win,
    document: frame.contentDocument!,
    warnings: win.__warnings,
    errors: win.__errors,
    remove: () => frame.remove(),
  };
}

/** A host page: its head and body, the language of its `<html>`, and the width of its window in CSS pixels. */
export interface HostPage {
  readonly head?: string;
  readonly body?: string;
  readonly lang?: string;
  readonly width?: number;
}

/** Loads `body` (with `head`) into a same-origin iframe whose console warnings, errors and uncaught errors are recorded. */
export function embed({ head = '', body = '', lang = 'en', width = 960 }: HostPage): Promise<EmbeddedPage> {
  return embedDocument(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, width);
}

/** Waits until every element matching `selector` in `page` has rendered visible text into its shadow root. */
export async function waitForRendered(page: EmbeddedPage, selector: string, minimumText = 20): Promise<Element[]> {
  const elements = () => Array.from(page.document.querySelectorAll(selector));
  await waitUntil(
    () => elements().length > 0 && elements().every((element) => (element.shadowRoot?.textContent?.trim().length ?? 0) >= minimumText),
    `${selector} did not render`,
    { timeout: 5000 },
  );
  return elements();
}

/** Hydration waits for the reader: neither in view nor idle, so only an interaction hydrates. Goes in a page's head. */
export const interactionOnly = `<script>
  window.requestIdleCallback = () => 0;
  window.IntersectionObserver = class { observe() {} disconnect() {} };
</script>`;

/** A page in a sandboxed frame that may not run scripts: what a reader with JavaScript off, or a crawler, gets. */
export async function withoutScripts(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = '960px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}
