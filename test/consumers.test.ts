/**
 * The package as users get it: what `npm pack` ships, and small apps made the way users make them (Vite + React 19 +
 * TypeScript, the same with React 18, Vite + Vue 3 + vue-tsc, a strict TypeScript page, Eleventy 3 and 2 sites from the
 * recipe in docs/site-generators.md) that install the packed tarball, type-check with no declarations of their own, build, and run here. The server does the packing and building once per run (see
 * test/consumers/harness.js); the built pages are served at /consumers/<app>/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { faq, safety, sessions, studies } from '../src/data/index.js';
import { embedDocument, type EmbeddedPage } from './embed.js';

interface Step {
  readonly name: string;
  readonly command: string;
  readonly ok: boolean;
  readonly seconds: number;
  readonly output: string;
}

interface ConsumerResults {
  readonly seconds: number;
  readonly pack: { readonly size: number; readonly files: readonly { readonly path: string; readonly size: number }[] };
  readonly apps: Readonly<Record<string, { readonly steps: readonly Step[]; readonly built: boolean }>>;
  readonly publicTypes?: { readonly checked: number; readonly missing: readonly string[] };
}

type Answer = { readonly done: false } | { readonly done: true; readonly results?: ConsumerResults; readonly error?: string };

/** Asks the server until the packing and building are done (each answer comes within 20 seconds). */
async function consumerResults(): Promise<ConsumerResults> {
  for (;;) {
    const answer = await executeServerCommand<Answer, undefined>('consumer-apps');
    if (!answer?.done) continue;
    if (answer.error !== undefined || answer.results === undefined) throw new Error(answer.error ?? 'no results');
    return answer.results;
  }
}

let results: ConsumerResults;

before(async function () {
  // Packing, installing three apps and building them takes about a minute, longer on a cold npm cache.
  this.timeout(15 * 60 * 1000);
  results = await consumerResults();
});

/** The built app loaded as a page, with what it logs recorded from its first script. */
async function openApp(app: string): Promise<EmbeddedPage> {
  const response = await fetch(`/consumers/${app}/`);
  expect(response.ok, `the ${app} build is not served`).to.equal(true);
  // Its addresses are relative to the build folder, which the page's own address is not.
  const html = (await response.text())
    .replaceAll('="./', `="/consumers/${app}/`)
    .replace(/<head[^>]*>/i, (head) => `${head}<base href="/consumers/${app}/">`);
  return embedDocument(html);
}

/** Waits for `condition`: generously, as the browsers share the machine with the apps' builds. */
const until = (condition: () => boolean, message: string) => waitUntil(condition, message, { timeout: 10000 });

/** Waits until `selector` in `page` is an element whose shadow root has rendered `text`. */
async function rendered(page: EmbeddedPage, selector: string, text = ''): Promise<HTMLElement> {
  const shown = () => page.document.querySelector(selector)?.shadowRoot?.textContent?.trim() ?? '';
  await until(() => shown().length > 20 && shown().includes(text), `${selector} did not render${text ? ` "${text}"` : ''}`);
  return page.document.querySelector<HTMLElement>(selector)!;
}

/** Focuses `control` (inside a shadow root of the page) and presses `key`, as a keyboard user does. */
async function press(control: HTMLElement | null | undefined, key: string): Promise<void> {
  if (!control) expect.fail('the control to press is not there');
  control.focus();
  await sendKeys({ press: key });
}

const outputText = (page: EmbeddedPage, id: string) => page.document.getElementById(id)?.textContent ?? '';
const headingsOf = (element: HTMLElement, selector: string) =>
  Array.from(element.shadowRoot!.querySelectorAll(selector), (heading) => heading.localName);

/** Console output the page's owner should not see; the notice that content is due for review is expected in time. */
function unexpectedMessages(page: EmbeddedPage): string[] {
  return [...page.errors, ...page.warnings.filter((warning) => !warning.includes('was due for review'))];
}

