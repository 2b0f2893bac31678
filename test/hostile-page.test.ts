/**
 * Pages that move widgets around, frame them, harden their globals, lock down Trusted Types or load the script twice:
 * the widgets keep working where they can, and where they cannot, the page gets one clear console message and never
 * an uncaught error.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { defineWidgets } from '../src/define.js';
import { consoleDuring } from './console.js';
import { embed, scriptUrl, waitForRendered, type EmbeddedPage } from './embed.js';
import { recordUncaught, shownText } from './hostile.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

/** A same-origin frame with an empty page, ready for widgets to be moved into. */
async function emptyFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The embedded page's next painted frame: by then a rejection the script left unhandled has been reported. */
function settled(page: EmbeddedPage): Promise<void> {
  return new Promise((resolve) => page.window.requestAnimationFrame(() => page.window.setTimeout(resolve)));
}

/** Frames of the page, waited for one by one, so that observers and rendering get their turns. */
async function frames(count: number): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) await nextFrame();
}

describe('a widget moved around the page', () => {
  it('leaves its provider behind when moved out of it', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <mdma-widgets-provider theme="dark"><mdma-faq></mdma-faq></mdma-widgets-provider>
      <section class="elsewhere"></section>
    </div>`);
    const provider = container.querySelector('mdma-widgets-provider') as Widget;
    provider.data = { faq: [{ id: 'from-provider', question: 'From the provider?', answer: ['Yes.'] }] };
    const faq = container.querySelector('mdma-faq') as Widget;
    await waitUntil(() => shownText(faq).includes('From the provider?'));
    expect(faq.shadowRoot!.querySelector('.widget')!.getAttribute('data-theme')).to.equal('dark');

    container.querySelector('.elsewhere')!.append(faq);
    await faq.updateComplete;
    expect(shownText(faq)).not.to.include('From the provider?');
    expect(faq.shadowRoot!.querySelector('.widget')!.getAttribute('data-theme')).to.equal('light');

    provider.append(faq);
    await waitUntil(() => shownText(faq).includes('From the provider?'), 'it did not take the provider back');
    expect(faq.shadowRoot!.querySelector('.widget')!.getAttribute('data-theme')).to.equal('dark');
  });

  it('keeps its styles when moved into a frame, and when moved home again', async () => {
    const frame = await emptyFrame();
    const callout = await fixture<Widget>(html`<safety-callout></safety-callout>`);
    const section = () => callout.shadowRoot!.querySelector('.callout')!;
    const styled = () => {
      const style = section().ownerDocument.defaultView!.getComputedStyle(section());
      return style.borderLeftStyle !== 'none' && style.borderLeftWidth !== '0px';
    };
    expect(styled(), 'styled at home').to.equal(true);
    try {
      frame.contentDocument!.body.append(callout);
      await callout.updateComplete;
      await frames(2);
      expect(styled(), 'styled in the frame').to.equal(true);
      document.body.append(callout);
      await frames(2);
      expect(styled(), 'styled at home again').to.equal(true);
    } finally {
      callout.remove();
      frame.remove();
    }
  });

  it('sends no ResizeObserver errors to the page once the frame it was moved into is removed', async () => {
    const frame = await emptyFrame();
    const table = await fixture<Widget>(html`<study-table></study-table>`);
    const uncaught = recordUncaught();
    const onerror = window.onerror;
    const reported: string[] = [];
    window.onerror = (message) => {
      reported.push(String(message));
      return true;
    };
    try {
      frame.contentDocument!.body.append(table);
      await table.updateComplete;
      await frames(3);
      frame.remove();
      await frames(30);
    } finally {
      window.onerror = onerror;
      uncaught.stop();
    }
    expect(reported).to.deep.equal([]);
    expect(uncaught.uncaught).to.deep.equal([]);
  });
});

describe('<mdma-faq> ids', () => {
  it('keeps the ids it makes apart from the question ids the page chose', async () => {
    const questions = ['a', 'a-toggle', 'b-answer', 'b', 'mdma-faq-search', 'mdma-faq-search-hint'].map((id) => ({
      id,
      question: `Question ${id}?`,
      answer: [`Answer ${id}.`],
    }));
    const element = await fixture<Widget>(html`<mdma-faq searchable .data=${questions}></mdma-faq>`);
    const root = element.shadowRoot!;
    const ids = Array.from(root.querySelectorAll('[id]'), (node) => node.id);
    expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
    for (const toggle of root.querySelectorAll('button.toggle')) {
      const answer = root.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(answer.classList.contains('answer')).to.equal(true);
      expect(answer.closest('.item')).to.equal(toggle.closest('.item'));
    }
    const search = root.querySelector('input[type="search"]')!;
    expect(root.getElementById(search.getAttribute('aria-describedby')!)!.classList.contains('search-hint')).to.equal(true);
  });
});

describe('"Copy link" on a page that is not on the web', () => {
  let page: EmbeddedPage | undefined;
  afterEach(() => page?.remove());

  it('offers no link to an about:srcdoc page, and logs nothing', async () => {
    page = await embed({ head: `<script src="${scriptUrl}"></script>`, body: '<mdma-faq open="all"></mdma-faq>' });
    const [faq] = await waitForRendered(page, 'mdma-faq');
    expect(page.window.location.protocol).to.equal('about:');
    expect(faq!.shadowRoot!.querySelectorAll('.copy-link')).to.have.length(0);
    for (const link of faq!.shadowRoot!.querySelectorAll('a')) expect(['http:', 'https:']).to.include(new URL(link.href).protocol);
    expect(page.errors).to.deep.equal([]);
  });
});

describe('names the page chooses', () => {
  it('says the name is already used by another of its widgets, not that the script is included twice', async () => {
    const { warnings } = await consoleDuring(() => {
      expect(defineWidgets({ 'mdma-faq': 'clinic-widget', 'study-table': 'clinic-widget' })).to.deep.equal({
        'mdma-faq': true,
        'study-table': false,
      });
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<clinic-widget>').and.include('<mdma-faq>').and.not.include('more than once');
  });

  it('says a default name of ours is taken by our own widget when the page renames another widget to it', async () => {
    const { warnings } = await consoleDuring(() => {
      expect(defineWidgets({ 'safety-callout': 'mdma-faq' })).to.deep.equal({ 'safety-callout': false });
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<mdma-faq>').and.not.include('more than once');
  });
});

describe('the classic script on a page that cannot run it as is', () => {
  let page: EmbeddedPage | undefined;
  afterEach(() => page?.remove());

  it('loaded twice: one warning, and MdmaWidgets keeps naming the classes that are registered', async () => {
    page = await embed({ head: `<script src="${scriptUrl}"></script><script src="${scriptUrl}"></script>`, body: '<mdma-faq></mdma-faq>' });
    await waitForRendered(page, 'mdma-faq');
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings).to.have.length(1);
    expect(page.warnings[0]).to.include('more than once');
    const registered = page.window.customElements.get('mdma-faq')!;
    const exported = page.window.MdmaWidgets!['MdmaFaq'] as CustomElementConstructor;
    expect(registered.prototype instanceof exported).to.equal(true);
  });

  it('on a page that froze Symbol: one error saying what to change, nothing thrown', async () => {
    page = await embed({ head: `<script>Object.freeze(Symbol);</script><script src="${scriptUrl}"></script>`, body: '<mdma-faq></mdma-faq>' });
    await waitUntil(() => page!.window.customElements.get('mdma-faq') || page!.errors.length > 0, 'the script should register or report');
    await settled(page);
    const uncaught = page.errors.filter((error) => error.startsWith('uncaught') || error.startsWith('unhandled'));
    expect(uncaught).to.deep.equal([]);
    if (page.window.customElements.get('mdma-faq')) {
      // It could run after all: it must then work.
      await waitForRendered(page, 'mdma-faq');
      expect(page.errors).to.deep.equal([]);
    } else {
      expect(page.errors).to.have.length(1);
      expect(page.errors[0]).to.include('[mdma-therapy-widgets]').and.include('Symbol').and.include('before');
    }
  });
});

describe('Trusted Types', () => {
  let page: EmbeddedPage | undefined;
  afterEach(() => page?.remove());

  /** A page whose policy is in a meta tag (a frame cannot be served headers here), with a recorder for what it reports. */
  async function lockedDown(policy: string, body: string): Promise<EmbeddedPage> {
    return embed({ head: `<meta http-equiv="Content-Security-Policy" content="${policy}">${body}` });
  }

  it('on a page whose policy does not name lit-html: one error saying what to add, nothing thrown', async function () {
    if (!('trustedTypes' in window)) this.skip(); // Trusted Types exist in Chromium only.
    page = await lockedDown("require-trusted-types-for 'script'; trusted-types page-policy", `<script src="${scriptUrl}"></script>`);
    await waitUntil(() => page!.errors.length > 0, 'the script should report');
    await settled(page);
    expect(page.errors.filter((error) => !error.startsWith('[mdma-therapy-widgets]'))).to.deep.equal([]);
    expect(page.errors).to.have.length(1);
    expect(page.errors[0]).to.include('trusted-types').and.include('lit-html');
  });

  it('on a page that already has a lit-html policy: one error saying how to use the widgets, nothing thrown', async function () {
    if (!('trustedTypes' in window)) this.skip(); // Trusted Types exist in Chromium only.
    page = await lockedDown(
      "require-trusted-types-for 'script'; trusted-types lit-html",
      `<script>trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });</script><script src="${scriptUrl}"></script>`,
    );
    await waitUntil(() => page!.errors.length > 0, 'the script should report');
    await settled(page);
    expect(page.errors.filter((error) => !error.startsWith('[mdma-therapy-widgets]'))).to.deep.equal([]);
    expect(page.errors).to.have.length(1);
    expect(page.errors[0]).to.include("'allow-duplicates'");
  });

  it("works beside the page's own lit-html policy when the policy allows duplicates", async function () {
    if (!('trustedTypes' in window)) this.skip(); // Trusted Types exist in Chromium only.
    page = await lockedDown(
      "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
      `<script>trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });</script><script src="${scriptUrl}"></script><mdma-faq></mdma-faq>`,
    );
    await waitForRendered(page, 'mdma-faq');
    expect(page.errors).to.deep.equal([]);
  });

  it('loaded twice under trusted-types lit-html: the second copy stands aside with one warning', async function () {
    if (!('trustedTypes' in window)) this.skip(); // Trusted Types exist in Chromium only.
    page = await lockedDown(
      "require-trusted-types-for 'script'; trusted-types lit-html",
      `<script src="${scriptUrl}"></script><script src="${scriptUrl}"></script><mdma-faq></mdma-faq>`,
    );
    await waitForRendered(page, 'mdma-faq');
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings).to.have.length(1);
  });
});
