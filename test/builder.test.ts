/**
 * The embed builder (demo/builder.html): its form offers every attribute of every widget, it is usable with the
 * keyboard alone, and the snippets it writes, pasted into a blank page, render the chosen widget with the chosen options:
 * with the widget's own script for a page with only that widget, with the all-in-one script once for a page with
 * several, pre-rendered, with the content there before and without the script, as a plain HTML copy with no script at
 * all, and in an iframe sized to its widget. Each script passes its integrity check, and a changed file is refused.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readFile, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { faq, studies } from '../src/data/index.js';
import { faqStrings } from '../src/internal/language/strings/mdma-faq.js';
import { embed, interactionOnly, waitForRendered, withoutScripts, type EmbeddedPage } from './embed.js';
import { typeText } from './engine.js';

interface ManifestWidget {
  readonly tagName: string;
  readonly customElement?: boolean;
  readonly superclass?: { readonly name: string };
  readonly attributes?: readonly { readonly name: string; readonly type?: { readonly text: string } }[];
}

interface ScriptInfo {
  readonly file: string;
  readonly elements: readonly string[];
  readonly integrity: string;
  readonly bytes: number;
  readonly gzip: number;
}

interface EmbedInfo {
  readonly version: string;
  readonly cdns: Record<string, string>;
  readonly scripts: readonly ScriptInfo[];
}

interface Builder {
  readonly frame: HTMLIFrameElement;
  readonly document: Document;
  readonly window: Window & typeof globalThis;
  control<Control extends HTMLElement = HTMLInputElement>(selector: string): Control;
  /** The snippet, once the builder has written it (a pre-rendered one comes from the server). */
  snippet(): Promise<string>;
  /** The script tag shown apart, for a page with several widgets. */
  scriptSnippet(): Promise<string>;
}

const widgetTags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'];

/** How long a test waits for what follows a step (a script to run, a click to take effect) on a busy machine. */
const patience = { timeout: 5000 };

/** Where the builder puts the page owner's copy of dist/ until they give its address. */
const defaultFolder = '/mdma-therapy-widgets/';

let embedInfo: EmbedInfo;
let manifestWidgets: ManifestWidget[];

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  expect(response.ok, `${path} is missing: run npm run build`).to.equal(true);
  return response.json() as Promise<T>;
}

function builderAt(frame: HTMLIFrameElement): Builder {
  const doc = frame.contentDocument!;
  const settled = () =>
    waitUntil(() => !doc.querySelector('#snippet-section')!.hasAttribute('aria-busy'), 'the snippet was not written', patience);
  return {
    frame,
    document: doc,
    window: frame.contentWindow as Window & typeof globalThis,
    control: <Control extends HTMLElement>(selector: string) => {
      const control = doc.querySelector<Control>(selector);
      expect(control, selector).to.not.equal(null);
      return control!;
    },
    snippet: async () => {
      await settled();
      return doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    },
    scriptSnippet: async () => {
      await settled();
      return doc.querySelector<HTMLTextAreaElement>('#script-snippet')!.value;
    },
  };
}

async function ready(builder: Builder): Promise<Builder> {
  await waitUntil(() => builder.document.querySelector('#builder-form')?.hasAttribute('data-ready'), 'the builder did not start', patience);
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

/** A copy of the builder page loaded from srcdoc, with `head` added first: a page served another way. */
async function openBuilderCopy(head: string): Promise<Builder> {
  const source = await (await fetch('/demo/builder.html')).text();
  // Addresses made absolute: with a <base> instead, browsers also requested the styles and script from the wrong folder.
  const absolute = source.replace(/ (href|src)="(?![/#]|https?:)([^"]*)"/g, ' $1="/demo/$2"');
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = absolute.replace('<head>', `<head>${head}`);
  document.body.append(frame);
  await loaded;
  return ready(builderAt(frame));
}

/** The widget in the builder's preview once it has rendered (the preview waits for typing to pause). */
async function previewed(builder: Builder, selector: string): Promise<Element> {
  const widget = () => builder.document.querySelector(`#preview > ${selector}`);
  await waitUntil(() => (widget()?.shadowRoot?.textContent?.trim().length ?? 0) > 20, `the preview did not show ${selector}`, patience);
  return widget()!;
}

/** Chooses an option of a closed list the way a keyboard user does: focus it, then arrow up or down to the option. */
async function chooseWithKeyboard(select: HTMLSelectElement, value: string): Promise<void> {
  select.focus();
  const values = Array.from(select.options, (option) => option.value);
  expect(values, `${select.id} offers ${value}`).to.include(value);
  const key = values.indexOf(value) < select.selectedIndex ? 'ArrowUp' : 'ArrowDown';
  for (let step = 0; step < values.length && select.value !== value; step += 1) await sendKeys({ press: key });
  expect(select.value).to.equal(value);
}

