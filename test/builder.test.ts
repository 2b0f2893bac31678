/**
 * The embed builder (demo/builder.html): its form offers every attribute of every widget, it is usable with the
 * keyboard alone, and the snippet it writes, pasted into a blank page, renders the chosen widget with the chosen options,
 * the script passing its own integrity check.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readFile, sendKeys } from '@web/test-runner-commands';
import { faq } from '../src/data/index.js';
import { embed, waitForRendered, type EmbeddedPage } from './embed.js';
import { typeText } from './engine.js';

interface ManifestWidget {
  readonly tagName: string;
  readonly customElement?: boolean;
  readonly superclass?: { readonly name: string };
  readonly attributes?: readonly { readonly name: string; readonly type?: { readonly text: string } }[];
}

interface EmbedInfo {
  readonly version: string;
  readonly scripts: Record<string, string>;
  readonly integrity: string;
}

interface Builder {
  readonly frame: HTMLIFrameElement;
  readonly document: Document;
  readonly window: Window & typeof globalThis;
  control<Control extends HTMLElement = HTMLInputElement>(selector: string): Control;
  snippet(): string;
}

let embedInfo: EmbedInfo;
let manifestWidgets: ManifestWidget[];

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  expect(response.ok, `${path} is missing: run npm run build`).to.equal(true);
  return response.json() as Promise<T>;
}

function builderAt(frame: HTMLIFrameElement): Builder {
  const doc = frame.contentDocument!;
  return {
    frame,
    document: doc,
    window: frame.contentWindow as Window & typeof globalThis,
    control: <Control extends HTMLElement>(selector: string) => {
      const control = doc.querySelector<Control>(selector);
      expect(control, selector).to.not.equal(null);
      return control!;
    },
    snippet: () => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value,
  };
}

async function ready(builder: Builder): Promise<Builder> {
  await waitUntil(() => builder.document.querySelector('#builder-form')?.hasAttribute('data-ready'), 'the builder did not start', {
    timeout: 5000,
  });
  return builder;
}

async function openBuilder(search = ''): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/builder.html${search}`;
  document.body.append(frame);
  await loaded;
  return ready(builderAt(frame));
}

/** Chooses an option of a closed list the way a keyboard user does: focus it, then arrow down to the option. */
async function chooseWithKeyboard(select: HTMLSelectElement, value: string): Promise<void> {
  select.focus();
  const values = Array.from(select.options, (option) => option.value);
  expect(values, `${select.id} offers ${value}`).to.include(value);
  for (let step = 0; step < values.length && select.value !== value; step += 1) await sendKeys({ press: 'ArrowDown' });
  expect(select.value).to.equal(value);
}

/** Types into a text box from the keyboard. */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await typeText(text);
  expect(input.value).to.equal(text);
}

/**
 * The built script exactly as it will be published, read from disk. The pasted page loads these bytes from a blob:
 * address standing in for the CDN, and the browser checks them against the snippet's integrity hash.
 */
let publishedScript: { bytes: Uint8Array<ArrayBuffer>; url: string };

async function readPublishedScript(): Promise<{ bytes: Uint8Array<ArrayBuffer>; url: string }> {
  const base64 = await readFile({ path: '../dist/mdma-widgets.js', encoding: 'base64' });
  expect(base64, 'dist/mdma-widgets.js is missing: run npm run build').to.be.a('string');
  const bytes = Uint8Array.from(atob(base64!), (character) => character.charCodeAt(0));
  return { bytes, url: URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })) };
}

/** The snippet as it would be pasted, with the CDN's copy of the script swapped for the same bytes held locally. */
function pastedFrom(snippet: string): string {
  const cdnUrl = Object.values(embedInfo.scripts).find((url) => snippet.includes(url));
  expect(cdnUrl, 'the snippet loads the script from one of the CDN addresses').to.be.a('string');
  return snippet.replace(cdnUrl!, publishedScript.url);
}

