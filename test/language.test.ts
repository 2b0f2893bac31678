import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';

/** The language in effect is the element's own `lang`, else its nearest ancestor's (through shadow roots), else the page's. */
const widgets = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'] as const;

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** "Sources" or "Fuentes", with a count when the list is long: every footer's heading, in the interface language. */
function footerLanguage(element: Element): 'en' | 'es' | undefined {
  const title = element.shadowRoot?.querySelector('.footer-title, .sources-toggle, .answer-sources-title')?.textContent?.trim() ?? '';
  return /^Fuentes\b/.test(title) ? 'es' : /^Sources\b/.test(title) ? 'en' : undefined;
}

/**
 * Resolves once the next `lang` change in the document has been delivered to every mutation observer: observers are
 * told in the order they were created, so the widgets' own, created when the first widget connected, have been told.
 */
function langChangesDelivered(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  });
}

async function speaks(element: Widget, language: 'en' | 'es'): Promise<void> {
  await waitUntil(() => footerLanguage(element) === language, `<${element.localName}> should speak ${language}`, { timeout: 2000 });
}

describe('language changes after the first render', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  for (const tag of widgets) {
    describe(`<${tag}>`, () => {
      it('follows its own lang attribute', async () => {
        const element = await fixture<Widget>(`<${tag}></${tag}>`);
        await speaks(element, 'en');
        element.setAttribute('lang', 'es');
        await speaks(element, 'es');
        element.removeAttribute('lang');
        await speaks(element, 'en');
      });

      it("follows an ancestor's lang, and the page's", async () => {
        const container = await fixture<HTMLElement>(`<section><div><${tag}></${tag}></div></section>`);
        const element = container.querySelector<Widget>(tag)!;
        await speaks(element, 'en');
        container.setAttribute('lang', 'es');
        await speaks(element, 'es');
        container.removeAttribute('lang');
        await speaks(element, 'en');
        document.documentElement.lang = 'es';
        await speaks(element, 'es');
        document.documentElement.lang = 'en';
        await speaks(element, 'en');
      });
    });
  }

  it("follows the lang of a host component whose shadow root holds the widget", async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<article><mdma-faq></mdma-faq></article>';
    const element = shadow.querySelector<Widget>('mdma-faq')!;
    await speaks(element, 'en');
    shadow.querySelector('article')!.setAttribute('lang', 'es');
    await speaks(element, 'es');
    shadow.querySelector('article')!.setAttribute('lang', 'en');
    await speaks(element, 'en');
    host.setAttribute('lang', 'es');
    shadow.querySelector('article')!.removeAttribute('lang');
    await speaks(element, 'es');
  });

  it('takes the language of where it is moved to', async () => {
    const page = await fixture<HTMLElement>(html`<div><div lang="en" id="english"><study-table></study-table></div><div lang="es" id="spanish"></div></div>`);
    const element = page.querySelector<Widget>('study-table')!;
    await speaks(element, 'en');
    page.querySelector('#spanish')!.append(element);
    await speaks(element, 'es');
  });

  it('does not re-render for a lang change that does not change its language', async () => {
    const container = await fixture<HTMLElement>(`<div lang="es"><safety-callout lang="es"></safety-callout></div>`);
    const element = container.querySelector<Widget>('safety-callout')!;
    await speaks(element, 'es');
    let updates = 0;
    const original = (element as unknown as { updated: (changed: unknown) => void }).updated;
    (element as unknown as { updated: (changed: unknown) => void }).updated = function (changed) {
      updates += 1;
      original.call(this, changed);
    };
    const delivered = langChangesDelivered();
    container.setAttribute('lang', 'en');
    document.documentElement.lang = 'de';
    // Once the widgets have heard of the changes, any update they asked for is done when updateComplete resolves.
    await delivered;
    await element.updateComplete;
    expect(updates).to.equal(0);
    expect(footerLanguage(element)).to.equal('es');
  });
});
