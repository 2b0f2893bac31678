import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineWidgets } from '../src/define.js';
import { embed, scriptUrl, waitForRendered, widgetTags, type EmbeddedPage } from './embed.js';
import { consoleDuring } from './console.js';

const allFour = widgetTags.map((tag) => `<${tag}></${tag}>`).join('\n');
const allSelector = widgetTags.join(',');

describe('the classic script on a host page', () => {
  let page: EmbeddedPage | undefined;
  afterEach(() => page?.remove());

  async function expectRendered(current: EmbeddedPage) {
    const rendered = await waitForRendered(current, allSelector);
    expect(rendered.map((element) => element.localName)).to.have.members([...widgetTags]);
  }

  async function expectAllFourRendered(current: EmbeddedPage) {
    const rendered = await waitForRendered(current, allSelector);
    expect(rendered.map((element) => element.localName)).to.have.members([...widgetTags]);
    for (const tag of widgetTags) expect(current.window.customElements.get(tag), tag).to.be.a('function');
    expect(current.errors).to.deep.equal([]);
    expect(current.warnings).to.deep.equal([]);
  }

  it('renders all four elements when the script is in <head>', async () => {
    page = await embed({ head: `<script src="${scriptUrl}"></script>`, body: allFour });
    await expectAllFourRendered(page);
  });

  it('renders all four elements when the script is at the end of <body>', async () => {
    page = await embed({ body: `${allFour}<script src="${scriptUrl}"></script>` });
    await expectAllFourRendered(page);
  });

  it('renders all four elements with defer', async () => {
    page = await embed({ head: `<script defer src="${scriptUrl}"></script>`, body: allFour });
    await expectAllFourRendered(page);
  });

  it('renders all four elements with async', async () => {
    page = await embed({ head: `<script async src="${scriptUrl}"></script>`, body: allFour });
    await expectAllFourRendered(page);
  });

  it('renders elements added to the page after the script ran', async () => {
    page = await embed({ head: `<script src="${scriptUrl}"></script>` });
    for (const tag of widgetTags) page.document.body.append(page.document.createElement(tag));
    await expectAllFourRendered(page);
  });

  it('upgrades elements that were on the page before the script was added', async () => {
    page = await embed({ body: allFour });
    const script = page.document.createElement('script');
    script.src = scriptUrl;
    page.document.head.append(script);
    await expectAllFourRendered(page);
  });

  it('warns once and keeps working when the script is loaded twice: the second copy stands aside', async () => {
    page = await embed({ head: `<script src="${scriptUrl}"></script><script src="${scriptUrl}"></script>`, body: allFour });
    await expectRendered(page);
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings).to.have.length(1);
    expect(page.warnings[0]).to.include('included more than once').and.include('Remove the extra script tag');
  });

  it('skips a tag another library owns, registers the others, and offers another name', async () => {
    page = await embed({
      head: `<script>customElements.define('mdma-faq', class extends HTMLElement {});</script><script src="${scriptUrl}"></script>`,
      body: `${allFour}<health-faq></health-faq>`,
    });
    await waitForRendered(page, 'study-table, session-timeline, safety-callout');
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings).to.have.length(1);
    expect(page.warnings[0]).to.include('<mdma-faq>').and.include('another script').and.include('MdmaWidgets.define');
    expect(page.document.querySelector('mdma-faq')!.shadowRoot).to.equal(null);

    const define = page.window.MdmaWidgets!.define as (names: Record<string, string>) => Record<string, boolean>;
    expect(define({ 'mdma-faq': 'health-faq' })).to.deep.equal({ 'mdma-faq': true });
    await waitForRendered(page, 'health-faq');
  });
});

