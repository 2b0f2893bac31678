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

/** Loads a whole HTML document into a same-origin iframe, recording what it logs from the start of its `<head>`. */
export async function embedDocument(html: string): Promise<EmbeddedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '960px';
  frame.style.height = '800px';
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

/** Loads `body` (with `head`) into a same-origin iframe whose console warnings, errors and uncaught errors are recorded. */
export function embed({ head = '', body = '' }: { head?: string; body?: string }): Promise<EmbeddedPage> {
  return embedDocument(`<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
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
