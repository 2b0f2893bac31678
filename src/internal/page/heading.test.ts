import { expect, fixture, html } from '@open-wc/testing';
import '../../index.js';
import { headingBefore, headingName } from './heading.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The levels of a widget's headings, in order. */
const levels = (element: Element) => Array.from(element.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6'), (heading) => heading.localName);

/** A component of the page's own with a heading in its shadow root, and its light content slotted after it. */
class HostSection extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<h3>In the shadow</h3><slot name="before"></slot><slot></slot>';
  }
}
customElements.define('host-section', HostSection);

/** A component that shows its title, given as light content, inside a heading in its shadow root. */
class TitledSection extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<section><h2><slot name="title"></slot></h2><slot></slot></section>';
  }
}
customElements.define('titled-section', TitledSection);

describe('headingBefore', () => {
  it('finds the nearest heading before an element, inside earlier siblings and their ancestors’ siblings', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h1>Title</h1>
      <section><h2>Part</h2><p>Text <span role="heading" aria-level="4">Inline heading</span></p></section>
      <div><p id="target">Here</p></div>
    </div>`);
    expect(headingBefore(page.querySelector('#target')!)!.textContent).to.equal('Inline heading');
  });

  it('skips headings a reader never meets, and another widget’s own headings', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h2>Visible</h2>
      <h3 hidden>Hidden</h3>
      <div aria-hidden="true"><h3>Decorative</h3></div>
      <template><h3>Template</h3></template>
      <h3 role="presentation">Not a heading</h3>
      <mdma-faq questions="is-it-safe"></mdma-faq>
      <p id="target">Here</p>
    </div>`);
    await page.querySelector<Widget>('mdma-faq')!.updateComplete;
    expect(headingBefore(page.querySelector('#target')!)!.textContent).to.equal('Visible');
  });

  it('looks into shadow roots before it, follows slotted content to its slot, and out of the root it is in', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h2>Page</h2>
      <host-section><span slot="before"><h4>Slotted before</h4></span><p id="slotted">Slotted</p></host-section>
      <host-section id="empty"></host-section>
      <p id="after">After</p>
    </div>`);
    // Slotted into the default slot: after the named slot's content in the shadow tree.
    expect(headingBefore(page.querySelector('#slotted')!)!.textContent).to.equal('Slotted before');
    // After a component: its shadow root's last heading.
    expect(headingBefore(page.querySelector('#after')!)!.textContent).to.equal('In the shadow');
    // Inside a component's shadow root: what is before it there, then out to the page.
    const inner = document.createElement('p');
    page.querySelector('#empty')!.shadowRoot!.prepend(inner);
    expect(headingBefore(inner)!.textContent).to.equal('Slotted before');
  });

  it('names a section by the words its heading shows, slotted words included', async () => {
    // Two of a kind on the page: each landmark's name says which section it is in.
    const page = await fixture<HTMLElement>(html`<div><titled-section
      ><span slot="title">Questions <em>about</em> dosing</span><mdma-faq searchable questions="is-it-safe"></mdma-faq
    ></titled-section><mdma-faq searchable questions="is-it-safe"></mdma-faq></div>`);
    const element = page.querySelector<Widget>('mdma-faq')!;
    await element.updateComplete;
    expect(levels(element)).to.deep.equal(['h3']);
    expect(element.shadowRoot!.querySelector('[role="search"]')!.getAttribute('aria-label')).to.equal('Search the questions: Questions about dosing');
    // Alone on the page again, its kind is name enough.
    page.lastElementChild!.remove();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="search"]')!.getAttribute('aria-label')).to.equal('Search the questions');
  });

  it('names a section by its heading’s words, cut at a word past 60 characters', () => {
    const heading = document.createElement('h2');
    heading.innerHTML = '  What   the trials <em>found</em>  ';
    expect(headingName(heading)).to.equal('What the trials found');
    heading.textContent = 'A very long heading that goes on and on about the many things the trials measured';
    expect(headingName(heading)).to.equal('A very long heading that goes on and on about the many…');
  });
});

describe('heading-level="auto"', () => {
  it('follows the element when it moves to another part of the page, and a level set later', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <section id="top"><h2>Top</h2></section>
      <section id="deep"><h2>Deep</h2><h4>Deeper</h4></section>
      <section id="none"></section>
    </div>`);
    const element = document.createElement('safety-callout') as Widget;
    page.querySelector('#top')!.append(element);
    await element.updateComplete;
    expect(levels(element)).to.deep.equal(['h3']);
    page.querySelector('#deep')!.append(element);
    await element.updateComplete;
    expect(levels(element)).to.deep.equal(['h5']);
    // No heading before it at all: the first level under the page's title.
    page.prepend(element);
    await element.updateComplete;
    expect(levels(element)).to.deep.equal(['h2']);
    element.setAttribute('heading-level', '6');
    await element.updateComplete;
    expect(levels(element)).to.deep.equal(['h6']);
    element.setAttribute('heading-level', 'auto');
    await element.updateComplete;
    expect(levels(element)).to.deep.equal(['h2']);
  });

  it('stays at h6 under an h6, and goes to h2 under an h1', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <h1>Title</h1>
      <session-timeline compact id="compact"></session-timeline>
      <mdma-faq questions="is-it-safe" id="under-h1"></mdma-faq>
      <h6>Small print</h6>
      <mdma-faq questions="is-it-safe" id="under-h6"></mdma-faq>
    </div>`);
    const faqs = Array.from(page.querySelectorAll<Widget>('mdma-faq'));
    await Promise.all(faqs.map((element) => element.updateComplete));
    expect(levels(faqs[0]!)).to.deep.equal(['h2']);
    expect(levels(faqs[1]!)).to.deep.equal(['h6']);
  });

  it('takes the provider’s level for the widgets inside it, which a widget’s own attribute overrides', async () => {
    const provider = await fixture<HTMLElement>(html`<mdma-widgets-provider heading-level="5">
      <safety-callout></safety-callout>
      <safety-callout heading-level="3"></safety-callout>
    </mdma-widgets-provider>`);
    const [inherited, own] = Array.from(provider.querySelectorAll<Widget>('safety-callout'));
    await inherited!.updateComplete;
    await own!.updateComplete;
    expect(levels(inherited!)).to.deep.equal(['h5']);
    expect(levels(own!)).to.deep.equal(['h3']);
    provider.setAttribute('heading-level', 'auto');
    await (provider as Widget).updateComplete;
    await inherited!.updateComplete;
    expect(levels(inherited!)).to.deep.equal(['h2']);
  });
});