describe('npm pack', () => {
  let packageJson: {
    exports: Record<string, string | Record<string, string>>;
    main: string;
    types: string;
    customElements: string;
    scripts: Record<string, string>;
  };
  let shipped: string[];

  before(async () => {
    packageJson = await (await fetch('/package.json')).json();
    shipped = results.pack.files.map((file) => file.path);
  });

  it('builds before it packs, so a fresh clone packs the built files', () => {
    expect(packageJson.scripts['prepack']).to.equal('npm run build');
  });

  it('ships the built files, the readme and the pages of docs/, the changelog and the licence, and nothing else', () => {
    const documentation = (path: string) => /^docs\/[a-z0-9-]+\.md$/.test(path);
    const outside = shipped.filter(
      (path) => !path.startsWith('dist/') && !documentation(path) && !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(path),
    );
    expect(outside, 'files outside dist/ and docs/').to.deep.equal([]);
    for (const path of ['README.md', 'CHANGELOG.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'dist/mdma-widgets.js', 'dist/react.js', 'dist/react.d.ts', 'dist/frameworks.d.ts']) {
      expect(shipped, path).to.include(path);
    }
  });

  it('ships every page of docs/ that the readme links to, so that its links work in node_modules too', async () => {
    const readme = await (await fetch('/README.md')).text();
    const linked = [...new Set(Array.from(readme.matchAll(/\]\((docs\/[^)#\s]+\.md)(?:#[^)\s]*)?\)/g), ([, path]) => path!))];
    expect(linked, 'pages of docs/ the readme links to').to.have.length.above(0);
    expect(linked.filter((path) => !shipped.includes(path)), 'linked but not shipped').to.deep.equal([]);
  });

  it('leaves out tests and the demo page files, and ships the pre-rendered fragments, the plain copies and the embed pages', () => {
    const tags = ['mdma-faq', 'safety-callout', 'session-timeline', 'study-table'];
    const html = shipped.filter((path) => path.endsWith('.html'));
    expect(html.sort()).to.deep.equal(
      ['embed', 'plain', 'prerendered'].flatMap((folder) => tags.map((tag) => `dist/${folder}/${tag}.html`)),
    );
    expect(shipped.filter((path) => path.startsWith('dist/plain/') && !path.endsWith('.html'))).to.deep.equal(['dist/plain/mdma-widgets.css']);
    expect(shipped.filter((path) => path.startsWith('dist/embed/') && !path.endsWith('.html')).sort()).to.deep.equal([
      'dist/embed/frame.js',
      'dist/embed/resize.js',
    ]);
    expect(shipped.filter((path) => /\.test\.|(^|\/)demo\/|embed\.json$|stories/.test(path))).to.deep.equal([]);
  });

  it('ships every file package.json points to', () => {
    const targets = [packageJson.main, packageJson.types, packageJson.customElements].map((path) => path.replace(/^\.\//, ''));
    for (const target of Object.values(packageJson.exports)) {
      for (const path of typeof target === 'string' ? [target] : Object.values(target)) targets.push(path.replace(/^\.\//, ''));
    }
    const missing = targets.filter((path) => path !== 'package.json' && !shipped.includes(path));
    expect(missing).to.deep.equal([]);
  });

  it('ships a custom elements manifest of the elements, without the bundled content', async () => {
    const manifest = await (await fetch(`/${packageJson.customElements}`)).text();
    const modules = (JSON.parse(manifest) as { modules: { path: string }[] }).modules.map((module) => module.path);
    expect(modules.filter((path) => path.startsWith('src/data/'))).to.deep.equal([]);
    expect(manifest).to.include('"tagName":"mdma-faq"');
    // The content itself (an answer, a study's findings) is not in it.
    expect(manifest).not.to.include(faq.items[0]!.question);
    expect(manifest).not.to.include(studies.items[0]!.findings);
    const size = results.pack.files.find((file) => file.path === packageJson.customElements)?.size ?? Infinity;
    expect(size, 'bytes').to.be.below(60 * 1024);
  });

  it('exports every type a user meets from the package root', () => {
    if (!results.publicTypes) expect.fail('the public types were not checked: the strict app did not install');
    expect(results.publicTypes.missing).to.deep.equal([]);
    // Element classes, host data shapes, event details and maps, framework props: dozens of them.
    expect(results.publicTypes.checked).to.be.above(40);
  });
});

describe('apps that install the packed package', () => {
  for (const app of ['react19-ts', 'react18-ts', 'vue3', 'strict-ts']) {
    it(`${app}: installs from its lockfile, type-checks with no declarations of its own, and builds`, () => {
      const steps = results.apps[app]?.steps ?? [];
      const failed = steps.find((step) => !step.ok);
      expect(failed, failed && `${failed.name} (${failed.command}) failed:\n${failed.output}`).to.equal(undefined);
      expect(steps.map((step) => step.name)).to.include('type-check and build');
      expect(results.apps[app]!.built, 'dist/index.html').to.equal(true);
    });
  }

  for (const app of ['vue3', 'strict-ts']) {
    it(`${app}: uses no React, and the package brings it none (react, react-dom, @lit/react, @types/react)`, () => {
      const check = results.apps[app]?.steps.find((step) => step.name === 'no React package installed');
      if (!check) expect.fail(`${app} was not checked for React packages`);
      expect(check.ok, check.output).to.equal(true);
    });
  }
});

describe('React 19 app', function () {
  // Each test waits for several renders and events in a built app.
  this.timeout(60000);
  let page: EmbeddedPage;
  before(async () => {
    page = await openApp('react19-ts');
  });
  after(() => page?.remove());

  it('renders every tag with its attributes, its properties and host data', async () => {
    const questions = await rendered(page, '#native-faq', 'How do I book an assessment with the clinic?');
    expect(questions.className).to.equal('clinic-faq');
    // heading-level="2", an attribute; the clinic's question after the bundled ones, a property.
    expect(new Set(headingsOf(questions, '[part~="question"]'))).to.deep.equal(new Set(['h2']));
    await until(() => outputText(page, 'question-count') === String(faq.items.length + 1), 'the ref did not reach the element');

    const table = await rendered(page, '#native-studies');
    expect(table.shadowRoot!.querySelector('th[data-column="participants"]')?.getAttribute('aria-sort')).to.equal('descending');
    expect(Array.from(table.shadowRoot!.querySelectorAll('th[data-column]'), (cell) => cell.getAttribute('data-column'))).to.deep.equal([
      'study',
      'participants',
      'outcome',
    ]);

    // Inside a dark provider: its theme and its host data reach the widgets.
    const timeline = await rendered(page, '#native-timeline');
    expect(timeline.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('data-theme')).to.equal('dark');
    expect(new Set(headingsOf(timeline, '.step-heading'))).to.deep.equal(new Set(['h3']));
    const callout = await rendered(page, '#native-callout', 'Ask our team which treatments we offer.');
    const callouts = Array.from(callout.shadowRoot!.querySelectorAll('[part~="callout"]'));
    expect(callouts.map((section) => section.getAttribute('data-severity'))).to.deep.equal(['warning', 'warning']);
    expect(new Set(headingsOf(callout, '[part~="heading"]'))).to.deep.equal(new Set(['h2']));

    // The FAQ under the clinic's own name, typed as docs/frameworks.md shows.
    const renamed = await rendered(page, 'clinic-faq', 'How do I book an assessment with the clinic?');
    expect(renamed.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
    expect(new Set(headingsOf(renamed, '[part~="question"]'))).to.deep.equal(new Set(['h3']));
    expect(unexpectedMessages(page)).to.deep.equal([]);
  });

  it('hands each element event to the React handler written on the tag', async () => {
    const questions = await rendered(page, '#native-faq');
    await press(questions.shadowRoot!.querySelector<HTMLElement>('[part~="item"][data-id="clinic-booking"] > [part~="toggle"]'), 'Enter');
    await until(() => outputText(page, 'faq-toggles') === 'clinic-booking opened by question', 'the toggle did not reach React');

    const table = await rendered(page, '#native-studies');
    await press(table.shadowRoot!.querySelector<HTMLElement>('th[data-column="outcome"] [part~="sort-button"]'), 'Enter');
    await until(() => outputText(page, 'study-sorts') === 'outcome ascending', 'the sort did not reach React');

    const timeline = await rendered(page, '#native-timeline');
    await press(timeline.shadowRoot!.querySelector<HTMLElement>('[data-step="dosing-1"] [part~="step-toggle"]'), 'Enter');
    await until(() => outputText(page, 'timeline-toggles') === 'dosing-1 true', 'the step toggle did not reach React');
    expect(unexpectedMessages(page)).to.deep.equal([]);
  });

  it('renders the @lit/react components with their props, and calls their event handlers', async () => {
    const questions = await rendered(page, '#wrapped-faq', faq.items.find((item) => item.id === 'is-it-safe')!.question);
    expect(questions.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(2);
    expect(new Set(headingsOf(questions, '[part~="question"]'))).to.deep.equal(new Set(['h3']));
    expect(questions.hasAttribute('exclusive')).to.equal(true);
    await press(questions.shadowRoot!.querySelector<HTMLElement>('[part~="item"][data-id="is-it-safe"] > [part~="toggle"]'), 'Enter');
    await until(() => outputText(page, 'wrapped-faq-toggles') === 'is-it-safe true', 'the toggle did not reach the handler prop');

    const table = await rendered(page, '#wrapped-studies');
    const phase3 = studies.items.filter((study) => study.phase === 3).map((study) => study.id);
    expect(Array.from(table.shadowRoot!.querySelectorAll('tbody tr[data-id]'), (row) => row.getAttribute('data-id'))).to.have.members(phase3);
    await press(table.shadowRoot!.querySelector<HTMLElement>('th[data-column="participants"] [part~="sort-button"]'), 'Enter');
    await until(() => outputText(page, 'wrapped-study-sorts') === 'participants', 'the sort did not reach the handler prop');
    await rendered(page, '#wrapped-timeline');
    await rendered(page, '#wrapped-callout');
    expect(unexpectedMessages(page)).to.deep.equal([]);
  });
});

describe('React 18 app, through the @lit/react components', function () {
  // Each test waits for several renders and events in a built app.
  this.timeout(60000);
  let page: EmbeddedPage;
  before(async () => {
    page = await openApp('react18-ts');
  });
  after(() => page?.remove());

  it('sets objects, arrays and numbers as properties, which React 18 alone would write as attributes', async () => {
    const questions = await rendered(page, '#faq', 'How do I book an assessment with the clinic?');
    expect(questions.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(2);
    expect(new Set(headingsOf(questions, '[part~="question"]'))).to.deep.equal(new Set(['h2']));
    expect(questions.hasAttribute('data')).to.equal(false);

    const table = await rendered(page, '#studies');
    const phase3 = studies.items.filter((study) => study.phase === 3).map((study) => study.id);
    expect(Array.from(table.shadowRoot!.querySelectorAll('tbody tr[data-id]'), (row) => row.getAttribute('data-id'))).to.have.members(phase3);
    expect(table.shadowRoot!.querySelector('th[data-column="participants"]')?.getAttribute('aria-sort')).to.equal('descending');

    const timeline = await rendered(page, '#timeline');
    expect(timeline.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('data-theme')).to.equal('dark');
    const callout = await rendered(page, '#callout');
    expect(callout.shadowRoot!.querySelectorAll('[part~="callout"]')).to.have.length(2);
    expect(new Set(headingsOf(callout, '[part~="heading"]'))).to.deep.equal(new Set(['h3']));
    expect(unexpectedMessages(page)).to.deep.equal([]);
  });

  it('hands each element event to its on<EventName> prop', async () => {
    const questions = await rendered(page, '#faq');
    await press(questions.shadowRoot!.querySelector<HTMLElement>('[part~="item"][data-id="clinic-booking"] > [part~="toggle"]'), 'Enter');
    await until(() => outputText(page, 'faq-toggles') === 'clinic-booking opened', 'the toggle did not reach React');
    const table = await rendered(page, '#studies');
    await press(table.shadowRoot!.querySelector<HTMLElement>('th[data-column="outcome"] [part~="sort-button"]'), 'Enter');
    await until(() => outputText(page, 'study-sorts') === 'outcome ascending', 'the sort did not reach React');
    // Every event of every element has its prop (the component's type asks for each): the details too.
    const firstStudy = table.shadowRoot!.querySelector<HTMLElement>('tbody tr[data-id]')!.dataset['id'];
    await press(table.shadowRoot!.querySelector<HTMLElement>('tbody tr[data-details-for] [part~="details-button"]'), 'Enter');
    await until(() => outputText(page, 'study-details') === `${firstStudy} opened`, 'the details toggle did not reach React');
    expect(unexpectedMessages(page)).to.deep.equal([]);
  });
});

describe('Vue 3 app', function () {
  // Each test waits for several renders and events in a built app.
  this.timeout(60000);
  let page: EmbeddedPage;
  before(async () => {
    page = await openApp('vue3');
  });
  after(() => page?.remove());

  it('renders every tag with its attributes and bound properties', async () => {
    const questions = await rendered(page, '#vue-faq', 'Who can I ask about this page?');
    expect(new Set(headingsOf(questions, '[part~="question"]'))).to.deep.equal(new Set(['h2']));
    // The host's list block, as a list.
    expect(questions.shadowRoot!.querySelector('[part~="item"][data-id="portal-help"] [part~="answer"] ul')?.textContent).to.include('By email');
    await until(() => outputText(page, 'question-count') === '1', 'the template ref did not reach the element');

    const table = await rendered(page, '#vue-studies');
    const phase3 = studies.items.filter((study) => study.phase === 3).map((study) => study.id);
    expect(Array.from(table.shadowRoot!.querySelectorAll('tbody tr[data-id]'), (row) => row.getAttribute('data-id'))).to.have.members(phase3);
    expect(table.shadowRoot!.querySelector('th[data-column="outcome"]')?.getAttribute('aria-sort')).to.equal('descending');

    await rendered(page, '#vue-timeline');
    const callout = await rendered(page, '#vue-callout');
    expect(new Set(headingsOf(callout, '[part~="heading"]'))).to.deep.equal(new Set(['h2']));
    // The FAQ under the portal's own name, typed as docs/frameworks.md shows.
    const renamed = await rendered(page, 'portal-faq', 'Who can I ask about this page?');
    expect(renamed.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
    expect(unexpectedMessages(page)).to.deep.equal([]);
  });

  it('hands each element event to the Vue handler', async () => {
    const questions = await rendered(page, '#vue-faq');
    await press(questions.shadowRoot!.querySelector<HTMLElement>('[part~="item"][data-id="portal-help"] > [part~="toggle"]'), 'Enter');
    await until(() => outputText(page, 'faq-toggles') === 'portal-help opened by question', 'the toggle did not reach Vue');
    const table = await rendered(page, '#vue-studies');
    await press(table.shadowRoot!.querySelector<HTMLElement>('th[data-column="participants"] [part~="sort-button"]'), 'Enter');
    await until(() => outputText(page, 'study-sorts') === 'participants ascending', 'the sort did not reach Vue');
    expect(unexpectedMessages(page)).to.deep.equal([]);
  });
});

describe('strict TypeScript page', function () {
  // Each test waits for several renders and events in a built app.
  this.timeout(60000);
  let page: EmbeddedPage;
  before(async () => {
    page = await openApp('strict-ts');
  });
  after(() => page?.remove());

  it('sets host data and attributes through typed properties', async () => {
    const questions = await rendered(page, '#faq', 'Who checks this article?');
    expect(questions.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(3);
    const table = await rendered(page, '#studies');
    expect(table.shadowRoot!.querySelectorAll('tbody tr[data-id]')).to.have.length(studies.items.filter((study) => study.phase === 3).length);
    expect(unexpectedMessages(page)).to.deep.equal([]);
  });

  it('hears an element event on the element, the document and the window', async () => {
    const questions = await rendered(page, '#faq');
    await press(questions.shadowRoot!.querySelector<HTMLElement>('[part~="item"][data-id="about-this-article"] > [part~="toggle"]'), 'Enter');
    await until(() => outputText(page, 'heard').includes('window'), 'the toggle did not reach the window');
    expect(outputText(page, 'heard')).to.equal(
      'element about-this-article true; document about-this-article question; window about-this-article',
    );
    const timeline = await rendered(page, '#timeline');
    await press(timeline.shadowRoot!.querySelector<HTMLElement>('[data-step="dosing-1"] [part~="step-toggle"]'), 'Enter');
    await until(() => outputText(page, 'heard').endsWith('step dosing-1'), 'the step toggle did not reach the window');
  });
});

describe('Eleventy sites made from the documentation', function () {
  // The built page waits for its widget to hydrate.
  this.timeout(60000);

  /** Each page the documented templates make, with the widgets it shows and a text each one renders. */
  const pages = [
    { path: '', widgets: { 'mdma-faq': faq.items[0]!.question, 'study-table': studies.items[0]!.name } },
    { path: 'safety/', widgets: { 'safety-callout': safety.items.find((item) => item.id === 'clinical-setting')!.heading } },
    { path: 'timeline/', widgets: { 'session-timeline': sessions.items[0]!.name }, only: 'eleventy3' },
  ];

  for (const app of ['eleventy3', 'eleventy2']) {
    it(`${app}: installs from its lockfile and builds the documented configuration and templates`, () => {
      const steps = results.apps[app]?.steps ?? [];
      const failed = steps.find((step) => !step.ok);
      expect(failed, failed && `${failed.name} (${failed.command}) failed:\n${failed.output}`).to.equal(undefined);
      expect(steps.map((step) => step.name)).to.include.members(['files from the documentation', 'no React package installed', 'type-check and build']);
      expect(results.apps[app]!.built, 'dist/index.html').to.equal(true);
    });

    it(`${app}: writes each widget pre-rendered where the shortcode stands, and the one script its page needs`, async () => {
      for (const { path, widgets, only } of pages) {
        if (only && only !== app) continue;
        const response = await fetch(`/consumers/${app}/${path}`);
        expect(response.ok, `/${path} was not built`).to.equal(true);
        const html = await response.text();
        // Asked as yes or no: a failure that quoted the page would quote all of it.
        expect(html.includes('[object Promise]'), `/${path} has "[object Promise]"`).to.equal(false);
        for (const [tag, text] of Object.entries(widgets)) {
          const prerendered = new RegExp(`<${tag}\\s[^>]*defer-hydration[^>]*><template [^>]*shadowrootmode="open"`);
          expect(prerendered.test(html), `/${path}: ${tag} with its declarative shadow root`).to.equal(true);
          expect(html.includes(text), `/${path}: ${tag} shows "${text}"`).to.equal(true);
        }
        const tags = Object.keys(widgets);
        const script = `<script defer src="/mdma-therapy-widgets/${tags.length === 1 ? `cdn/${tags[0]}.js` : 'mdma-widgets.js'}"></script>`;
        expect(html.match(/<script\b[^>]*>/g), `/${path}`).to.deep.equal([script.replace('</script>', '')]);
        expect(html.indexOf(script), 'the script after the widgets, before </body>').to.be.above(html.lastIndexOf('</template>'));
        expect(html.indexOf(script)).to.be.below(html.indexOf('</body>'));
        const copied = await fetch(`/consumers/${app}${script.match(/src="([^"]+)"/)![1]}`);
        expect(copied.ok, 'the script is copied into the site').to.equal(true);
      }
    });
  }

  it('eleventy3: the built page hydrates with the script the plugin copied', async () => {
    const html = (await (await fetch('/consumers/eleventy3/')).text()).replaceAll('="/mdma-therapy-widgets/', '="/consumers/eleventy3/mdma-therapy-widgets/');
    const page = await embedDocument(html);
    try {
      // In view, it hydrates once the page is idle: the element is then defined and takes over the server's markup.
      await until(() => page.window.customElements.get('mdma-faq') !== undefined, 'the copied script did not register the FAQ');
      await until(() => !page.document.querySelector('mdma-faq')!.hasAttribute('defer-hydration'), 'the FAQ did not hydrate');
      expect(page.document.querySelector('mdma-faq')!.shadowRoot!.textContent).to.include(faq.items[0]!.question);
      expect(unexpectedMessages(page)).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});
