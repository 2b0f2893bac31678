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
