import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { faq } from '../src/data/faq.js';
import { sessions } from '../src/data/sessions.js';
import { studies } from '../src/data/studies.js';
import { embed, interactionOnly, scriptUrl, withoutScripts, type EmbeddedPage } from './embed.js';

/**
 * Pre-rendered embeds, as a page owner pastes them: the fragment from dist/prerendered/ (or from `prerender()`), then the
 * script with `defer`. The content must show before the script and without it; with it, the element must become
 * interactive in place: the same nodes, no second copy, no layout shift, and the first click already working.
 */

const tags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'] as const;
type Tag = (typeof tags)[number];

const fragments = new Map<Tag, string>();
async function fragment(tag: Tag): Promise<string> {
  if (!fragments.has(tag)) fragments.set(tag, await (await fetch(`/dist/prerendered/${tag}.html`)).text());
  return fragments.get(tag)!;
}

async function serverRender(tag: Tag, attributes: Record<string, string | boolean>, options: { data?: unknown; lang?: string; date?: string }) {
  const { html } = (await executeServerCommand('ssr-render', { tag, attributes, options })) as { html: string };
  return html;
}

const deferredScript = `<script defer src="${scriptUrl}"></script>`;

/**
 * Records layout shifts in the frame from the start, each with its time and what moved (`window.__layoutShifts`), and
 * the time the first widget began to hydrate (`window.__hydratedAt`: its `defer-hydration` removed), so that a hydration
 * that moves anything is caught and a failure says what moved, where and when.
 */
const layoutShiftRecorder = `<script>
  window.__layoutShifts = [];
  new MutationObserver((mutations) => {
    if (mutations.some((mutation) => !mutation.target.hasAttribute('defer-hydration'))) window.__hydratedAt ??= performance.now();
  }).observe(document.documentElement, { subtree: true, attributeFilter: ['defer-hydration'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = (entry.sources || []).map((source) => {
        const node = source.node;
        const name = node ? (node.nodeType === 1 ? node.localName + (node.className ? '.' + String(node.className).split(' ')[0] : '') : '#' + node.nodeName) : '?';
        return name + ' ' + JSON.stringify([source.previousRect.x, source.previousRect.y, source.previousRect.width, source.currentRect.x, source.currentRect.y, source.currentRect.width]);
      });
      window.__layoutShifts.push({ value: entry.value, startTime: entry.startTime, text: entry.value.toFixed(4) + ' at ' + Math.round(entry.startTime) + ' ms: ' + moved.join(', ') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
</script>`;

interface RecordedShift {
  readonly value: number;
  readonly startTime: number;
  readonly text: string;
}

/**
 * The layout shifts from the moment hydration began: what it could cause. Before that, on a busy machine, a frame can
 * be painted while the page is half parsed, and the next one (even after the parser has finished) shows the table's
 * columns widened as its later rows arrived: that is the page loading, not hydration. A frame holding a hydration's
 * change starts after it, since hydration runs between frames.
 */
function shiftsSinceHydration(frame: Window): RecordedShift[] {
  const recorded = frame as unknown as { __layoutShifts: RecordedShift[]; __hydratedAt?: number };
  expect(recorded.__hydratedAt, 'the time hydration began').to.be.a('number');
  return recorded.__layoutShifts.filter((shift) => shift.startTime >= recorded.__hydratedAt!);
}

const shown = (element: Element) => {
  element.getBoundingClientRect();
  return element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
};

const hydrated = (element: Element) => !element.hasAttribute('defer-hydration');

/** The text of the element's shadow root, but for "Copy link" (see `nodesOf`). */
const textOf = (element: Element) => {
  const copies = Array.from(element.shadowRoot!.querySelectorAll('.copy'), (copy) => copy.textContent ?? '');
  return copies.reduce((text, copy) => text.replace(copy, ''), element.shadowRoot!.textContent ?? '');
};

/**
 * Every node in the element's shadow root, to check later that hydration kept them. "Copy link" is left out: these
 * test pages are `srcdoc` frames, with no web address to link to, so the update after hydration rightly removes it.
 */
const nodesOf = (element: Element) => Array.from(element.shadowRoot!.querySelectorAll('*')).filter((node) => !node.closest('.copy'));

