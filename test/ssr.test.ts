import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { faq } from '../src/data/faq.js';
import { safety } from '../src/data/safety.js';
import { sessions } from '../src/data/sessions.js';
import { studies } from '../src/data/studies.js';

interface Rendered {
  readonly html: string;
  readonly logged: readonly string[];
}

/** The widget rendered in Node by the built `prerender`, with what the library logged there. */
function serverRender(tag: string, attributes: Record<string, string | boolean> = {}, options: { data?: unknown; lang?: string } = {}) {
  return executeServerCommand<Rendered, object>('ssr-render', { tag, attributes, options }) as Promise<Rendered>;
}

/** The rendered HTML in this page, its declarative shadow root attached by the parser (elements stay unregistered here). */
function attach(markup: string): Element {
  const container = document.createElement('div');
  container.setHTMLUnsafe(markup);
  document.body.append(container);
  return container.firstElementChild!;
}

const shadowText = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('server rendering with @lit-labs/ssr', () => {
  afterEach(() => {
    for (const container of document.body.querySelectorAll('div')) container.remove();
  });

  const expectations: ReadonlyArray<readonly [tag: string, text: string]> = [
    ['mdma-faq', faq.items[0]!.question],
    ['study-table', studies.items[0]!.name],
    ['session-timeline', sessions.items[0]!.name],
    ['safety-callout', safety.items[0]!.heading],
  ];

  for (const [tag, text] of expectations) {
    it(`renders <${tag}> in Node as declarative shadow DOM with its content and styles, logging nothing`, async () => {
      const { html, logged } = await serverRender(tag);
      expect(logged).to.deep.equal([]);
      const opening = html.replace(/<!--[^>]*-->/g, '').slice(0, 200);
      expect(new RegExp(`^<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`).test(opening), opening).to.equal(true);
      const element = attach(html);
      expect(element.localName).to.equal(tag);
      expect(element.shadowRoot, 'a shadow root from the template').to.not.equal(null);
      expect(shadowText(element)).to.contain(text);
      expect(element.shadowRoot!.querySelector('style')!.textContent).to.contain('--mdma-color-text');
    });
  }

  it('renders the provider with its slot, and the widget inside it', async () => {
    const { html, logged } = await serverRender('mdma-widgets-provider');
    expect(logged).to.deep.equal([]);
    const provider = attach(html);
    expect(provider.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('renders in the language given, and with host data', async () => {
    const spanish = attach((await serverRender('study-table', {}, { lang: 'es' })).html);
    expect(spanish.getAttribute('lang')).to.equal('es');
    expect(shadowText(spanish)).to.contain('Fuentes');
    const hosted = attach(
      (await serverRender('mdma-faq', {}, { data: [{ id: 'clinic', question: 'Where is the clinic?', answer: ['<b>On Main Street.</b>'] }] })).html,
    );
    expect(shadowText(hosted)).to.contain('Where is the clinic?').and.contain('<b>On Main Street.</b>');
    expect(hosted.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('logs nothing on the server, even for attributes and data it cannot use', async () => {
    const { logged } = await serverRender('safety-callout', { topic: 'no-such-topic', severity: 'extreme', 'heading-level': '9' }, { data: 'nonsense' });
    expect(logged).to.deep.equal([]);
  });
});