describe('one script per element', () => {
  let page: EmbeddedPage | undefined;
  afterEach(() => page?.remove());

  const elementScript = (tag: string) => `<script src="${new URL(`/dist/cdn/${tag}.js`, location.href).href}"></script>`;
  type Global = Record<string, unknown> & { define: (names: Record<string, string>) => Record<string, boolean> };
  const globalOf = (current: EmbeddedPage) => current.window.MdmaWidgets as Global;

  for (const tag of widgetTags) {
    it(`dist/cdn/${tag}.js alone registers and renders <${tag}>, and nothing else`, async () => {
      const current = (page = await embed({ head: elementScript(tag), body: allFour }));
      await waitForRendered(current, tag);
      for (const other of widgetTags.filter((name) => name !== tag)) expect(current.window.customElements.get(other), other).to.equal(undefined);
      const element = current.window.customElements.get(tag)!;
      const global = globalOf(current);
      const exported = Object.values(global).filter((value) => typeof value === 'function' && value !== global.define);
      expect(exported).to.have.length(1);
      expect(element.prototype).to.be.an.instanceOf(exported[0] as CustomElementConstructor);
      expect(page.errors).to.deep.equal([]);
      expect(page.warnings).to.deep.equal([]);
    });
  }

  it('loads two element scripts side by side with no error and no warning', async () => {
    page = await embed({ head: elementScript('mdma-faq') + elementScript('study-table'), body: allFour });
    await waitForRendered(page, 'mdma-faq, study-table');
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings).to.deep.equal([]);
    expect(Object.keys(globalOf(page)).sort()).to.deep.equal(['MdmaFaq', 'StudyTable', 'define', 'version']);
  });

  for (const order of ['element script first', 'all-in-one first'] as const) {
    it(`loads an element script with the all-in-one (${order}) with one warning at most`, async () => {
      const scripts = [elementScript('mdma-faq'), `<script src="${scriptUrl}"></script>`];
      page = await embed({ head: (order === 'element script first' ? scripts : scripts.reverse()).join(''), body: allFour });
      await expectRendered(page);
      expect(page.errors).to.deep.equal([]);
      expect(page.warnings.length).to.be.at.most(1);
      for (const warning of page.warnings) expect(warning).to.include('<mdma-faq>').and.include('another copy');
      // The global names the class that is registered, whichever script came first.
      const registered = page.window.customElements.get('mdma-faq')!;
      expect(registered.prototype).to.be.an.instanceOf(globalOf(page)['MdmaFaq'] as CustomElementConstructor);
      // And define renames any element on the page.
      expect(globalOf(page).define({ 'study-table': 'portal-studies', 'mdma-faq': 'portal-faq' })).to.deep.equal({
        'study-table': true,
        'mdma-faq': true,
      });
    });
  }

  it('renames its element with MdmaWidgets.define, where another library owns the name', async () => {
    page = await embed({
      head: `<script>customElements.define('mdma-faq', class extends HTMLElement {});</script>${elementScript('mdma-faq')}`,
      body: '<clinic-faq></clinic-faq>',
    });
    expect(page.warnings).to.have.length(1);
    expect(globalOf(page).define({ 'mdma-faq': 'clinic-faq' })).to.deep.equal({ 'mdma-faq': true });
    await waitForRendered(page, 'clinic-faq');
    expect(page.errors).to.deep.equal([]);
  });

  async function expectRendered(current: EmbeddedPage) {
    const rendered = await waitForRendered(current, allSelector);
    expect(rendered.map((element) => element.localName)).to.have.members([...widgetTags]);
  }
});

describe('defineWidgets', () => {
  it('registers nothing when define.js is imported, only when it is called', () => {
    for (const tag of ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout', 'mdma-widgets-provider']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('registers a widget under a name of the host’s choice', async () => {
    expect(defineWidgets({ 'safety-callout': 'clinic-warning' })).to.deep.equal({ 'safety-callout': true });
    const element = await fixture(html`<clinic-warning></clinic-warning>`);
    await waitUntil(() => (element.shadowRoot?.textContent?.trim().length ?? 0) > 20, 'clinic-warning did not render');
  });

  it('refuses invalid names and unknown widgets with a warning, without throwing', async () => {
    const { warnings } = await consoleDuring(() => {
      expect(defineWidgets({ 'mdma-faq': 'NoHyphen' })).to.deep.equal({ 'mdma-faq': false });
      expect(defineWidgets({ 'not-a-widget': 'x-y' } as never)).to.deep.equal({});
      expect(defineWidgets(null as never)).to.deep.equal({});
    });
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.include('NoHyphen');
    expect(warnings[1]).to.include('not-a-widget');
  });

  it('warns when the chosen name is already taken', async () => {
    await import('../src/components/mdma-faq/mdma-faq.js');
    const { warnings } = await consoleDuring(() => {
      expect(defineWidgets({ 'study-table': 'mdma-faq' })).to.deep.equal({ 'study-table': false });
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<mdma-faq>');
  });
});