/** Clicks the middle of `target` inside the frame of `page` (or of a document in a frame) with the real mouse. */
async function click(page: EmbeddedPage | Document, target: Element): Promise<void> {
  // Scrolled to first (which may scroll this page too), then measured.
  target.scrollIntoView({ block: 'center' });
  const frame = ('frame' in page ? page.frame : page.defaultView!.frameElement!).getBoundingClientRect();
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(frame.x + box.x + box.width / 2), Math.round(frame.y + box.y + Math.min(box.height / 2, 10))] });
}

/**
 * Opens the second disclosure with a real click and the third with Enter, as a reader would before any script, and
 * checks that what each holds is then shown (`content`, a selector inside it).
 */
async function clickAndEnter(page: EmbeddedPage | Document, disclosures: HTMLDetailsElement[], content: string): Promise<void> {
  await click(page, disclosures[1]!.querySelector('summary')!);
  expect(shown(disclosures[1]!.querySelector(content)!), 'a click opens it').to.equal(true);
  ('frame' in page ? page.frame.contentWindow! : page.defaultView!).focus();
  disclosures[2]!.querySelector('summary')!.focus();
  await sendKeys({ press: 'Enter' });
  expect(shown(disclosures[2]!.querySelector(content)!), 'Enter opens it').to.equal(true);
}

/**
 * The native disclosures of each widget that has them, which work before its script and without it: how to find them and
 * their ids, the controls only the script can serve, and the event the widget sends when the reader closes one.
 */
const disclosing = {
  'mdma-faq': {
    disclosures: 'details.item',
    content: '.answer',
    id: (details: Element) => (details as HTMLElement).dataset['id']!,
    controls: '.show-all',
    closed: (id: string) => ({ type: 'mdma-faq-toggle', detail: { id, open: false, trigger: 'question' } }),
  },
  'session-timeline': {
    disclosures: 'details.step-disclosure',
    content: '.step-panel',
    id: (details: Element) => details.closest<HTMLElement>('.step')!.dataset['step']!,
    controls: '.show-all',
    closed: (stepId: string) => ({ type: 'session-timeline-toggle', detail: { stepId, open: false } }),
  },
  'study-table': {
    disclosures: 'details.details-toggle',
    content: '.details',
    id: (details: Element) => details.closest<HTMLElement>('tr')!.dataset['detailsFor']!,
    controls: '.download',
    closed: (id: string) => ({ type: 'study-table-toggle', detail: { id, open: false } }),
  },
} as const;

