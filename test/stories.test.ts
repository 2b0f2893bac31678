/**
 * Every story of the built catalogue (storybook-static/, written by `npm run build-storybook`) is loaded as Storybook
 * shows it and must render its widgets with no console error and no axe violation.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { widgetTags } from './embed.js';

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly importPath: string;
}

interface AxeResults {
  readonly violations: readonly {
    readonly id: string;
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[] }[];
  }[];
}

interface StorybookChannel {
  last(eventName: string): unknown[] | undefined;
}

type StoryWindow = Window &
  typeof globalThis & {
    __STORYBOOK_ADDONS_CHANNEL__?: StorybookChannel;
    axe?: { run(context: Element, options: object): Promise<AxeResults> };
  };

const catalogue = '/storybook-static/';
const axeScript = '/node_modules/axe-core/axe.min.js';

/**
 * Reads a file of the built catalogue, or undefined when it is missing. Synchronous on purpose: mocha collects the
 * tests, one per story, before any asynchronous work could finish.
 */
function readCatalogueFile(path: string): string | undefined {
  const request = new XMLHttpRequest();
  request.open('GET', `${catalogue}${path}`, false);
  request.send();
  return request.status === 200 ? request.responseText : undefined;
}

const indexFile = readCatalogueFile('index.json');
const previewPage = readCatalogueFile('iframe.html');
const index = indexFile ? (JSON.parse(indexFile) as { entries: Record<string, IndexEntry> }) : undefined;
const stories = Object.values(index?.entries ?? {}).filter((entry) => entry.type === 'story');

interface StoryPage {
  readonly window: StoryWindow;
  readonly document: Document;
  readonly errors: string[];
  remove(): void;
}

/**
 * Opens Storybook's preview page for one story in an iframe. The page is written into the frame (after giving the frame
 * the story's address), so console errors are recorded from before Storybook's first line runs.
 */
function openStory(id: string): StoryPage {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  document.body.append(frame);
  const win = frame.contentWindow as StoryWindow;
  const doc = frame.contentDocument!;
  const errors: string[] = [];

  doc.open();
  win.history.replaceState(null, '', `${catalogue}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  win.addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  // Firefox resolves the page's relative addresses against the frame's address before the change above: say it.
  doc.write(previewPage!.replace('<head>', `<head><base href="${catalogue}">`));
  doc.close();

  return { window: win, document: doc, errors, remove: () => frame.remove() };
}

/** Waits for Storybook to report the story rendered (or failed), then for every element in it to finish updating. */
async function storyRendered(page: StoryPage, id: string): Promise<Element> {
  const channel = () => page.window.__STORYBOOK_ADDONS_CHANNEL__;
  const failure = () =>
    ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException']
      .map((event) => [event, channel()?.last(event)] as const)
      .find(([, args]) => args !== undefined);
  await waitUntil(() => channel()?.last('storyRendered')?.[0] === id || failure(), `${id} did not render`, {
    timeout: 8000,
  });
  const failed = failure();
  if (failed) expect.fail(`Storybook reported ${failed[0]} for ${id}: ${JSON.stringify(failed[1]).slice(0, 500)}`);

  const root = page.document.querySelector('#storybook-root')!;
  const customElements = Array.from(root.querySelectorAll('*')).filter((element) => element.localName.includes('-'));
  await Promise.all(customElements.map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  return root;
}

async function axeViolations(page: StoryPage, root: Element): Promise<string[]> {
  if (!page.window.axe) {
    const script = page.document.createElement('script');
    script.src = axeScript;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    page.document.head.append(script);
    await loaded;
  }
  const results = await page.window.axe!.run(root, {});
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
}

describe('the built Storybook', () => {
  it('has been built (npm run build-storybook) and has stories', () => {
    expect(index, `${catalogue}index.json is missing: run npm run build-storybook`).to.be.an('object');
    expect(previewPage, `${catalogue}iframe.html is missing`).to.be.a('string');
    expect(stories).to.have.length.above(0);
  });

  it('has a stories file for every widget', () => {
    const files = new Set(stories.map((story) => story.importPath));
    for (const tag of widgetTags) expect([...files], tag).to.include(`./stories/${tag}.stories.ts`);
  });

  for (const story of stories) {
    it(`renders ${story.title} › ${story.name} with no console error and no axe violation`, async function () {
      this.timeout(20000);
      const page = openStory(story.id);
      try {
        const root = await storyRendered(page, story.id);
        const rendered = Array.from(root.querySelectorAll('*')).filter(
          (element) => element.localName.includes('-') && (element.shadowRoot?.textContent?.trim().length ?? 0) > 0,
        );
        expect(rendered, 'no widget rendered any content').to.have.length.above(0);
        expect(page.document.body.classList.contains('sb-show-errordisplay'), 'Storybook shows its error display').to.equal(false);
        expect(await axeViolations(page, root)).to.deep.equal([]);
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });
  }
});
