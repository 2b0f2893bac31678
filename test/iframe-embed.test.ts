/**
 * The iframe embed, for hosts that take an iframe but no script: dist/embed/<tag>.html shows one widget with the
 * attributes its address gives and posts its height to the page that holds it; dist/embed/resize.js, on that page,
 * sizes the iframe to it. Each test builds a host page the way a site owner would, with resize.js or without.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { faq } from '../src/data/index.js';
import { embed, widgetTags, type EmbeddedPage } from './embed.js';

/** The snippet's script tag, as the README gives it, with the address of the built dist/. */
const resizeScript = '<script defer src="/dist/embed/resize.js"></script>';

interface Frame {
  readonly frame: HTMLIFrameElement;
  /** The embed page's console warnings, from its first script on. */
  readonly warnings: string[];
  /** The widget in the embed page, once it is there. */
  widget(): HTMLElement | null;
  /** The embed page's body, whose height is the one it reports. */
  body(): HTMLElement;
}

/** Adds to `host` an iframe of the embed page at `address` (under /dist/embed/), `height` CSS pixels high as given. */
function addFrame(host: EmbeddedPage, address: string, height = 300): Frame {
  const frame = host.document.createElement('iframe');
  frame.title = 'Questions and answers about MDMA-assisted therapy';
  frame.height = String(height);
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.src = `/dist/embed/${address}`;
  host.document.body.append(frame);
  // An iframe keeps its first window when it loads a page of the same origin, so what is set on it now is what the
  // page's scripts find.
  const warnings: string[] = [];
  (frame.contentWindow as Window & typeof globalThis).console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const page = () => frame.contentDocument!;
  return {
    frame,
    warnings,
    widget: () => page().querySelector<HTMLElement>(address.slice(0, address.indexOf('.html'))),
    body: () => page().body,
  };
}

/** Waits until the widget in `embedded` has rendered `text` (at least some text) into its shadow root. */
async function rendered(embedded: Frame, text = ''): Promise<HTMLElement> {
  const shown = () => embedded.widget()?.shadowRoot?.textContent ?? '';
  await waitUntil(() => shown().trim().length > 20 && shown().includes(text), `the widget did not render${text ? ` "${text}"` : ''}`, {
    timeout: 10000,
  });
  return embedded.widget()!;
}

const frameHeight = (embedded: Frame) => embedded.frame.getBoundingClientRect().height;
const contentHeight = (embedded: Frame) => Math.ceil(embedded.body().getBoundingClientRect().height);

/** Waits until the iframe is as high as its page's content. */
async function fitted(embedded: Frame): Promise<void> {
  try {
    await waitUntil(() => contentHeight(embedded) > 0 && frameHeight(embedded) === contentHeight(embedded), 'not fitted', { timeout: 10000 });
  } catch {
    expect.fail(`the iframe is ${frameHeight(embedded)} px high, its content ${contentHeight(embedded)} px`);
  }
}

/** The heights the host page was told of by `embedded`, from now on. */
function heightsHeard(host: EmbeddedPage, embedded: Frame): number[] {
  const heard: number[] = [];
  host.window.addEventListener('message', ({ source, data }) => {
    if (source === embedded.frame.contentWindow && data?.type === 'mdma-widgets:height') heard.push(data.height);
  });
  return heard;
}

/** Posts `message` to the host page (`to`, as seen from `from`) from the window `from`, as a script in it would. */
function postFrom(from: Window, message: unknown, to = 'parent'): void {
  // A function of that window's own realm: a message's source is the window whose script posts it.
  new (from as Window & typeof globalThis).Function('message', `${to}.postMessage(message, "*")`)(message);
}

const questions = ['is-it-safe', 'who-is-it-not-for'];
const question = (id: string) => faq.items.find((item) => item.id === id)!.question;