async function sha384(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('the embed builder', () => {
  let builder: Builder | undefined;
  let page: EmbeddedPage | undefined;

  before(async () => {
    embedInfo = await fetchJson<EmbedInfo>('/dist/embed.json');
    publishedScript = await readPublishedScript();
    const manifest = await fetchJson<{ modules: { declarations?: ManifestWidget[] }[] }>('/dist/custom-elements.json');
    manifestWidgets = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.superclass?.name === 'WidgetElement');
  });

  afterEach(() => {
    builder?.frame.remove();
    page?.remove();
    builder = undefined;
    page = undefined;
  });

  it('offers every widget, and a labelled control for each of its attributes', async () => {
    builder = await openBuilder();
    const select = builder.control<HTMLSelectElement>('#element');
    expect(Array.from(select.options, (option) => option.value)).to.have.members(manifestWidgets.map((widget) => widget.tagName));
    expect(manifestWidgets).to.have.length(4);

    for (const widget of manifestWidgets) {
      select.value = widget.tagName;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (const attribute of widget.attributes ?? []) {
        const control = builder.control(`#options [name="${attribute.name}"]`);
        const label = builder.document.querySelector(`label[for="${control.id}"]`);
        expect(label?.textContent, `label of ${widget.tagName} ${attribute.name}`).to.include(attribute.name);
        if (attribute.type?.text === 'boolean') expect((control as HTMLInputElement).type).to.equal('checkbox');
      }
    }
  });

  it('writes a script tag pinned to this release, with its integrity hash and crossorigin', async () => {
    builder = await openBuilder();
    const [scriptTag] = builder.snippet().split('\n');
    const integrity = await sha384(publishedScript.bytes);
    expect(embedInfo.integrity).to.equal(integrity);
    expect(scriptTag).to.equal(
      `<script defer src="${embedInfo.scripts.jsdelivr}" integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
    expect(embedInfo.scripts.jsdelivr).to.include(`@${embedInfo.version}/`);

    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#cdn'), 'unpkg');
    expect(builder.snippet()).to.include(`src="${embedInfo.scripts.unpkg}"`).and.include(`integrity="${integrity}"`);
  });

  it('builds a snippet that, pasted into a blank page, renders the chosen callout with the chosen options', async () => {
    builder = await openBuilder();
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'safety-callout');
    await typeInto(builder.control('#options [name="topic"]'), 'crisis-support');
    await typeInto(builder.control('#options [name="severity"]'), 'urgent');
    await typeInto(builder.control('#options [name="heading-level"]'), '2');
    await typeInto(builder.control('#options [name="theme"]'), 'dark');
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#lang'), 'es');

    const snippet = builder.snippet();
    expect(snippet.split('\n')[1]).to.equal(
      '<safety-callout topic="crisis-support" severity="urgent" heading-level="2" theme="dark" lang="es"></safety-callout>',
    );

    page = await embed({ body: pastedFrom(snippet) });
    const [callout] = await waitForRendered(page, 'safety-callout');
    const shadow = callout.shadowRoot!;
    expect(shadow.textContent).to.include('988');
    expect(shadow.querySelector('[part~="callout-urgent"]'), 'an urgent callout').to.not.equal(null);
    expect(shadow.querySelector('h2'), 'a level 2 heading').to.not.equal(null);
    expect(shadow.querySelector<HTMLElement>('[part~="base"]')?.dataset.theme).to.equal('dark');
    expect(callout.closest('[lang]')?.getAttribute('lang')).to.equal('es');
    expect(page.errors).to.deep.equal([]);
    // The bundled crisis lines are for the United States: a Spanish page is told to supply its own.
    expect(page.warnings).to.have.length(1);
    expect(page.warnings[0]).to.include('crisis contacts').and.include('"es"');
  });

  it('builds a FAQ snippet with chosen questions, all open, and a search box', async () => {
    const chosen = faq.items.slice(0, 2).map((item) => item.id);
    builder = await openBuilder();
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'mdma-faq');
    await typeInto(builder.control('#options [name="questions"]'), chosen.join(' '));
    await typeInto(builder.control('#options [name="open"]'), 'all');
    builder.control('#options [name="searchable"]').focus();
    await sendKeys({ press: ' ' });

    const snippet = builder.snippet();
    expect(snippet.split('\n')[1]).to.equal(`<mdma-faq questions="${chosen.join(' ')}" open="all" searchable></mdma-faq>`);

    page = await embed({ body: pastedFrom(snippet) });
    const [element] = await waitForRendered(page, 'mdma-faq');
    const toggles = Array.from(element.shadowRoot!.querySelectorAll('[part~="toggle"]'));
    expect(toggles.map((toggle) => toggle.textContent?.trim())).to.deep.equal(
      faq.items.slice(0, 2).map((item) => item.question),
    );
    expect(toggles.map((toggle) => toggle.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true']);
    expect(element.shadowRoot!.querySelector('[part~="search"] input'), 'a search box').to.not.equal(null);
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings).to.deep.equal([]);
  });

  it('escapes typed values, so a pasted snippet can never add markup to the page', async () => {
    const hostile = '"><img src=x onerror="document.title=1">&amp;';
    builder = await openBuilder();
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'study-table');
    await typeInto(builder.control('#options [name="condition"]'), hostile);

    const element = builder.snippet().split('\n')[1];
    expect(element).to.equal(
      '<study-table condition="&quot;&gt;&lt;img src=x onerror=&quot;document.title=1&quot;&gt;&amp;amp;"></study-table>',
    );
    page = await embed({ body: pastedFrom(builder.snippet()) });
    await waitForRendered(page, 'study-table');
    expect(page.document.querySelector('img')).to.equal(null);
    expect(page.document.querySelector('study-table')!.getAttribute('condition')).to.equal(hostile);
    expect(page.errors).to.deep.equal([]);
  });

  it('shows the chosen widget live in the preview, re-created on every change', async () => {
    builder = await openBuilder();
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'session-timeline');
    builder.control('#options [name="compact"]').focus();
    await sendKeys({ press: ' ' });
    const preview = builder.control('#preview');
    const widget = preview.querySelector('session-timeline');
    expect(widget?.hasAttribute('compact')).to.equal(true);
    await waitUntil(() => (widget!.shadowRoot?.textContent?.trim().length ?? 0) > 20, 'the preview did not render');

    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#preview-width'), 'narrow');
    expect(preview.getBoundingClientRect().width).to.be.lessThan(400);
  });

  it('can be used with the keyboard alone, and announces "Copied" politely', async () => {
    builder = await openBuilder();
    const copied: string[] = [];
    Object.defineProperty(builder.window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const formControls = Array.from(builder.document.querySelectorAll<HTMLElement>('#builder-form select, #builder-form input'));
    const copyButton = builder.control('#copy');

    builder.control('#element').focus();
    const visited = [builder.document.activeElement];
    for (let press = 0; press < 40 && builder.document.activeElement !== copyButton; press += 1) {
      await sendKeys({ press: 'Tab' });
      visited.push(builder.document.activeElement);
    }
    for (const control of [...formControls, builder.control('#snippet'), copyButton]) {
      expect(visited, `Tab reaches ${control.id}`).to.include(control);
    }

    await sendKeys({ press: 'Enter' });
    const status = builder.control('#copy-status');
    await waitUntil(() => status.textContent === 'Copied', 'no "Copied" announcement');
    expect(status.getAttribute('role')).to.equal('status');
    expect(copied).to.deep.equal([builder.snippet()]);
  });

  it('restores its choices from the page address, so a set-up can be shared', async () => {
    builder = await openBuilder('?element=study-table&compact=&sort=participants&lang=es&cdn=unpkg');
    expect(builder.control<HTMLSelectElement>('#element').value).to.equal('study-table');
    expect(builder.control('#options [name="compact"]').checked).to.equal(true);
    expect(builder.snippet()).to.include(`src="${embedInfo.scripts.unpkg}"`);
    expect(builder.snippet().split('\n')[1]).to.equal('<study-table sort="participants" compact lang="es"></study-table>');
  });

  it('has no axe violations', async () => {
    builder = await openBuilder('?element=safety-callout');
    await waitUntil(() => builder!.document.querySelector('#preview safety-callout')?.shadowRoot?.textContent?.trim());
    const script = builder.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    builder.document.head.append(script);
    await loaded;
    const axe = (builder.window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string }[] }> } }).axe;
    const { violations } = await axe.run(builder.document);
    expect(violations.map((violation) => violation.id)).to.deep.equal([]);
  });

  it('works under a strict Content-Security-Policy, with no inline script or style', async () => {
    const source = await (await fetch('/demo/builder.html')).text();
    // The test server's origin stands for 'self', which Firefox does not match for a srcdoc page.
    const self = location.origin;
    const policy = `<meta http-equiv="Content-Security-Policy" content="default-src ${self}; script-src ${self}; style-src ${self}">`;
    // The recorder (an external script, allowed by the policy) keeps every violation reported from then on.
    const head = `<head>${policy}<base href="/demo/"><script src="/test/fixtures/strict/recorder.js"></script>`;
    const frame = document.createElement('iframe');
    frame.style.width = '1200px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = source.replace('<head>', head);
    document.body.append(frame);
    await loaded;
    builder = await ready(builderAt(frame));

    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'study-table');
    const table = builder.control('#preview study-table');
    await waitUntil(() => (table.shadowRoot?.textContent?.trim().length ?? 0) > 20, 'the preview did not render');
    expect(getComputedStyle(builder.control('#copy')).backgroundColor, 'builder.css applies').to.equal('rgb(0, 94, 184)');
    const recorded = builder.window as unknown as { __violations: string[]; __errors: string[] };
    expect(recorded.__violations).to.deep.equal([]);
    expect(recorded.__errors).to.deep.equal([]);
  });
});
