import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { hostQuestions, hostSafety, hostSessions, hostStudies } from './fixtures/host-data.js';
import { embed, scriptUrl, waitForRendered, widgetTags, type EmbeddedPage } from './embed.js';
import { emulateForcedColorsOrSkip, emulateMediaOrSkip, resetEmulatedMedia } from './emulation.js';
import { consoleDuring } from './console.js';

const allSelector = widgetTags.join(',');

type RecordingWindow = Window & { __violations: string[]; __errors: string[] };

/** Loads a same-origin page into an iframe and waits for it. */
async function loadFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '960px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

function shadowText(element: Element): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/** WCAG relative luminance contrast of two computed `rgb()` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await loadFrame('/test/fixtures/strict/index.html');
    const page = { document: frame.contentDocument! } as EmbeddedPage;
    await waitForRendered(page, allSelector);
  });
  after(() => frame.remove());

  it('renders all four widgets with no violation reported and no error', () => {
    const win = frame.contentWindow as RecordingWindow;
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('shows host-supplied markup as inert text', () => {
    const faq = frame.contentDocument!.querySelector('mdma-faq')!;
    expect(shadowText(faq).includes('<img src=x onerror="document.title=\'pwned\'"> Is markup shown as text?'), 'faq text').to.equal(true);
    expect(faq.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect(frame.contentDocument!.title).to.equal('Strict host page');
  });

  it('makes no network request beyond the script, and sets no cookie or storage', () => {
    const win = frame.contentWindow!;
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server's own reload socket script, injected into every page it serves.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requested).to.have.members(['/test/fixtures/strict/recorder.js', '/dist/mdma-widgets.js']);
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
  });
});

describe('host data with a javascript: link', () => {
  it('is refused with a console error naming the element, and the bundled content is shown', async () => {
    const page = await embed({
      head: `<script src="${scriptUrl}"></script>`,
      body: `<mdma-faq><script type="application/json">${JSON.stringify([
        {
          id: 'evil-link',
          question: 'Click me question',
          answer: [{ type: 'paragraph', content: [{ text: 'Click me', href: 'javascript:alert(1)' }] }],
          sources: [],
        },
      ])}</script></mdma-faq>`,
    });
    try {
      const [faq] = await waitForRendered(page, 'mdma-faq');
      expect(page.errors).to.have.length.greaterThan(0);
      expect(page.errors.join('\n')).to.include('<mdma-faq>').and.include('evil-link');
      expect(shadowText(faq).includes('Click me'), 'faq text').to.equal(false);
      expect(faq.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    } finally {
      page.remove();
    }
  });
});

describe('a host page with aggressive global CSS', () => {
  it('leaves every widget readable', async () => {
    const page = await embed({
      head: `<style>
        html { font-size: 400% !important; }
        * { color: #fff !important; background: #fff !important; line-height: 0.8 !important; letter-spacing: 0.5em !important; }
        p, li, td, th, h2, h3, button, a, summary, table { display: none !important; color: #fff !important; }
        div { border: 10px solid red !important; }
      </style><script src="${scriptUrl}"></script>`,
      body: widgetTags.map((tag) => `<${tag}></${tag}>`).join(''),
    });
    try {
      const rendered = await waitForRendered(page, allSelector);
      for (const element of rendered) {
        const widget = element.shadowRoot!.querySelector('.widget')!;
        const style = page.window.getComputedStyle(widget);
        expect(contrast(style.color, style.backgroundColor), element.localName).to.be.at.least(4.5);
        // Letter spacing is how a reader widens text (WCAG 1.4.12): the widget takes the page's, whatever it is.
        expect(style.letterSpacing, element.localName).to.equal(page.window.getComputedStyle(element).letterSpacing);
        expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), element.localName).to.be.at.least(1.2);
        expect((widget as HTMLElement).offsetHeight, element.localName).to.be.greaterThan(50);
      }
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});

describe('<mdma-widgets-provider>', () => {
  it('gives every widget inside it the theme, the language and host data of its kind', async () => {
    const provider = await fixture(html`<mdma-widgets-provider
      theme="dark"
      lang="es"
      .data=${{
        faq: { items: hostQuestions, lastReviewed: '2026-10-01' },
        studies: { items: hostStudies, lastReviewed: '2026-10-01' },
        sessions: { items: hostSessions, lastReviewed: '2026-10-01' },
        safety: { items: hostSafety, lastReviewed: '2026-10-01' },
      }}
    >
      <mdma-faq></mdma-faq>
      <study-table></study-table>
      <session-timeline></session-timeline>
      <safety-callout topic="crisis-support"></safety-callout>
      <safety-callout topic="crisis-support" theme="light" id="own-theme"></safety-callout>
    </mdma-widgets-provider>`);
    const widgets = Array.from(provider.querySelectorAll(allSelector)) as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    for (const widget of widgets) {
      const expected = widget.id === 'own-theme' ? 'light' : 'dark';
      expect(widget.shadowRoot!.querySelector('.widget')!.getAttribute('data-theme'), widget.localName).to.equal(expected);
      expect(shadowText(widget).includes('Revisado el 1 de octubre de 2026'), widget.localName).to.equal(true);
    }
    const [faq, table, timeline, callout] = widgets;
    expect(shadowText(faq).includes(hostQuestions[0].question), 'faq text').to.equal(true);
    expect(shadowText(table).includes(hostStudies[0].name), 'table text').to.equal(true);
    expect(shadowText(timeline).includes('prep-a'), 'timeline text').to.equal(true);
    expect(shadowText(callout).includes('Samaritans'), 'callout text').to.equal(true);
  });

  it('passes a change of language on to the widgets', async () => {
    const provider = await fixture(html`<mdma-widgets-provider lang="es"><safety-callout></safety-callout></mdma-widgets-provider>`);
    const callout = provider.querySelector('safety-callout')!;
    await callout.updateComplete;
    expect(/Revisado/.test(shadowText(callout)), 'Spanish review date').to.equal(true);
    provider.setAttribute('lang', 'en');
    await waitUntil(() => /Reviewed/.test(shadowText(callout)), 'the callout did not switch to English');
  });

  it('warns about an unknown theme and leaves widgets on their own', async () => {
    const { warnings } = await consoleDuring(async () => {
      const provider = await fixture(html`<mdma-widgets-provider theme="neon"><safety-callout></safety-callout></mdma-widgets-provider>`);
      const callout = provider.querySelector('safety-callout')!;
      await callout.updateComplete;
      expect(callout.shadowRoot!.querySelector('.widget')!.getAttribute('data-theme')).to.equal('light');
    });
    expect(warnings.join('\n')).to.include('<mdma-widgets-provider>').and.include('theme="neon"');
  });
});

describe('colour schemes across the four widgets', () => {
  afterEach(resetEmulatedMedia);

  it('follows the reader’s dark preference with theme="auto"', async function () {
    // Skipped in Firefox and WebKit: a dark preference is emulated over the DevTools Protocol, which their drivers lack.
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    const container = await fixture(html`<div>${widgetTags.map((tag) => {
      const element = document.createElement(tag);
      element.setAttribute('theme', 'auto');
      return element;
    })}</div>`);
    for (const element of Array.from(container.children) as Array<HTMLElement & { updateComplete: Promise<boolean> }>) {
      await element.updateComplete;
      const style = getComputedStyle(element.shadowRoot!.querySelector('.widget')!);
      expect(contrast(style.backgroundColor, 'rgb(0, 0, 0)'), element.localName).to.be.below(2);
      expect(contrast(style.color, style.backgroundColor), element.localName).to.be.at.least(4.5);
    }
  });

  it('keeps a visible boundary around every widget in forced colours', async function () {
    // Skipped in Firefox and WebKit: forced colours are emulated over the DevTools Protocol, which their drivers lack.
    await emulateForcedColorsOrSkip(this, true);
    const container = await fixture(html`<div>${widgetTags.map((tag) => document.createElement(tag))}</div>`);
    for (const element of Array.from(container.children) as Array<HTMLElement & { updateComplete: Promise<boolean> }>) {
      await element.updateComplete;
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const style = getComputedStyle(element.shadowRoot!.querySelector('.widget')!);
      expect(style.borderTopStyle, element.localName).to.equal('solid');
      await expect(element).to.be.accessible();
    }
  });
});