describe('iframe embed', () => {
  let host: EmbeddedPage | undefined;
  afterEach(() => host?.remove());

  it('renders the widget with the attributes its address gives', async () => {
    host = await embed({ body: resizeScript });
    const embedded = addFrame(host, `mdma-faq.html?lang=es&questions=${questions.join('+')}&heading-level=4&searchable&theme=auto`);
    const widget = await rendered(embedded, question('is-it-safe'));
    expect(widget.localName).to.equal('mdma-faq');
    expect(widget.getAttribute('lang')).to.equal('es');
    expect(widget.getAttribute('questions')).to.equal(questions.join(' '));
    expect(widget.getAttribute('heading-level')).to.equal('4');
    expect(widget.hasAttribute('searchable')).to.equal(true);
    expect(widget.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(2);
    expect(widget.shadowRoot!.querySelector('[part~="item"] h4')).to.not.equal(null);
    // Spanish for the interface, from the page's address; the page's own language stays that of its title.
    expect(widget.shadowRoot!.textContent).to.include('Fuentes');
    expect(embedded.frame.contentDocument!.documentElement.lang).to.equal('en');
    // theme=auto: the page around the widget follows the reader's colour scheme too.
    expect(embedded.frame.contentWindow!.getComputedStyle(embedded.frame.contentDocument!.documentElement).colorScheme).to.equal('light dark');
    expect(embedded.warnings).to.deep.equal([]);
  });

  it('gives each widget a page of its own', async () => {
    host = await embed({ body: resizeScript });
    for (const tag of widgetTags) {
      const embedded = addFrame(host, `${tag}.html?theme=dark`);
      const widget = await rendered(embedded);
      expect(widget.localName).to.equal(tag);
      expect(widget.shadowRoot!.querySelector('[data-theme]')?.getAttribute('data-theme')).to.equal('dark');
      expect(embedded.frame.contentDocument!.title).to.match(/MDMA-assisted therapy/);
      expect(embedded.warnings).to.deep.equal([]);
    }
  });

  it('sets the values as text, never as markup', async () => {
    host = await embed({ body: resizeScript });
    const label = '<img src=x onerror="parent.__injected = true">"&';
    const embedded = addFrame(host, `mdma-faq.html?label=${encodeURIComponent(label)}`);
    const widget = await rendered(embedded);
    expect(widget.getAttribute('label')).to.equal(label);
    expect(embedded.frame.contentDocument!.querySelector('img')).to.equal(null);
    expect(widget.shadowRoot!.querySelector('img')).to.equal(null);
    expect((host.window as unknown as { __injected?: boolean }).__injected).to.equal(undefined);
  });

  it('reports what in its address is not an attribute of the widget or cannot be read, and ignores it', async () => {
    host = await embed({ body: resizeScript });
    const embedded = addFrame(
      host,
      'mdma-faq.html?heading-level=3&colour=red&searchable=maybe&label=%E0%A4%A&heading-level=5&exclusive=true&open=is-it-safe',
    );
    const widget = await rendered(embedded);
    expect(Array.from(widget.attributes, (attribute) => `${attribute.name}=${attribute.value}`).sort()).to.deep.equal([
      'exclusive=',
      'heading-level=3',
      'open=is-it-safe',
    ]);
    expect(embedded.warnings).to.have.length(4);
    for (const warning of embedded.warnings) expect(warning).to.match(/^\[mdma-therapy-widgets\] <mdma-faq>: the embed page's address: .*; it is ignored\.$/);
    expect(embedded.warnings[0]).to.include('"colour" is not one of its attributes (lang, ');
    expect(embedded.warnings[1]).to.include('searchable="maybe" must be true, false or nothing');
    expect(embedded.warnings[2]).to.include('"label=%E0%A4%A" is not valid percent-encoded text');
    expect(embedded.warnings[3]).to.include('heading-level is given more than once; the first is used');
  });

  it('sizes the iframe to its content with resize.js, and again when a reader opens an answer', async () => {
    host = await embed({ body: resizeScript });
    const embedded = addFrame(host, `mdma-faq.html?questions=${questions.join(',')}`);
    const widget = await rendered(embedded, question('who-is-it-not-for'));
    await fitted(embedded);
    const closed = frameHeight(embedded);
    expect(embedded.frame.contentDocument!.scrollingElement!.scrollHeight).to.be.at.most(embedded.frame.contentDocument!.scrollingElement!.clientHeight);

    widget.shadowRoot!.querySelector<HTMLElement>('[part~="item"][data-id="is-it-safe"] > [part~="toggle"]')!.click();
    await waitUntil(() => frameHeight(embedded) > closed + 100, 'the iframe did not grow with the answer', { timeout: 10000 });
    await fitted(embedded);
  });

  it('fits an iframe added before resize.js ran', async () => {
    host = await embed({});
    const embedded = addFrame(host, 'safety-callout.html?topic=adulteration');
    await rendered(embedded);
    const heard = heightsHeard(host, embedded);
    await waitUntil(() => embedded.frame.contentDocument?.readyState === 'complete', 'the embed page did not load');
    // The page reported its height to a host that did not listen yet; resize.js asks it again.
    const script = host.document.createElement('script');
    script.src = '/dist/embed/resize.js';
    host.document.body.append(script);
    await fitted(embedded);
    expect(heard.length).to.be.above(0);
  });

  it('ignores a message from a window that is not one of its iframes, or of another shape', async () => {
    host = await embed({ body: `${resizeScript}<iframe id="other" title="Other" srcdoc="<p>Another iframe" height="150"></iframe>` });
    const embedded = addFrame(host, 'mdma-faq.html?questions=is-it-safe');
    await rendered(embedded);
    await fitted(embedded);
    const fittedHeight = frameHeight(embedded);
    const other = host.document.querySelector<HTMLIFrameElement>('#other')!;
    const heightsSet: string[] = [];
    new MutationObserver(() => {
      if (heightsSet.at(-1) !== other.style.height) heightsSet.push(other.style.height);
    }).observe(other, { attributeFilter: ['style'] });

    // From the host page itself, and from a window inside the embed page: neither is one of the page's iframes.
    postFrom(host.window, { type: 'mdma-widgets:height', tag: 'mdma-faq', height: 40 }, 'window');
    const nested = embedded.frame.contentDocument!.createElement('iframe');
    // Out of the layout, so the embed page keeps its height.
    nested.hidden = true;
    embedded.frame.contentDocument!.body.append(nested);
    postFrom(nested.contentWindow!, { type: 'mdma-widgets:height', tag: 'mdma-faq', height: 50 }, 'parent.parent');
    // Messages of other shapes, from an iframe of the page.
    for (const message of [
      { type: 'mdma-widgets:height', tag: 'mdma-faq', height: '500' },
      { type: 'mdma-widgets:height', tag: 'mdma-faq', height: -5 },
      { type: 'mdma-widgets:height', tag: 'mdma-faq', height: 60.5 },
      { type: 'mdma-widgets:height', height: 70 },
      { type: 'height', tag: 'mdma-faq', height: 80 },
      'mdma-widgets:height 90',
      null,
    ]) {
      postFrom(other.contentWindow!, message);
    }
    // Messages from one window arrive in order: once the last is heard, the others were too.
    postFrom(other.contentWindow!, { type: 'mdma-widgets:height', tag: 'mdma-faq', height: 123 });
    await waitUntil(() => other.style.height === '123px', 'the last message was not heard', { timeout: 10000 });
    expect(heightsSet).to.deep.equal(['123px']);
    expect(frameHeight(embedded)).to.equal(fittedHeight);
  });

  it('keeps the height the iframe is given without resize.js, and scrolls inside it', async () => {
    host = await embed({});
    const embedded = addFrame(host, `mdma-faq.html?open=${questions.join(',')}`, 400);
    const heard = heightsHeard(host, embedded);
    await rendered(embedded, question('is-it-safe'));
    await waitUntil(() => heard.length > 0 && heard.at(-1)! > 1000, 'the embed page did not report its height', { timeout: 10000 });
    expect(frameHeight(embedded)).to.equal(400);
    const scrolling = embedded.frame.contentDocument!.scrollingElement!;
    expect(scrolling.scrollHeight).to.be.above(scrolling.clientHeight);
    scrolling.scrollTop = 500;
    expect(scrolling.scrollTop).to.equal(500);
  });

  it('keeps resize.js at about a kilobyte', async () => {
    const built = await executeServerCommand<{ bytes: number } | null, { file: string }>('gzip-size', { file: 'dist/embed/resize.js' });
    if (!built) expect.fail('dist/embed/resize.js is missing: run `npm run build` first');
    expect(built.bytes, 'bytes gzipped').to.be.at.most(1024);
  });
});