describe('pre-rendered embeds', () => {
  let page: EmbeddedPage | undefined;
  afterEach(async () => {
    page?.remove();
    page = undefined;
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    await resetMouse();
  });

  describe('without JavaScript', () => {
    for (const tag of tags) {
      it(`<${tag}> shows its content and sources, with working links and no controls that cannot work`, async () => {
        const html = await fragment(tag);
        expect(html).not.to.contain('<script');
        const doc = await withoutScripts(html);
        const element = doc.querySelector(tag)!;
        expect(element.shadowRoot, 'declarative shadow root').to.not.equal(null);
        const root = element.shadowRoot!;
        expect(root.textContent).to.contain('Sources');
        const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]'));
        expect(links.length).to.be.greaterThan(0);
        for (const link of links) expect(link.href).to.match(/^https?:/);
        for (const control of root.querySelectorAll('.search, .show-all, .copy, .controls, .tools')) {
          expect(shown(control), control.className).to.equal(false);
        }
        // A list of sources is shown, or behind a "Sources (N)" that opens without the script.
        for (const list of root.querySelectorAll('ol.sources')) {
          expect(shown(list) || list.parentElement!.localName === 'details', 'a list of sources').to.equal(true);
        }
      });
    }

    it('<study-table> shows every study, and opens its details with a click or Enter', async () => {
      const doc = await withoutScripts(await fragment('study-table'));
      const root = doc.querySelector('study-table')!.shadowRoot!;
      const disclosures = Array.from(root.querySelectorAll<HTMLDetailsElement>('details.details-toggle'));
      expect(disclosures.map((details) => details.closest('tr')!.dataset['detailsFor'])).to.deep.equal(studies.items.map((study) => study.id));
      expect(disclosures.some((details) => shown(details.querySelector('.details')!))).to.equal(false);
      await clickAndEnter(doc, disclosures, '.details');
      await sendKeys({ press: ' ' });
      expect(disclosures[2]!.open, 'Space closes them').to.equal(false);
      // "Sources (N)" opens the same way.
      const sources = root.querySelector<HTMLDetailsElement>('.footer-sources')!;
      sources.querySelector('summary')!.click();
      expect(shown(sources.querySelector('ol.sources')!)).to.equal(true);
    });

    it('<mdma-faq> shows every question, and opens and closes its answer with a click or Enter', async () => {
      const doc = await withoutScripts(await fragment('mdma-faq'));
      const root = doc.querySelector('mdma-faq')!.shadowRoot!;
      const items = Array.from(root.querySelectorAll<HTMLDetailsElement>('details.item'));
      expect(items).to.have.length(faq.items.length);
      expect(items.map((item) => item.querySelector('.question')!.textContent!.trim())).to.deep.equal(faq.items.map((item) => item.question));
      const [first, second] = items;
      const answer = first!.querySelector('.answer')!;
      expect(shown(answer)).to.equal(false);
      first!.querySelector('summary')!.click();
      expect(shown(answer), 'a click opens it').to.equal(true);
      first!.querySelector('summary')!.click();
      expect(shown(answer), 'a second click closes it').to.equal(false);
      doc.defaultView!.focus();
      second!.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(second!.open, 'Enter opens it').to.equal(true);
    });

    it('<session-timeline> shows every step, opens what happens in one with a click or Enter, and draws its axis to scale', async () => {
      const doc = await withoutScripts(await fragment('session-timeline'));
      const root = doc.querySelector('session-timeline')!.shadowRoot!;
      expect(root.querySelectorAll('.step')).to.have.length(sessions.items.length);
      // Every step with text of its own has it behind "More about this step": the dosing sessions and the endpoint.
      const disclosures = Array.from(root.querySelectorAll<HTMLDetailsElement>('details.step-disclosure'));
      expect(disclosures).to.have.length(sessions.items.filter((step) => step.details.length > 0).length);
      expect(disclosures.some((details) => shown(details.querySelector('.step-panel')!))).to.equal(false);
      await clickAndEnter(doc, disclosures, '.step-panel');
      const markers = Array.from(root.querySelectorAll<HTMLElement>('.axis-marker'));
      const positions = new Set(markers.map((marker) => Math.round(marker.getBoundingClientRect().left)));
      expect(positions.size, 'markers at different places along the axis').to.be.greaterThan(5);
    });
  });

  describe('with the script, deferred', () => {
    it('hydrates a FAQ in place at the first click, which opens the question', async () => {
      page = await embed({ head: interactionOnly, body: `<h1>A post</h1>${await fragment('mdma-faq')}${deferredScript}` });
      const element = page.document.querySelector('mdma-faq')!;
      await waitUntil(() => page!.window.customElements.get('mdma-faq'), 'the script should load');
      expect(hydrated(element)).to.equal(false);
      const before = nodesOf(element);
      const toggles = () => Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('summary.toggle'));
      const first = toggles()[0]!;
      const toggled = new Promise<Event>((resolve) => element.addEventListener('mdma-faq-toggle', resolve, { once: true }));
      await click(page, first);
      await toggled;
      expect(hydrated(element)).to.equal(true);
      expect((first.parentElement as HTMLDetailsElement).open).to.equal(true);
      expect(shown(first.nextElementSibling!)).to.equal(true);
      // The nodes are the pre-rendered ones, and there is one copy of the content.
      for (const node of before) expect(node.isConnected, node.localName).to.equal(true);
      expect(toggles()).to.have.length(faq.items.length);
      expect(element.shadowRoot!.querySelectorAll('.widget')).to.have.length(1);
      expect(page.errors).to.deep.equal([]);
    });

    for (const tag of tags) {
      it(`hydrates <${tag}> in view once the page is idle, in place, with no layout shift`, async () => {
        page = await embed({ head: layoutShiftRecorder, body: `<h1>A post</h1>${await fragment(tag)}${deferredScript}` });
        const element = page.document.querySelector(tag)!;
        const before = nodesOf(element);
        const text = textOf(element);
        await waitUntil(() => hydrated(element), 'it should hydrate once the page is idle', { timeout: 5000 });
        // The update after hydration (the page's language, date and so on) has been made too.
        await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
        expect(before.filter((node) => !node.isConnected).map((node) => node.localName)).to.deep.equal([]);
        expect(textOf(element)).to.equal(text);
        const shifts = shiftsSinceHydration(page.window);
        expect(shifts.map((shift) => shift.text)).to.deep.equal([]);
        expect(page.errors).to.deep.equal([]);
        expect(page.warnings).to.deep.equal([]);
      });
    }

    it('hydrates a study table at the first click on a sort button, which sorts it', async () => {
      page = await embed({ head: interactionOnly, body: `${await fragment('study-table')}${deferredScript}` });
      const element = page.document.querySelector('study-table')!;
      await waitUntil(() => page!.window.customElements.get('study-table'), 'the script should load');
      expect(hydrated(element)).to.equal(false);
      // Sorting reorders the rows, and the list of sources follows their order (each citation a piece of markup, written
      // anew where another takes its place), so the nodes kept are checked outside the table body and that list.
      const before = nodesOf(element).filter((node) => !node.closest('tbody, .footer ol'));
      const button = element.shadowRoot!.querySelector<HTMLButtonElement>('th[data-column="participants"] .sort-button')!;
      await click(page, button);
      await waitUntil(() => button.closest('th')!.getAttribute('aria-sort') === 'ascending', 'the first click should sort');
      const rows = Array.from(element.shadowRoot!.querySelectorAll('tbody tr[data-id]'), (row) => row.getAttribute('data-id'));
      expect(rows).to.have.length(studies.items.length);
      expect(before.filter((node) => !node.isConnected).map((node) => node.localName)).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    });

    it('hydrates when a question takes keyboard focus, so Enter opens it', async () => {
      page = await embed({ head: interactionOnly, body: `${await fragment('mdma-faq')}${deferredScript}` });
      const element = page.document.querySelector('mdma-faq')!;
      await waitUntil(() => page!.window.customElements.get('mdma-faq'), 'the script should load');
      const second = element.shadowRoot!.querySelectorAll<HTMLElement>('summary.toggle')[1]!;
      page.frame.focus();
      second.focus();
      expect(hydrated(element)).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => (second.parentElement as HTMLDetailsElement).open, 'Enter should open the question');
    });

    for (const [tag, widget] of Object.entries(disclosing)) {
      it(`<${tag}>: keeps open what the reader opened while the script was late, and shows its controls only when it arrives`, async () => {
        page = await embed({ head: interactionOnly, body: `<h1>A post</h1>${await fragment(tag as Tag)}` });
        const current = page;
        const element = page.document.querySelector(tag)!;
        const disclosures = Array.from(element.shadowRoot!.querySelectorAll<HTMLDetailsElement>(widget.disclosures));
        // No script yet: nothing that only the script could serve is shown (its controls keep their place, unseen).
        const control = element.shadowRoot!.querySelector(widget.controls)!;
        expect(shown(control)).to.equal(false);
        expect(element.shadowRoot!.querySelector('.copy')).to.equal(null);
        await clickAndEnter(page, disclosures, widget.content);
        // The script arrives, seconds later, and the widget hydrates at the next interaction.
        const script = page.document.createElement('script');
        script.src = scriptUrl;
        page.document.body.append(script);
        await waitUntil(() => current.window.customElements.get(tag), 'the script should load');
        disclosures[0]!.querySelector('summary')!.focus();
        expect(hydrated(element)).to.equal(true);
        await waitUntil(() => shown(control), 'the script shows its controls');
        expect(disclosures.map((details) => details.open)).to.deep.equal(disclosures.map((_, index) => index === 1 || index === 2));
        expect(disclosures.every((details) => details.isConnected)).to.equal(true);
        // The widget knows what is open: closing one reports it.
        const expected = widget.closed(widget.id(disclosures[1]!));
        const toggled = new Promise<Event>((resolve) => element.addEventListener(expected.type, resolve, { once: true }));
        await click(page, disclosures[1]!.querySelector('summary')!);
        expect(((await toggled) as CustomEvent).detail).to.deep.equal(expected.detail);
        expect(page.errors).to.deep.equal([]);
      });

      it(`<${tag}>: opens and closes with a click or a key when its script is blocked, and shows no control that cannot work`, async () => {
        // The host's Content Security Policy allows no scripts from here on: the snippet's script never runs.
        const blockScripts = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
        page = await embed({ head: blockScripts, body: `<h1>A post</h1>${await fragment(tag as Tag)}${deferredScript}` });
        const element = page.document.querySelector(tag)!;
        const disclosures = Array.from(element.shadowRoot!.querySelectorAll<HTMLDetailsElement>(widget.disclosures));
        await clickAndEnter(page, disclosures, widget.content);
        await sendKeys({ press: ' ' });
        expect(disclosures[2]!.open, 'Space closes it').to.equal(false);
        expect(page.window.customElements.get(tag)).to.equal(undefined);
        expect(shown(element.shadowRoot!.querySelector(widget.controls)!)).to.equal(false);
      });
    }

    it('hydrates a widget in view once the page is idle, and leaves one out of view until it is scrolled to', async () => {
      const spacer = '<div style="height: 4000px">Article text</div>';
      page = await embed({ body: `${await fragment('safety-callout')}${spacer}${await fragment('session-timeline')}${deferredScript}` });
      const inView = page.document.querySelector('safety-callout')!;
      const below = page.document.querySelector('session-timeline')!;
      await waitUntil(() => hydrated(inView), 'the widget in view should hydrate when the page is idle', { timeout: 5000 });
      expect(hydrated(below)).to.equal(false);
      const before = nodesOf(below);
      below.scrollIntoView();
      await waitUntil(() => hydrated(below), 'the widget should hydrate once scrolled into view', { timeout: 5000 });
      expect(before.filter((node) => !node.isConnected)).to.have.length(0);
      expect(page.errors).to.deep.equal([]);
      expect(page.warnings).to.deep.equal([]);
    });

    it('keeps the pre-rendered content when the script is in <head> without defer', async () => {
      page = await embed({ head: `<script src="${scriptUrl}"></script>`, body: await fragment('study-table') });
      const element = page.document.querySelector('study-table')!;
      expect(element.shadowRoot!.querySelector('table')).to.not.equal(null);
      const before = nodesOf(element);
      element.shadowRoot!.querySelector<HTMLButtonElement>('.sort-button')!.click();
      expect(hydrated(element)).to.equal(true);
      expect(before.filter((node) => !node.isConnected)).to.have.length(0);
      expect(element.shadowRoot!.querySelectorAll('table')).to.have.length(1);
      expect(page.errors).to.deep.equal([]);
    });

    it('keeps the heading level it was rendered at, and its heading nodes, wherever the page puts it', async () => {
      // Rendered on a server, which cannot see the page: "auto" is h2 there. In a section with an h2, "auto" would be h3.
      const section = `<h1>A guide</h1><section><h2>Questions</h2>${await fragment('mdma-faq')}</section>`;
      page = await embed({ head: interactionOnly, body: `${section}${deferredScript}` });
      const element = page.document.querySelector('mdma-faq')!;
      await waitUntil(() => page!.window.customElements.get('mdma-faq'), 'the script should load');
      const headings = Array.from(element.shadowRoot!.querySelectorAll('.question'));
      expect(new Set(headings.map((heading) => heading.localName))).to.deep.equal(new Set(['h2']));
      element.shadowRoot!.querySelector<HTMLElement>('summary.toggle')!.focus();
      expect(hydrated(element)).to.equal(true);
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(headings.every((heading) => heading.isConnected), 'the pre-rendered headings are kept').to.equal(true);
      expect(Array.from(element.shadowRoot!.querySelectorAll('.question'))).to.deep.equal(headings);
      expect(page.errors).to.deep.equal([]);
    });

    it("switches to the page's language after hydrating, in the same nodes", async () => {
      page = await embed({ head: interactionOnly, body: `<div lang="es">${await fragment('mdma-faq')}</div>${deferredScript}` });
      const element = page.document.querySelector('mdma-faq')!;
      await waitUntil(() => page!.window.customElements.get('mdma-faq'), 'the script should load');
      const question = element.shadowRoot!.querySelector('.question')!;
      // "Show all answers" only the script can serve: it is shown after hydration, in the page's language.
      const showAll = element.shadowRoot!.querySelector('.show-all')!;
      expect(shown(showAll)).to.equal(false);
      element.shadowRoot!.querySelector<HTMLElement>('summary.toggle')!.focus();
      await waitUntil(() => showAll.textContent!.trim() === 'Mostrar todas las respuestas', 'the FAQ should switch to Spanish');
      expect(shown(showAll)).to.equal(true);
      expect(showAll.isConnected && question.isConnected).to.equal(true);
      expect(page.errors).to.deep.equal([]);
    });

    it('takes host data that replaces a pre-rendered question after hydrating, in place of that question', async () => {
      page = await embed({ head: interactionOnly, body: `${await fragment('mdma-faq')}${deferredScript}` });
      const element = page.document.querySelector('mdma-faq')! as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
      await waitUntil(() => page!.window.customElements.get('mdma-faq'), 'the script should load');
      const first = element.shadowRoot!.querySelector<HTMLDetailsElement>('details.item')!;
      first.querySelector('summary')!.focus();
      expect(hydrated(element)).to.equal(true);
      await element.updateComplete;
      // The first question's answer, pre-rendered as one piece of markup, gives way to the host's, rendered as text.
      element.data = { mode: 'extend', items: [{ id: faq.items[0]!.id, question: 'Our own first question?', answer: ['Our own answer.'] }] };
      await element.updateComplete;
      expect(page.errors).to.deep.equal([]);
      expect(element.shadowRoot!.querySelectorAll('details.item')).to.have.length(faq.items.length);
      expect(first.querySelector('.question')!.textContent!.trim()).to.equal('Our own first question?');
      expect(first.querySelector('.answer-body')!.textContent!.trim()).to.equal('Our own answer.');
      expect(first.querySelector('.answer-body')!.children).to.have.length(1);
    });

    it("hydrates a table with a host's study written by prerender(): bundled studies as markup, the host's text bound", async () => {
      const attack = '<img src=x onerror=alert(1)>';
      const host = { ...studies.items[0]!, id: 'host-1', name: attack, condition: attack };
      const html = await serverRender('study-table', {}, { data: { mode: 'extend', items: [host] } });
      page = await embed({ head: interactionOnly, body: `${html}${deferredScript}` });
      const element = page.document.querySelector('study-table')!;
      await waitUntil(() => page!.window.customElements.get('study-table'), 'the script should load');
      const before = nodesOf(element);
      const summary = element.shadowRoot!.querySelector<HTMLElement>('tr[data-details-for="host-1"] summary')!;
      const toggled = new Promise<Event>((resolve) => element.addEventListener('study-table-toggle', resolve, { once: true }));
      await click(page, summary);
      expect(((await toggled) as CustomEvent).detail).to.deep.equal({ id: 'host-1', open: true });
      expect(hydrated(element)).to.equal(true);
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(before.filter((node) => !node.isConnected).map((node) => node.localName)).to.deep.equal([]);
      expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
      const row = element.shadowRoot!.querySelector('tr[data-id="host-1"]')!;
      expect(row.querySelector('th .cell-value')!.textContent).to.contain(attack);
      expect(row.closest('tbody')!.querySelector('img')).to.equal(null);
      expect(page.errors).to.deep.equal([]);
    });

    it('hydrates host data written by prerender(), and tells readers when content rendered long ago is due for review', async () => {
      const items = [{ id: 'clinic', question: 'Where is the clinic?', answer: ['On Main Street.'] }];
      // Rendered on 1 August 2026, a month before the content's next review.
      const html = await serverRender('mdma-faq', {}, { data: { items, lastReviewed: '2026-06-01', nextReview: '2026-09-01' }, date: '2026-08-01' });
      expect(html).to.contain('<script type="application/json">').and.contain('rendered-on="2026-08-01"').and.not.contain('class="review-due"');
      // A page read after the content's next review date (the clock of the frame is set to 2026-10-01).
      const clock = `<script>Date.now = () => Date.parse('2026-10-01T12:00:00Z');</script>`;
      page = await embed({ head: clock + interactionOnly, body: `${html}${deferredScript}` });
      const element = page.document.querySelector('mdma-faq')!;
      expect(Boolean(element.shadowRoot!.querySelector('.review-due'))).to.equal(false);
      const question = element.shadowRoot!.querySelector('.question-text')!;
      element.shadowRoot!.querySelector<HTMLElement>('summary.toggle')!.focus();
      await waitUntil(() => element.shadowRoot!.querySelector('.review-due'), 'the review notice should appear after hydration');
      expect(question.isConnected).to.equal(true);
      expect(question.textContent).to.equal('Where is the clinic?');
      expect(page.errors).to.deep.equal([]);
    });
  });
});