/** Chooses a radio button the way a keyboard user does: Tab lands on the group's checked one, arrows move the choice. */
async function chooseRadioWithKeyboard(builder: Builder, name: string, value: string): Promise<void> {
  const radios = Array.from(builder.document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`));
  expect(radios.map((radio) => radio.value), `${name} offers ${value}`).to.include(value);
  const checked = radios.find((radio) => radio.checked)!;
  checked.focus();
  const key = radios.findIndex((radio) => radio.value === value) < radios.indexOf(checked) ? 'ArrowUp' : 'ArrowDown';
  for (let step = 0; step < radios.length && !radios.find((radio) => radio.value === value)!.checked; step += 1) {
    await sendKeys({ press: key });
  }
  expect(radios.find((radio) => radio.checked)?.value).to.equal(value);
}

/** Types into a text box from the keyboard. */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await typeText(text);
  expect(input.value).to.equal(text);
}

/** The built file's exact bytes, read from disk (the test server recompiles the .js files it serves). */
const builtFiles = new Map<string, Uint8Array<ArrayBuffer>>();
async function builtFile(file: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!builtFiles.has(file)) {
    const base64 = await readFile({ path: `../${file}`, encoding: 'base64' });
    expect(base64, `${file} is missing: run npm run build`).to.be.a('string');
    builtFiles.set(file, Uint8Array.from(atob(base64!), (character) => character.charCodeAt(0)));
  }
  return builtFiles.get(file)!;
}

async function sha384(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The script tags of a snippet: address, integrity, and the attributes that make it deferred and checked. */
function scriptTagsIn(snippet: string) {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  return Array.from(doc.querySelectorAll('script[src]'), (script) => ({
    src: script.getAttribute('src')!,
    integrity: script.getAttribute('integrity'),
    crossorigin: script.getAttribute('crossorigin'),
    defer: script.hasAttribute('defer'),
  }));
}

/** The package file a script address serves: the address with this version's CDN folder, or the default folder, taken off. */
function fileAt(url: string): string {
  if (url.startsWith(defaultFolder)) return `dist/${url.slice(defaultFolder.length)}`;
  const folder = Object.values(embedInfo.cdns).find((cdn) => url.startsWith(cdn));
  expect(folder, `${url} is on one of the CDNs or in the default folder`).to.be.a('string');
  return url.slice(folder!.length);
}

/**
 * The snippet as it would be pasted, each script address (a CDN's, or the default folder's) swapped for a local address
 * holding that file's built bytes (or, `tampered`, the same bytes and one more space). The browser checks them against
 * the snippet's integrity hash.
 */
async function pastedFrom(snippet: string, { tampered = false } = {}): Promise<string> {
  let pasted = snippet;
  for (const { src } of scriptTagsIn(snippet)) {
    const bytes = await builtFile(fileAt(src));
    const served = tampered ? new Uint8Array([...bytes, 0x20]) : bytes;
    pasted = pasted.replace(src, URL.createObjectURL(new Blob([served], { type: 'text/javascript' })));
  }
  return pasted;
}

const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });

/** Clicks the middle of `target` inside the frame of `page` with the real mouse, once it is scrolled into view. */
async function click(page: EmbeddedPage, target: Element): Promise<void> {
  // Focusing the builder's controls may have scrolled this page: the mouse reaches only what is in its viewport.
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const frame = page.frame.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(frame.x + box.x + box.width / 2), Math.round(frame.y + box.y + Math.min(box.height / 2, 10))],
  });
}

describe('the embed builder', () => {
  let builder: Builder | undefined;
  let page: EmbeddedPage | undefined;

  before(async () => {
    embedInfo = await fetchJson<EmbedInfo>('/dist/embed.json');
    const manifest = await fetchJson<{ modules: { declarations?: ManifestWidget[] }[] }>('/dist/custom-elements.json');
    manifestWidgets = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.superclass?.name === 'WidgetElement');
  });

  afterEach(async () => {
    builder?.frame.remove();
    page?.remove();
    builder = undefined;
    page = undefined;
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    await resetMouse();
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

  it('lists every classic script in embed.json with the hash and size of the file the build wrote', async () => {
    expect(embedInfo.scripts.map((script) => script.file)).to.have.members([
      'dist/mdma-widgets.js',
      ...[...widgetTags, 'mdma-widgets-provider'].map((tag) => `dist/cdn/${tag}.js`),
    ]);
    for (const script of embedInfo.scripts) {
      const bytes = await builtFile(script.file);
      expect(script.integrity, script.file).to.equal(await sha384(bytes));
      expect(script.bytes, script.file).to.equal(bytes.length);
      expect(script.gzip, script.file).to.be.greaterThan(0).and.lessThan(bytes.length);
    }
    expect(embedInfo.scripts.find((script) => script.file === 'dist/mdma-widgets.js')?.elements).to.include.members(widgetTags);
    for (const cdn of Object.values(embedInfo.cdns)) expect(cdn).to.match(new RegExp(`@${embedInfo.version.replace(/\./g, '\\.')}/$`));
  });

  it("gives a page with one widget that widget's own script, and a page with several the all-in-one, each with its hash", async () => {
    builder = await openBuilder();
    const select = builder.control<HTMLSelectElement>('#element');
    for (const tag of widgetTags) {
      select.value = tag;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const [script, ...others] = scriptTagsIn(await builder.snippet());
      expect(others, 'one script tag').to.deep.equal([]);
      expect(script).to.deep.equal({
        src: `${defaultFolder}cdn/${tag}.js`,
        integrity: await sha384(await builtFile(`dist/cdn/${tag}.js`)),
        crossorigin: 'anonymous',
        defer: true,
      });
      expect(builder.control('#script-part').hidden, 'no separate script for one widget').to.equal(true);
      expect(builder.control('#page-one-hint').textContent).to.include(`dist/cdn/${tag}.js`);
    }

    await chooseRadioWithKeyboard(builder, 'page', 'several');
    expect(builder.control('#script-part').hidden).to.equal(false);
    expect(scriptTagsIn(await builder.scriptSnippet())).to.deep.equal([
      {
        src: `${defaultFolder}mdma-widgets.js`,
        integrity: await sha384(await builtFile('dist/mdma-widgets.js')),
        crossorigin: 'anonymous',
        defer: true,
      },
    ]);
    expect(await builder.snippet()).to.equal('<safety-callout></safety-callout>\n');

    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#cdn'), 'unpkg');
    expect(scriptTagsIn(await builder.scriptSnippet())[0]?.src).to.equal(`${embedInfo.cdns.unpkg}dist/mdma-widgets.js`);
  });

  it("loads the script from the page owner's own copy of dist/ by default; the CDNs say they need the published version", async () => {
    builder = await openBuilder('?element=mdma-faq');
    const cdn = builder.control<HTMLSelectElement>('#cdn');
    expect(cdn.value).to.equal('self');
    const cdnOptions = Array.from(cdn.options).filter((option) => option.value !== 'self');
    expect(cdnOptions.map((option) => option.value)).to.have.members(Object.keys(embedInfo.cdns));
    for (const option of cdnOptions) expect(option.textContent).to.include('once this version is published on npm');
    expect(builder.control('#cdn-hint').textContent).to.include('published on npm');
    const folder = builder.control('#folder');
    expect(builder.control('#folder-field').hidden).to.equal(false);
    expect(scriptTagsIn(await builder.snippet())[0]?.src).to.equal(`${defaultFolder}cdn/mdma-faq.js`);
    await typeInto(folder, '/static/w');
    expect(scriptTagsIn(await builder.snippet())[0]?.src).to.equal('/static/w/cdn/mdma-faq.js');
    // The default is not written into the page address; the folder is.
    const address = builder.window.location;
    await waitUntil(() => address.search.includes('folder='), 'the builder did not keep the folder in the address', patience);
    expect(address.search).to.not.include('cdn=');

    // The same snippet, served from the test server's own copy of dist/, renders the FAQ.
    folder.value = `${location.origin}/dist/`;
    folder.dispatchEvent(new Event('input', { bubbles: true }));
    const snippet = await builder.snippet();
    expect(scriptTagsIn(snippet)[0]?.src).to.equal(`${location.origin}/dist/cdn/mdma-faq.js`);
    // The test server recompiles the .js it serves to some engines, which the hash would refuse: here, the tag without it
    // (the other tests paste the built bytes and keep it).
    page = await embed({ body: snippet.replace(/ integrity="[^"]*"/, '') });
    await waitForRendered(page, 'mdma-faq');
    expect(page.errors).to.deep.equal([]);

    // A CDN, once this version is published: its address, and the choice kept in the page address.
    await chooseWithKeyboard(cdn, 'jsdelivr');
    expect(scriptTagsIn(await builder.snippet())[0]?.src).to.equal(`${embedInfo.cdns.jsdelivr}dist/cdn/mdma-faq.js`);
    expect(builder.control('#folder-field').hidden).to.equal(true);
    await waitUntil(
      () => address.search.includes('cdn=jsdelivr') && !address.search.includes('folder='),
      'the builder did not keep cdn=jsdelivr, without the folder, in the address',
      patience,
    );
  });

  it('restores an address that names the own copy of dist/ (cdn=self), and leaves the default out of it', async () => {
    builder = await openBuilder('?element=mdma-faq&cdn=self&folder=%2Fstatic%2Fw');
    expect(builder.control<HTMLSelectElement>('#cdn').value).to.equal('self');
    expect(builder.control('#folder').value).to.equal('/static/w');
    expect(scriptTagsIn(await builder.snippet())[0]?.src).to.equal('/static/w/cdn/mdma-faq.js');
    const address = builder.window.location;
    await waitUntil(() => !address.search.includes('cdn='), 'the default source was written into the address', patience);
    expect(new URLSearchParams(address.search).get('folder')).to.equal('/static/w');
  });

  it('builds a snippet that, pasted into a blank page, renders the chosen callout with the chosen options', async () => {
    builder = await openBuilder();
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'safety-callout');
    await typeInto(builder.control('#options [name="topic"]'), 'crisis-support');
    await typeInto(builder.control('#options [name="severity"]'), 'urgent');
    await typeInto(builder.control('#options [name="heading-level"]'), '2');
    await typeInto(builder.control('#options [name="theme"]'), 'dark');
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#lang'), 'es');

    const snippet = await builder.snippet();
    expect(snippet.split('\n')[1]).to.equal(
      '<safety-callout topic="crisis-support" severity="urgent" heading-level="2" theme="dark" lang="es"></safety-callout>',
    );

    page = await embed({ body: await pastedFrom(snippet) });
    const [callout] = await waitForRendered(page, 'safety-callout');
    const shadow = callout!.shadowRoot!;
    expect(shadow.textContent).to.include('988');
    expect(shadow.querySelector('[part~="callout-urgent"]'), 'an urgent callout').to.not.equal(null);
    expect(shadow.querySelector('h2'), 'a level 2 heading').to.not.equal(null);
    expect(shadow.querySelector<HTMLElement>('[part~="base"]')?.dataset.theme).to.equal('dark');
    expect(callout!.closest('[lang]')?.getAttribute('lang')).to.equal('es');
    // The callout's own script, and nothing else.
    expect(page.window.customElements.get('mdma-faq') === undefined, 'no other widget registered').to.equal(true);
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

    const snippet = await builder.snippet();
    expect(snippet.split('\n')[1]).to.equal(`<mdma-faq questions="${chosen.join(' ')}" open="all" searchable></mdma-faq>`);

    page = await embed({ body: `<h1>A post</h1>${await pastedFrom(snippet)}` });
    const [element] = await waitForRendered(page, 'mdma-faq');
    const toggles = Array.from(element!.shadowRoot!.querySelectorAll('[part~="toggle"]'));
    expect(toggles.map((toggle) => toggle.textContent?.trim())).to.deep.equal(
      faq.items.slice(0, 2).map((item) => item.question),
    );
    expect(toggles.map((toggle) => (toggle.parentElement as HTMLDetailsElement).open)).to.deep.equal([true, true]);
    expect(element!.shadowRoot!.querySelector('[part~="search"] input'), 'a search box').to.not.equal(null);
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings).to.deep.equal([]);
  });

  it('builds, for a page with several widgets, one script tag and a tag per widget that render together', async () => {
    builder = await openBuilder('?element=study-table&page=several');
    const scriptTag = await builder.scriptSnippet();
    const table = await builder.snippet();
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'mdma-faq');
    expect(await builder.scriptSnippet(), 'the same script for every widget').to.equal(scriptTag);
    const questions = await builder.snippet();
    expect(scriptTagsIn(questions)).to.deep.equal([]);

    page = await embed({ body: `<h1>A health portal</h1>${questions}<h2>The studies</h2>${table}${await pastedFrom(scriptTag)}` });
    await waitForRendered(page, 'mdma-faq');
    await waitForRendered(page, 'study-table');
    expect(page.errors).to.deep.equal([]);
    // One script, so no warning that it is on the page twice.
    expect(page.warnings).to.deep.equal([]);
  });

  it('writes integrity hashes that browsers enforce: a changed script is refused and registers nothing', async () => {
    builder = await openBuilder('?element=mdma-faq');
    const snippet = await builder.snippet();
    const refusedScripts = `<script>
      window.__refused = [];
      window.addEventListener('error', (event) => {
        if (event.target instanceof HTMLScriptElement) window.__refused.push(event.target.src);
      }, true);
    </script>`;
    page = await embed({ head: refusedScripts, body: await pastedFrom(snippet, { tampered: true }) });
    const refused = (page.window as unknown as { __refused: string[] }).__refused;
    await waitUntil(() => refused.length > 0, 'the changed script should be refused', patience);
    expect(page.window.customElements.get('mdma-faq') === undefined, '<mdma-faq> is not registered').to.equal(true);
    expect('MdmaWidgets' in page.window, 'the script set no global').to.equal(false);
    expect(page.document.querySelector('mdma-faq')!.shadowRoot === null, 'nothing rendered').to.equal(true);
  });

  it('escapes typed values, so a pasted snippet can never add markup to the page', async () => {
    const hostile = '"><img src=x onerror="document.title=1">&amp;';
    builder = await openBuilder();
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'study-table');
    await typeInto(builder.control('#options [name="condition"]'), hostile);

    const snippet = await builder.snippet();
    expect(snippet.split('\n')[1]).to.equal(
      '<study-table condition="&quot;&gt;&lt;img src=x onerror=&quot;document.title=1&quot;&gt;&amp;amp;"></study-table>',
    );
    page = await embed({ body: await pastedFrom(snippet) });
    await waitForRendered(page, 'study-table');
    expect(page.document.querySelector('img') === null, 'no image added').to.equal(true);
    expect(page.document.querySelector('study-table')!.getAttribute('condition')).to.equal(hostile);
    expect(page.errors).to.deep.equal([]);
  });

  describe('pre-rendered', () => {
    it('writes the widget as HTML, then its deferred script with its hash', async () => {
      builder = await openBuilder('?element=mdma-faq&searchable=&heading-level=2&lang=es');
      await chooseRadioWithKeyboard(builder, 'embed', 'prerendered');
      const snippet = await builder.snippet();
      const [fragment, scriptTag] = snippet.trimEnd().split(/\n(?=<script defer)/);
      expect(fragment).to.match(/^<mdma-faq\s[^>]*searchable[^>]*>/).and.contain('heading-level="2"').and.contain('lang="es"');
      expect(fragment).to.contain('defer-hydration').and.contain('<template shadowroot="open" shadowrootmode="open">');
      expect(scriptTagsIn(scriptTag!)).to.deep.equal([
        {
          src: `${defaultFolder}cdn/mdma-faq.js`,
          integrity: await sha384(await builtFile('dist/cdn/mdma-faq.js')),
          crossorigin: 'anonymous',
          defer: true,
        },
      ]);
      expect(builder.control('#snippet-size').textContent).to.match(/The widget’s HTML: [\d.]+ KB, [\d.]+ KB gzipped/);
      // The builder keeps the choice in the page's address as it writes the snippet; waited for, not read at once.
      const address = builder.window.location;
      await waitUntil(
        () => address.search.includes('embed=prerendered'),
        'the builder did not keep embed=prerendered in the address',
        patience,
      );
    });

    it('shows its content with scripting off, and hydrates in place at the first click with it on', async () => {
      builder = await openBuilder('?element=mdma-faq&embed=prerendered&lang=es');
      const snippet = await builder.snippet();
      // The page the snippet is pasted into takes the builder's place, in view of the mouse.
      builder.frame.remove();

      const root = (await withoutScripts(`<h1>Preguntas</h1>${await pastedFrom(snippet)}`)).querySelector('mdma-faq')!.shadowRoot!;
      expect(root, 'a declarative shadow root').to.not.equal(null);
      // Every question is a native disclosure: its answer opens at a click with scripting off.
      const items = Array.from(root.querySelectorAll<HTMLDetailsElement>('details.item'));
      expect(items).to.have.length(faq.items.length);
      const answer = items[0]!.querySelector('.answer')!;
      expect(shown(answer)).to.equal(false);
      items[0]!.querySelector('summary')!.click();
      expect(shown(answer), 'a click opens the answer').to.equal(true);
      expect(shown(root.querySelector('.show-all')!), 'no control that cannot work').to.equal(false);
      root.host.ownerDocument.defaultView!.frameElement!.remove();

      page = await embed({ head: interactionOnly, body: `<h1>Preguntas</h1>${await pastedFrom(snippet)}` });
      const element = page.document.querySelector('mdma-faq')!;
      await waitUntil(() => page!.window.customElements.get('mdma-faq'), 'the script should load', patience);
      expect(element.hasAttribute('defer-hydration')).to.equal(true);
      // "Copy link" is left out: a srcdoc frame has no web address to link to, so it goes once the FAQ is interactive.
      const before = Array.from(element.shadowRoot!.querySelectorAll('*')).filter((node) => !node.closest('.copy'));
      const first = element.shadowRoot!.querySelector<HTMLElement>('summary.toggle')!;
      await click(page, first);
      await waitUntil(() => (first.parentElement as HTMLDetailsElement).open, 'the first click should open the question', patience);
      expect(element.hasAttribute('defer-hydration')).to.equal(false);
      expect(before.filter((node) => !node.isConnected).map((node) => node.localName)).to.deep.equal([]);
      expect(element.shadowRoot!.querySelectorAll('summary.toggle')).to.have.length(faq.items.length);
      expect(element.shadowRoot!.querySelector('.show-all')!.textContent!.trim()).to.equal(faqStrings.es.showAll);
      expect(page.errors).to.deep.equal([]);
    });

    it('hydrates a pre-rendered study table with the all-in-one script, and its first click sorts', async () => {
      builder = await openBuilder('?element=study-table&embed=prerendered&page=several');
      const table = await builder.snippet();
      const scriptTag = await builder.scriptSnippet();
      expect(scriptTagsIn(table)).to.deep.equal([]);
      builder.frame.remove();

      page = await embed({ head: interactionOnly, body: `<h1>Studies</h1>${table}${await pastedFrom(scriptTag)}` });
      const element = page.document.querySelector('study-table')!;
      await waitUntil(() => page!.window.customElements.get('study-table'), 'the script should load', patience);
      const button = element.shadowRoot!.querySelector<HTMLButtonElement>('th[data-column="participants"] .sort-button')!;
      await click(page, button);
      await waitUntil(() => button.closest('th')!.getAttribute('aria-sort') === 'ascending', 'the first click should sort', patience);
      expect(element.shadowRoot!.querySelectorAll('tbody tr[data-id]')).to.have.length(studies.items.length);
      expect(element.shadowRoot!.querySelectorAll('table')).to.have.length(1);
      expect(page.errors).to.deep.equal([]);
      expect(page.warnings).to.deep.equal([]);
    });

    it('gives the style-src hashes a strict Content-Security-Policy needs for its inline styles', async () => {
      builder = await openBuilder('?element=session-timeline&embed=prerendered');
      const snippet = await builder.snippet();
      const sources = builder.control<HTMLTextAreaElement>('#csp').value;
      expect(builder.control('#csp-part').hidden).to.equal(false);
      // The timeline places its axis with style attributes, which a policy allows by hash only with 'unsafe-hashes'.
      expect(sources).to.match(/^'sha256-[A-Za-z0-9+/=]+' 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+$/);

      /** The pasted snippet in a page whose policy allows scripts from this origin and blob: only, and `style` styles. */
      async function underPolicy(style: string) {
        const policy = `default-src 'none'; script-src ${location.origin} blob:; style-src ${style}`;
        const frame = document.createElement('iframe');
        frame.style.width = '960px';
        frame.style.height = '800px';
        frame.srcdoc =
          `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
          `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
          `<script src="${location.origin}/test/fixtures/strict/recorder.js"></script></head>` +
          `<body>${await pastedFrom(snippet)}</body></html>`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        document.body.append(frame);
        await loaded;
        const win = frame.contentWindow as Window & typeof globalThis & { __violations: string[]; __errors: string[] };
        const element = frame.contentDocument!.querySelector('session-timeline')!;
        return { win, element };
      }

      const allowed = await underPolicy(sources);
      const markers = Array.from(allowed.element.shadowRoot!.querySelectorAll<HTMLElement>('.axis-marker'));
      const positions = new Set(markers.map((marker) => Math.round(marker.getBoundingClientRect().left)));
      expect(positions.size, 'markers placed along the axis before the script runs').to.be.greaterThan(5);
      expect(getComputedStyle(allowed.element).display, 'the inline stylesheet applies').to.equal('block');
      await waitUntil(() => allowed.win.customElements.get('session-timeline'), 'the script should load', patience);
      expect(allowed.win.__violations).to.deep.equal([]);
      expect(allowed.win.__errors).to.deep.equal([]);

      // Without them the same page breaks the policy: the hashes are what allows it.
      const refused = await underPolicy("'self'");
      await waitUntil(() => refused.win.__violations.length > 0, 'inline styles should be refused without the hashes', patience);
      expect(getComputedStyle(refused.element).display).to.equal('inline');
    });

    it('says so, and offers no snippet, when the server refuses the options or there is no server', async () => {
      builder = await openBuilder(`?element=mdma-faq&embed=prerendered&questions=${'x'.repeat(1001)}`);
      expect(await builder.snippet()).to.equal('');
      const error = builder.control('#snippet-error');
      expect(error.hidden).to.equal(false);
      expect(error.textContent).to.include('"questions"').and.include('1000');
      expect(builder.control<HTMLButtonElement>('#copy').disabled).to.equal(true);
      // Back to client rendering, the snippet is there again.
      await chooseRadioWithKeyboard(builder, 'embed', 'script');
      expect(await builder.snippet()).to.contain('<mdma-faq questions=');
      expect(error.hidden).to.equal(true);
      builder.frame.remove();

      // A copy of the builder on a static host, where no server answers.
      const noServer = `<script>
        const fetchFile = window.fetch.bind(window);
        window.fetch = (url, options) =>
          String(url).startsWith('/api/') ? Promise.resolve(new Response('Not found', { status: 404 })) : fetchFile(url, options);
      </script>`;
      builder = await openBuilderCopy(noServer);
      await chooseRadioWithKeyboard(builder, 'embed', 'prerendered');
      expect(await builder.snippet()).to.equal('');
      expect(builder.control('#snippet-error').textContent).to.include('npm start').and.include('prerender()');
    });

    it('shows the pre-rendered widget in the preview, hydrated by the script on the page', async () => {
      builder = await openBuilder('?element=safety-callout&topic=adulteration&embed=prerendered');
      await builder.snippet();
      const callout = await previewed(builder, 'safety-callout');
      expect(callout.getAttribute('topic')).to.equal('adulteration');
      expect(callout.hasAttribute('rendered-on'), 'the pre-rendered fragment').to.equal(true);
      expect(callout.shadowRoot?.textContent).to.include('Sources');
      callout.scrollIntoView();
      await waitUntil(() => !callout.hasAttribute('defer-hydration'), 'the preview should hydrate once the page is idle', patience);
      expect(callout.shadowRoot!.querySelectorAll('[part~="callout"]')).to.have.length(1);
    });
  });

  describe('no script', () => {
    /** Everything a sanitiser removes or a page without scripts cannot run, as found in `html`. */
    function scripted(html: string): string[] {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const found = [...html.matchAll(/<(script|style|template)\b/gi)].map((match) => `<${match[1]!.toLowerCase()}>`);
      for (const element of doc.body.querySelectorAll('*')) {
        if (element.localName.includes('-')) found.push(`<${element.localName}>`);
        for (const { name } of element.attributes) if (name === 'style' || name.startsWith('on')) found.push(`${name}=`);
      }
      return found;
    }

    it('writes a plain HTML copy of the chosen questions, with no script, style, custom element or template', async () => {
      const chosen = faq.items.slice(1, 3);
      builder = await openBuilder('?element=mdma-faq');
      // Typed first: each key in plain mode asks the server for a copy, and half an id has the server report it.
      await typeInto(builder.control('#options [name="questions"]'), chosen.map((item) => item.id).join(' '));
      await chooseRadioWithKeyboard(builder, 'embed', 'plain');

      const snippet = await builder.snippet();
      expect(scripted(snippet)).to.deep.equal([]);
      const doc = new DOMParser().parseFromString(snippet, 'text/html');
      expect(Array.from(doc.querySelectorAll('h2'), (heading) => heading.textContent)).to.deep.equal(chosen.map((item) => item.question));
      expect(doc.body.textContent).to.include('This copy was made on').and.not.include(faq.items[0]!.question);
      // A copy says it does not update itself; the stylesheet is offered apart, as optional.
      expect(builder.control('#snippet-hint').hidden).to.equal(false);
      expect(builder.control('#snippet-hint').textContent).to.include('does not update itself').and.include('This copy was made on');
      expect(builder.control('#optional-part').hidden).to.equal(false);
      expect(builder.control('#optional-label').textContent).to.include('Optional');
      expect(builder.control<HTMLTextAreaElement>('#optional-snippet').value).to.equal(
        `<link rel="stylesheet" href="${defaultFolder}plain/mdma-widgets.css">\n`,
      );
      // No script to load: neither its source nor the number of widgets on the page applies, nor a CSP hash.
      for (const part of ['#script-part', '#csp-part', '#cdn-field', '#page-options']) {
        expect(builder.control(part).hidden, `${part} hidden`).to.equal(true);
      }
      expect(builder.control('#folder-field').hidden).to.equal(false);
      expect(builder.control('#snippet-size').textContent).to.match(/The copy: [\d.]+ KB, [\d.]+ KB gzipped, and no script/);
      const address = builder.window.location;
      await waitUntil(() => address.search.includes('embed=plain'), 'the builder did not keep embed=plain in the address', patience);
    });

    it('pasted into a blank page, with or without its stylesheet, shows the content; the preview shows it too', async () => {
      builder = await openBuilder('?element=study-table&embed=plain&lang=es');
      await typeInto(builder.control('#folder'), '/dist/');
      const copy = await builder.snippet();
      const stylesheet = builder.control<HTMLTextAreaElement>('#optional-snippet').value;
      expect(stylesheet).to.equal('<link rel="stylesheet" href="/dist/plain/mdma-widgets.css">\n');
      expect(copy).to.include('lang="es"').and.include('Esta copia se hizo el');

      // The preview: the copy itself, with the stylesheet this page loads.
      await waitUntil(() => builder!.document.querySelector('#preview > .mdma-plain table'), 'the preview did not show the copy', patience);
      const previewed = builder.document.querySelector('#preview > .mdma-plain')!;
      expect(builder.window.getComputedStyle(previewed).containerType, 'the stylesheet applies').to.equal('inline-size');
      builder.frame.remove();

      // A page that allows no script at all.
      const bare = await withoutScripts(`<h1>Estudios</h1>${copy}`);
      const rows = bare.querySelectorAll('.mdma-plain table tbody tr');
      expect(rows.length).to.be.greaterThan(studies.items.length - 1);
      for (const study of studies.items) expect(bare.body.textContent).to.include(study.name);
      expect(shown(bare.querySelector('table')!)).to.equal(true);
      bare.defaultView!.frameElement!.remove();

      // A page that allows the stylesheet.
      page = await embed({ lang: 'es', head: stylesheet, body: `<h1>Estudios</h1>${copy}` });
      const root = page.document.querySelector<HTMLElement>('.mdma-plain')!;
      await waitUntil(() => page!.window.getComputedStyle(root).containerType === 'inline-size', 'the stylesheet did not apply', patience);
      expect(page.document.querySelectorAll('.mdma-plain table tbody tr')).to.have.length(rows.length);
      expect(page.errors).to.deep.equal([]);
    });
  });

  describe('in an iframe', () => {
    /** The one iframe of a snippet, as its attributes say. */
    function frameIn(snippet: string): HTMLIFrameElement {
      const frames = new DOMParser().parseFromString(snippet, 'text/html').querySelectorAll('iframe');
      expect(frames, 'one iframe').to.have.length(1);
      return frames[0]!;
    }

    /** The title of the embed page for `tag`, as the build wrote it. */
    async function pageTitle(tag: string): Promise<string> {
      const response = await fetch(`/dist/embed/${tag}.html`);
      return new DOMParser().parseFromString(await response.text(), 'text/html').title;
    }

    it('writes an iframe of the embed page, titled, with the options in its address, and resize.js apart', async () => {
      const chosen = faq.items.slice(0, 2).map((item) => item.id);
      builder = await openBuilder('?element=mdma-faq');
      await chooseRadioWithKeyboard(builder, 'embed', 'iframe');
      await typeInto(builder.control('#options [name="questions"]'), chosen.join(' '));
      builder.control('#options [name="searchable"]').focus();
      await sendKeys({ press: ' ' });
      await chooseWithKeyboard(builder.control<HTMLSelectElement>('#lang'), 'es');

      const snippet = await builder.snippet();
      expect(scriptTagsIn(snippet), 'no script in the iframe snippet').to.deep.equal([]);
      const frame = frameIn(snippet);
      expect(frame.getAttribute('src')).to.equal(`${defaultFolder}embed/mdma-faq.html?questions=${chosen.join('+')}&searchable&lang=es`);
      expect(frame.title).to.include('MDMA').and.include('terapia');
      expect(frame.getAttribute('height')).to.equal('720');
      expect(frame.getAttribute('style')).to.equal('width: 100%; border: 0');
      expect(frame.getAttribute('loading')).to.equal('lazy');
      expect(builder.control<HTMLTextAreaElement>('#optional-snippet').value).to.equal(
        `<script defer src="${defaultFolder}embed/resize.js"></script>\n`,
      );
      expect(builder.control('#optional-label').textContent).to.include('Optional');
      for (const part of ['#script-part', '#csp-part', '#page-options']) {
        expect(builder.control(part).hidden, `${part} hidden`).to.equal(true);
      }

      // A CDN serves HTML as text: the iframe stays on the owner's copy of dist/, and the hint says so.
      expect(builder.control('#cdn-iframe-hint').hidden).to.equal(true);
      await chooseWithKeyboard(builder.control<HTMLSelectElement>('#cdn'), 'unpkg');
      expect(frameIn(await builder.snippet()).getAttribute('src')).to.match(new RegExp(`^${defaultFolder}embed/mdma-faq\\.html\\?`));
      expect(builder.control('#cdn-iframe-hint').hidden).to.equal(false);
      expect(builder.control('#cdn').getAttribute('aria-describedby')).to.include('cdn-iframe-hint');
      expect(builder.control('#folder-field').hidden).to.equal(false);
      const address = builder.window.location;
      await waitUntil(() => address.search.includes('embed=iframe'), 'the builder did not keep embed=iframe in the address', patience);
    });

    it("gives each widget its height and, in English, the title of its embed page", async () => {
      builder = await openBuilder('?embed=iframe&lang=en');
      const select = builder.control<HTMLSelectElement>('#element');
      const heights: Record<string, string> = {
        'mdma-faq': '720',
        'safety-callout': '450',
        'study-table': '600',
        'session-timeline': '600',
      };
      for (const tag of widgetTags) {
        select.value = tag;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const frame = frameIn(await builder.snippet());
        expect(frame.getAttribute('src')).to.equal(`${defaultFolder}embed/${tag}.html?lang=en`);
        expect(frame.getAttribute('height'), tag).to.equal(heights[tag]);
        expect(frame.title, tag).to.equal(await pageTitle(tag));
      }
    });

    it('pasted into a blank page with resize.js, renders the widget with its options, as high as its content', async () => {
      const chosen = faq.items.slice(0, 3).map((item) => item.id);
      builder = await openBuilder(`?element=mdma-faq&embed=iframe&searchable=&questions=${chosen.join('+')}`);
      await typeInto(builder.control('#folder'), '/dist/');
      const snippet = `${await builder.snippet()}${builder.control<HTMLTextAreaElement>('#optional-snippet').value}`;
      expect(frameIn(snippet).getAttribute('src')).to.match(/^\/dist\/embed\/mdma-faq\.html\?/);
      builder.frame.remove();

      page = await embed({ body: `<h1>A post</h1>${snippet}<p>After the widget.</p>` });
      const frame = page.document.querySelector('iframe')!;
      const widget = () => frame.contentDocument?.querySelector('mdma-faq');
      const toggles = () => Array.from(widget()?.shadowRoot?.querySelectorAll<HTMLElement>('summary.toggle') ?? []);
      await waitUntil(() => toggles().length === chosen.length, 'the iframe did not render the chosen questions', { timeout: 10000 });
      expect(toggles().map((toggle) => toggle.textContent?.trim())).to.deep.equal(faq.items.slice(0, 3).map((item) => item.question));
      expect(widget()!.shadowRoot!.querySelector('[part~="search"] input'), 'a search box').to.not.equal(null);

      /** The iframe's height and its page's, which resize.js makes the same. */
      const heights = () => [frame.getBoundingClientRect().height, Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height)];
      const fitted = () => heights()[1]! > 0 && heights()[0] === heights()[1];
      await waitUntil(fitted, `the iframe did not take its content's height (${heights()})`, { timeout: 10000 });
      const closed = heights()[0]!;
      expect(closed, 'not the height the snippet gives').to.not.equal(720);

      // Opening an answer makes the page longer, and the iframe with it.
      toggles()[0]!.click();
      await waitUntil(() => fitted() && heights()[0]! > closed, `the iframe did not grow with its content (${heights()})`, {
        timeout: 10000,
      });
      expect(page.errors).to.deep.equal([]);
    });

    it('shows the embed page in the preview, sized to its widget by resize.js', async () => {
      builder = await openBuilder('?element=safety-callout&topic=adulteration&embed=iframe&folder=%2Felsewhere%2F');
      await builder.snippet();
      expect(builder.control<HTMLInputElement>('#embed-iframe').checked, 'restored from the address').to.equal(true);
      const frame = builder.document.querySelector<HTMLIFrameElement>('#preview > iframe')!;
      expect(frame, 'an iframe in the preview').to.not.equal(null);
      // The preview shows this server's dist/, whatever folder the snippet names.
      expect(frame.getAttribute('src')).to.equal('/dist/embed/safety-callout.html?topic=adulteration');
      expect(frame.title).to.equal(await pageTitle('safety-callout'));
      const callout = () => frame.contentDocument?.querySelector('safety-callout')?.shadowRoot?.textContent ?? '';
      await waitUntil(() => callout().includes('Sources'), 'the preview did not show the callout', { timeout: 10000 });
      const bodyHeight = () => Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
      await waitUntil(
        () => bodyHeight() > 0 && frame.getBoundingClientRect().height === bodyHeight(),
        'resize.js did not size the preview',
        { timeout: 10000 },
      );
    });
  });

  it('refuses, at its endpoint, anything but our widgets and their documented attributes', async () => {
    const ask = async (query: string) => {
      const response = await fetch(`/api/prerender?${query}`);
      return { status: response.status, body: (await response.json()) as { error?: string; html?: string } };
    };
    expect((await ask('element=script')).body.error).to.include('"element"');
    expect((await ask('element=mdma-widgets-provider')).status).to.equal(400);
    const handler = await ask('element=mdma-faq&onmouseover=alert(1)');
    expect(handler.status).to.equal(400);
    expect(handler.body.error).to.include('"onmouseover"').and.include('<mdma-faq>');
    expect((await ask('element=mdma-faq&defer-hydration=')).status, 'only documented attributes').to.equal(400);
    expect((await ask('element=mdma-faq&lang=%22%3E%3Cscript%3E')).body.error).to.include('"lang"');
    expect((await ask('element=mdma-faq&theme=dark&theme=light')).body.error).to.include('more than once');
    const format = await ask('element=mdma-faq&format=bogus');
    expect(format.status).to.equal(400);
    expect(format.body.error).to.include('"format"').and.include('plain');
    const plain = await ask('element=mdma-faq&format=plain');
    expect(plain.status).to.equal(200);
    expect(Object.keys(plain.body), 'no CSP hashes for a copy with no style').to.have.members(['html', 'bytes', 'gzip']);
    expect((await ask(`element=mdma-faq&open=${'a'.repeat(5000)}`)).status).to.equal(414);
    expect((await fetch('/api/prerender?element=mdma-faq', { method: 'POST' })).status).to.equal(405);

    const hostile = await ask(`element=study-table&condition=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
    expect(hostile.status).to.equal(200);
    const doc = new DOMParser().parseFromString(hostile.body.html!, 'text/html');
    expect(doc.querySelector('img') === null, 'no image added').to.equal(true);
    expect(doc.querySelector('study-table')!.getAttribute('condition')).to.equal('"><img src=x onerror=alert(1)>');
  });

  it('shows the chosen widget live in the preview, re-created on every change', async () => {
    builder = await openBuilder();
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'session-timeline');
    builder.control('#options [name="compact"]').focus();
    await sendKeys({ press: ' ' });
    const preview = builder.control('#preview');
    const widget = await previewed(builder, 'session-timeline[compact]');

    // The width of the preview is not an option of the widget: the same element, narrower.
    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#preview-width'), 'narrow');
    expect(preview.getBoundingClientRect().width).to.be.lessThan(400);
    expect(preview.querySelector('session-timeline') === widget, 'the same element').to.equal(true);
  });

  it('can be used with the keyboard alone, and announces "Copied" politely', async () => {
    builder = await openBuilder();
    const copied: string[] = [];
    Object.defineProperty(builder.window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    // Every control Tab should reach: of each group of radio buttons, the checked one (arrows move within the group).
    const formControls = Array.from(
      builder.document.querySelectorAll<HTMLInputElement>('#builder-form select, #builder-form input'),
    ).filter((control) => control.checkVisibility() && (control.type !== 'radio' || control.checked));
    const copyButton = builder.control('#copy');

    builder.control('#element').focus();
    const visited = [builder.document.activeElement];
    for (let press = 0; press < 40 && builder.document.activeElement !== copyButton; press += 1) {
      await sendKeys({ press: 'Tab' });
      visited.push(builder.document.activeElement);
    }
    // Compared by id: reporting a failed assertion about elements of another frame can stall the test run.
    const visitedIds = visited.map((element) => element?.id);
    for (const control of [...formControls, builder.control('#snippet'), copyButton]) {
      expect(visitedIds, `Tab reaches ${control.id}`).to.include(control.id);
    }

    await sendKeys({ press: 'Enter' });
    const status = builder.control('#copy-status');
    await waitUntil(() => status.textContent === 'Copied', 'no "Copied" announcement', patience);
    expect(status.getAttribute('role')).to.equal('status');
    expect(copied).to.deep.equal([await builder.snippet()]);

    await chooseRadioWithKeyboard(builder, 'page', 'several');
    builder.control('#copy-script').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent === 'Copied the script tag', 'no announcement for the script tag', patience);
    expect(copied[1]).to.equal(await builder.scriptSnippet());
  });

  it('restores its choices from the page address, so a set-up can be shared', async () => {
    builder = await openBuilder('?element=study-table&compact=&sort=participants&lang=es&cdn=unpkg&page=several');
    expect(builder.control<HTMLSelectElement>('#element').value).to.equal('study-table');
    expect(builder.control('#options [name="compact"]').checked).to.equal(true);
    expect(builder.control('#page-several').checked).to.equal(true);
    expect(await builder.scriptSnippet()).to.include(`src="${embedInfo.cdns.unpkg}dist/mdma-widgets.js"`);
    expect(await builder.snippet()).to.equal('<study-table sort="participants" compact lang="es"></study-table>\n');
  });

  for (const search of [
    '?element=safety-callout',
    '?element=mdma-faq&embed=prerendered&page=several&cdn=unpkg',
    '?element=study-table&embed=plain',
    '?element=mdma-faq&embed=iframe&cdn=jsdelivr',
  ]) {
    it(`has no axe violations (${search})`, async function () {
      // axe checks the whole builder page, preview included: in WebKit that alone takes several seconds.
      this.timeout(30000);
      builder = await openBuilder(search);
      await builder.snippet();
      /** The preview's text: the widget's shadow root, the plain copy, or the page in the iframe. */
      const previewText = () => {
        const shown = builder!.document.querySelector('#preview > *');
        // Compared by name: the preview's elements belong to the builder's window, not this one.
        const inFrame = shown?.localName === 'iframe' ? (shown as HTMLIFrameElement).contentDocument : undefined;
        const root = inFrame ? inFrame.querySelector(widgetTags.join())?.shadowRoot : shown?.shadowRoot;
        return (root ?? shown)?.textContent?.trim();
      };
      await waitUntil(previewText, 'no preview', patience);
      const script = builder.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      builder.document.head.append(script);
      await loaded;
      const axe = (builder.window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string }[] }> } }).axe;
      const { violations } = await axe.run(builder.document);
      expect(violations.map((violation) => violation.id)).to.deep.equal([]);
    });
  }

  it('works under a strict Content-Security-Policy, with no inline script or style', async () => {
    // The test server's origin stands for 'self', which Firefox does not match for a srcdoc page.
    const self = location.origin;
    const policy = `<meta http-equiv="Content-Security-Policy" content="default-src ${self}; script-src ${self}; style-src ${self}">`;
    // The recorder (an external script, allowed by the policy) keeps every violation reported from then on.
    builder = await openBuilderCopy(`${policy}<script src="/test/fixtures/strict/recorder.js"></script>`);

    await chooseWithKeyboard(builder.control<HTMLSelectElement>('#element'), 'study-table');
    await previewed(builder, 'study-table');
    expect(getComputedStyle(builder.control('#copy')).backgroundColor, 'builder.css applies').to.equal('rgb(0, 94, 184)');
    const recorded = builder.window as unknown as { __violations: string[]; __errors: string[] };
    expect(recorded.__violations).to.deep.equal([]);
    expect(recorded.__errors).to.deep.equal([]);
  });
});
