import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMediaOrSkip, resetEmulatedMedia } from '../../../test/emulation.js';
import { pressShiftTab, skipIn, typeText } from '../../../test/engine.js';
import { faq } from '../../data/faq.js';
import { getSource } from '../../data/sources.js';
import { blocksToText } from '../../internal/render/rich-text.js';
import type { FaqToggleDetail, MdmaFaq } from './mdma-faq.js';
import './mdma-faq.js';
import { recordConsole } from '../../../test/console.js';

const root = (element: MdmaFaq) => element.shadowRoot!;
/** The questions shown: those the search leaves. */
const shownItems = (element: MdmaFaq) => Array.from(root(element).querySelectorAll<HTMLDetailsElement>('details.item:not([hidden])'));
const toggles = (element: MdmaFaq) => shownItems(element).map((item) => item.querySelector('summary')!);
const shownIds = (element: MdmaFaq) => shownItems(element).map((item) => item.dataset['id'] ?? '');
const itemFor = (element: MdmaFaq, id: string) => root(element).querySelector<HTMLDetailsElement>(`details.item[data-id="${id}"]`)!;
const toggleFor = (element: MdmaFaq, id: string) => itemFor(element, id).querySelector('summary')!;
const answerFor = (element: MdmaFaq, id: string) => itemFor(element, id).querySelector<HTMLElement>('.answer')!;
const showAll = (element: MdmaFaq) => root(element).querySelector<HTMLButtonElement>('.show-all');
const focused = (element: MdmaFaq) => root(element).activeElement;
const footerText = (element: MdmaFaq) => root(element).querySelector('.footer')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Open means both what assistive technology hears (the disclosure's state) and what the eye sees. */
function isOpen(element: MdmaFaq, id: string): boolean {
  return itemFor(element, id).open && answerFor(element, id).checkVisibility();
}

/** The next `mdma-faq-toggle` event from `element`: a reader's toggle reaches the widget as a task after the click. */
async function nextToggle(element: MdmaFaq): Promise<FaqToggleDetail> {
  return ((await oneEvent(element, 'mdma-faq-toggle')) as CustomEvent<FaqToggleDetail>).detail;
}

function itemById(id: string) {
  const item = faq.items.find((question) => question.id === id);
  if (!item) throw new Error(`The bundled FAQ has no question "${id}"; the tests need it.`);
  return item;
}

function clearHash() {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/** Collects every `mdma-faq-toggle` event that reaches `target`. */
function recordToggles(target: EventTarget) {
  const details: FaqToggleDetail[] = [];
  target.addEventListener('mdma-faq-toggle', (event) => details.push((event as CustomEvent<FaqToggleDetail>).detail));
  return details;
}

const safeId = 'is-it-safe';
const doseId = 'what-dose-is-used';
const firstId = faq.items[0]!.id;

describe('<mdma-faq>', () => {
  let consoleRecord: ReturnType<typeof recordConsole> | undefined;

  afterEach(async () => {
    consoleRecord?.restore();
    consoleRecord = undefined;
    clearHash();
    window.scrollTo(0, 0);
    await resetEmulatedMedia();
  });

  describe('questions and answers', () => {
    it('shows every bundled question as a heading in the summary of a closed disclosure, h2 on a page with no heading before it', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq></mdma-faq>`);
      const headings = Array.from(root(element).querySelectorAll('.question'));
      expect(headings.map((heading) => heading.localName)).to.deep.equal(faq.items.map(() => 'h2'));
      expect(headings.map((heading) => heading.textContent!.trim())).to.deep.equal(faq.items.map((item) => item.question));
      for (const toggle of toggles(element)) {
        expect(toggle.parentElement!.localName).to.equal('details');
        expect(toggle.querySelector('h2'), 'the heading sits inside the summary').not.to.equal(null);
        expect((toggle.parentElement as HTMLDetailsElement).open).to.equal(false);
        expect(toggle.nextElementSibling!.checkVisibility(), 'a closed answer is not shown').to.equal(false);
      }
      await expect(element).to.be.accessible();
    });

    it('uses the heading level the host sets', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq heading-level="4"></mdma-faq>`);
      expect(root(element).querySelectorAll('h4.question')).to.have.length(faq.items.length);
      expect(root(element).querySelector('h2, h3')).to.equal(null);
    });

    it('warns once and uses "auto" for a heading level it cannot use', async () => {
      consoleRecord = recordConsole();
      const page = await fixture<HTMLElement>(html`<article><h2>Questions</h2><mdma-faq heading-level="1"></mdma-faq></article>`);
      const element = page.querySelector<MdmaFaq>('mdma-faq')!;
      element.open = 'all';
      await element.updateComplete;
      expect(root(element).querySelectorAll('h3.question')).to.have.length(faq.items.length);
      const warnings = consoleRecord.warnings.filter((message) => message.includes('heading-level="1"'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<mdma-faq>');
    });

    it('opens and closes an answer when its question is clicked', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq></mdma-faq>`);
      const opened = nextToggle(element);
      toggleFor(element, safeId).click();
      expect(await opened).to.deep.equal({ id: safeId, open: true, trigger: 'question' });
      expect(isOpen(element, safeId)).to.equal(true);
      expect(answerFor(element, safeId).textContent).to.contain(blocksToText(itemById(safeId).answer).slice(0, 40));
      const closed = nextToggle(element);
      toggleFor(element, safeId).click();
      expect(await closed).to.deep.equal({ id: safeId, open: false, trigger: 'question' });
      expect(isOpen(element, safeId)).to.equal(false);
    });

    it('marks the bundled content as English on a page in another language', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><mdma-faq open="all"></mdma-faq></div>`);
      const element = wrapper.querySelector('mdma-faq')!;
      await element.updateComplete;
      expect(root(element).querySelector('.question-text')!.getAttribute('lang')).to.equal('en');
      expect(root(element).querySelector('.answer-body')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('keyboard', () => {
    it('can be used with the keyboard alone: Tab moves between questions, Enter and Space toggle', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">Before</button>
        <mdma-faq questions="${firstId} ${safeId} ${doseId}"></mdma-faq>
      </div>`);
      const element = wrapper.querySelector('mdma-faq')!;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(showAll(element));
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(toggleFor(element, firstId));
      // A closed answer holds nothing to tab to: the next stop is the next question.
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(toggleFor(element, safeId));

      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(isOpen(element, safeId)).to.equal(true);
      // An open answer's sources and its "Copy link" come before the next question.
      const sourceLinks = itemById(safeId).sources.length;
      expect(sourceLinks).to.be.greaterThan(0);
      for (let link = 0; link < sourceLinks; link++) {
        await sendKeys({ press: 'Tab' });
        expect(focused(element)?.closest('.answer-citations'), `source link ${link + 1}`).to.not.equal(null);
      }
      await sendKeys({ press: 'Tab' });
      expect(focused(element)?.classList.contains('copy-link')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(toggleFor(element, doseId));

      // The space bar by its character: the key name "Space" is unknown to Firefox's driver.
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(isOpen(element, doseId)).to.equal(true);
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(isOpen(element, doseId)).to.equal(false);

      for (let stop = 0; stop < sourceLinks + 2; stop++) await pressShiftTab();
      expect(focused(element)).to.equal(toggleFor(element, safeId));
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(isOpen(element, safeId)).to.equal(false);
    });

    it('moves between questions with Up and Down, wrapping round, and to the first and last with Home and End', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq questions="${firstId} ${safeId} ${doseId}"></mdma-faq>`);
      // The keys are the widget's: the page does not also scroll.
      const scrolled: boolean[] = [];
      const recordDefault = (event: KeyboardEvent) => scrolled.push(!event.defaultPrevented);
      window.addEventListener('keydown', recordDefault);
      try {
        toggleFor(element, firstId).focus();
        await sendKeys({ press: 'ArrowDown' });
        expect(focused(element)).to.equal(toggleFor(element, safeId));
        await sendKeys({ press: 'ArrowDown' });
        expect(focused(element)).to.equal(toggleFor(element, doseId));
        await sendKeys({ press: 'ArrowDown' });
        expect(focused(element), 'Down on the last question goes to the first').to.equal(toggleFor(element, firstId));
        await sendKeys({ press: 'ArrowUp' });
        expect(focused(element), 'Up on the first question goes to the last').to.equal(toggleFor(element, doseId));
        await sendKeys({ press: 'Home' });
        expect(focused(element)).to.equal(toggleFor(element, firstId));
        await sendKeys({ press: 'End' });
        expect(focused(element)).to.equal(toggleFor(element, doseId));
        expect(scrolled).to.deep.equal([false, false, false, false, false, false]);
      } finally {
        window.removeEventListener('keydown', recordDefault);
      }
      // Moving opens nothing: Enter and Space still do that.
      expect([firstId, safeId, doseId].some((id) => isOpen(element, id))).to.equal(false);
    });

    it('moves only between the questions a search leaves, and leaves the keys alone elsewhere', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable open="${safeId}"></mdma-faq>`);
      const input = root(element).querySelector<HTMLInputElement>('.search-input')!;
      input.focus();
      await typeText('dose');
      await element.updateComplete;
      const shown = toggles(element);
      expect(shown.length).to.be.greaterThan(1);
      expect(shown.length).to.be.lessThan(faq.items.length);
      // In the search box, Home and End are the text field's.
      await sendKeys({ press: 'Home' });
      expect(focused(element)).to.equal(input);
      shown[0]!.focus();
      await sendKeys({ press: 'End' });
      expect(focused(element)).to.equal(shown.at(-1));
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(element)).to.equal(shown[0]);
    });
  });

  describe('the mdma-faq-toggle event', () => {
    it('bubbles out of the element with the question id and whether it opened', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><mdma-faq></mdma-faq></div>`);
      const element = wrapper.querySelector('mdma-faq')!;
      setTimeout(() => toggleFor(element, doseId).click());
      const opened = (await oneEvent(wrapper, 'mdma-faq-toggle')) as CustomEvent<FaqToggleDetail>;
      expect(opened.detail).to.deep.equal({ id: doseId, open: true, trigger: 'question' });
      expect(opened.bubbles).to.equal(true);
      expect(opened.composed).to.equal(true);

      await element.updateComplete;
      setTimeout(() => toggleFor(element, doseId).click());
      const closed = (await oneEvent(wrapper, 'mdma-faq-toggle')) as CustomEvent<FaqToggleDetail>;
      expect(closed.detail).to.deep.equal({ id: doseId, open: false, trigger: 'question' });
    });

    it('is not sent for answers the open attribute opens at start', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const details = recordToggles(wrapper);
      const element = document.createElement('mdma-faq');
      element.setAttribute('open', 'all');
      wrapper.append(element);
      await element.updateComplete;
      expect(isOpen(element, firstId)).to.equal(true);
      // The disclosures the attribute opened report their toggles as a task: wait for the last one.
      await oneEvent(itemFor(element, faq.items.at(-1)!.id), 'toggle');
      expect(details).to.deep.equal([]);
    });
  });

  describe('Show all and Hide all', () => {
    it('opens every answer and then reads "Hide all answers", its label alone saying what it does', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq></mdma-faq>`);
      const details = recordToggles(element);
      const control = showAll(element)!;
      expect(control.textContent!.trim()).to.equal('Show all answers');
      // A label that changes and an expanded state as well would be read "Hide all answers, expanded".
      expect(control.hasAttribute('aria-expanded')).to.equal(false);

      control.click();
      await element.updateComplete;
      expect(faq.items.every((item) => isOpen(element, item.id))).to.equal(true);
      expect(control.textContent!.trim()).to.equal('Hide all answers');
      expect(control.hasAttribute('aria-expanded')).to.equal(false);
      expect(details).to.have.length(faq.items.length);
      expect(details.every((detail) => detail.open && detail.trigger === 'all')).to.equal(true);
      await expect(element).to.be.accessible();

      control.click();
      await element.updateComplete;
      expect(faq.items.some((item) => isOpen(element, item.id))).to.equal(false);
      expect(control.textContent!.trim()).to.equal('Show all answers');
    });

    it('follows the state when the reader opens every answer one by one', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq questions="${safeId} ${doseId}"></mdma-faq>`);
      let toggled = nextToggle(element);
      toggleFor(element, safeId).click();
      await toggled;
      await element.updateComplete;
      expect(showAll(element)!.textContent!.trim()).to.equal('Show all answers');
      toggled = nextToggle(element);
      toggleFor(element, doseId).click();
      await toggled;
      await element.updateComplete;
      expect(showAll(element)!.textContent!.trim()).to.equal('Hide all answers');
    });
  });

  describe('attributes', () => {
    it('shows only the questions named in questions, in that order', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq questions="${doseId}, ${safeId} ${firstId}"></mdma-faq>`);
      expect(shownIds(element)).to.deep.equal([doseId, safeId, firstId]);
    });

    it('keeps each answer open or closed with its question when the questions change order', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq questions="${safeId} ${doseId}"></mdma-faq>`);
      const opened = nextToggle(element);
      toggleFor(element, safeId).click();
      await opened;
      element.questions = `${doseId} ${safeId}`;
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal([doseId, safeId]);
      expect(isOpen(element, safeId), 'the question the reader opened').to.equal(true);
      expect(isOpen(element, doseId), 'the question now in its place').to.equal(false);
      expect(answerFor(element, doseId).textContent).to.contain(blocksToText(itemById(doseId).answer).slice(0, 40));
    });

    it('warns naming a question id it does not know, and shows the others', async () => {
      consoleRecord = recordConsole();
      const element = await fixture<MdmaFaq>(html`<mdma-faq questions="${safeId} no-such-question"></mdma-faq>`);
      expect(shownIds(element)).to.deep.equal([safeId]);
      expect(consoleRecord.warnings).to.have.length(1);
      expect(consoleRecord.warnings[0]).to.contain('<mdma-faq>').and.contain('questions=').and.contain('"no-such-question"');
    });

    it('shows every question, with a warning, when questions names none it knows', async () => {
      consoleRecord = recordConsole();
      const element = await fixture<MdmaFaq>(html`<mdma-faq questions="nothing-here"></mdma-faq>`);
      expect(shownIds(element)).to.have.length(faq.items.length);
      expect(consoleRecord.warnings.some((message) => message.includes('showing them all'))).to.equal(true);
    });

    it('opens the answers named in open at start', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq open="${safeId} ${doseId}"></mdma-faq>`);
      expect(faq.items.filter((item) => isOpen(element, item.id)).map((item) => item.id)).to.have.members([safeId, doseId]);
    });

    it('opens every answer at start with open="all"', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq open="all"></mdma-faq>`);
      expect(faq.items.every((item) => isOpen(element, item.id))).to.equal(true);
      expect(showAll(element)!.textContent!.trim()).to.equal('Hide all answers');
      await expect(element).to.be.accessible();
    });

    it('keeps only one answer open in exclusive mode', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq exclusive></mdma-faq>`);
      const details = recordToggles(element);
      expect(showAll(element), 'no "Show all" when only one answer may be open').to.equal(null);
      toggleFor(element, safeId).click();
      await waitUntil(() => details.length === 1, 'the first question did not report opening');
      toggleFor(element, doseId).click();
      await waitUntil(() => details.length === 3, 'the second question did not report opening, and the first closing');
      expect(isOpen(element, doseId)).to.equal(true);
      expect(isOpen(element, safeId)).to.equal(false);
      expect(details).to.have.deep.members([
        { id: safeId, open: true, trigger: 'question' },
        { id: safeId, open: false, trigger: 'question' },
        { id: doseId, open: true, trigger: 'question' },
      ]);
      await expect(element).to.be.accessible();
    });

    it('opens only the first of several answers named in open in exclusive mode, with a warning', async () => {
      consoleRecord = recordConsole();
      const element = await fixture<MdmaFaq>(html`<mdma-faq exclusive open="${safeId} ${doseId}"></mdma-faq>`);
      expect(isOpen(element, safeId)).to.equal(true);
      expect(isOpen(element, doseId)).to.equal(false);
      expect(consoleRecord.warnings.some((message) => message.includes('exclusive'))).to.equal(true);
    });
  });

  describe('deep links', () => {
    it('opens the answer named in the URL hash on load and scrolls it into view', async () => {
      history.replaceState(null, '', `#${doseId}`);
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size: 3000px">Article text above the FAQ</div>
        <mdma-faq></mdma-faq>
      </div>`);
      const element = wrapper.querySelector('mdma-faq')!;
      await element.updateComplete;
      expect(isOpen(element, doseId)).to.equal(true);
      expect(faq.items.filter((item) => isOpen(element, item.id))).to.have.length(1);
      const item = itemFor(element, doseId);
      // Not flush against the top edge: 1em of room by default.
      const room = parseFloat(getComputedStyle(item).fontSize);
      await waitUntil(() => Math.abs(item.getBoundingClientRect().top - room) < 2, 'the linked question was not scrolled to the top');
    });

    it('keeps the room the host asks for above a linked question, for a sticky header', async () => {
      history.replaceState(null, '', `#${doseId}`);
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size: 3000px">Article text above the FAQ</div>
        <mdma-faq style="--mdma-scroll-margin-top: 80px"></mdma-faq>
        <div style="block-size: 3000px"></div>
      </div>`);
      const element = wrapper.querySelector('mdma-faq')!;
      await element.updateComplete;
      const item = itemFor(element, doseId);
      await waitUntil(() => Math.abs(item.getBoundingClientRect().top - 80) < 2, `the linked question is at ${item.getBoundingClientRect().top} px, not 80`);
    });

    it('opens the answer and moves focus to its question when the hash changes later', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <mdma-faq></mdma-faq>
        <div style="block-size: 3000px"></div>
      </div>`);
      const element = wrapper.querySelector('mdma-faq')!;
      const details = recordToggles(element);
      expect(isOpen(element, safeId)).to.equal(false);
      const changed = oneEvent(window, 'hashchange');
      location.hash = safeId;
      await changed;
      await element.updateComplete;
      expect(isOpen(element, safeId)).to.equal(true);
      expect(focused(element)).to.equal(toggleFor(element, safeId));
      expect(details).to.deep.equal([{ id: safeId, open: true, trigger: 'link' }]);
    });

    it('clears a search that hides the linked question', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable></mdma-faq>`);
      const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      await typeText('zzqx');
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal([]);
      const changed = oneEvent(window, 'hashchange');
      location.hash = doseId;
      await changed;
      await element.updateComplete;
      expect(input.value).to.equal('');
      expect(isOpen(element, doseId)).to.equal(true);
    });

    it('ignores a hash that names no question here', async () => {
      history.replaceState(null, '', '#comments');
      const element = await fixture<MdmaFaq>(html`<mdma-faq></mdma-faq>`);
      expect(faq.items.some((item) => isOpen(element, item.id))).to.equal(false);
    });

    it('copies a link to the answer with "Copy link"', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq open="${safeId}"></mdma-faq>`);
      const copied: string[] = [];
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: async (text: string) => void copied.push(text),
      });
      try {
        const button = answerFor(element, safeId).querySelector<HTMLButtonElement>('.copy-link')!;
        expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Copy link to the answer to: ${itemById(safeId).question}`);
        button.click();
        await waitUntil(() => copied.length === 1, 'nothing was copied');
        const url = new URL(copied[0]!);
        expect(url.hash).to.equal(`#${safeId}`);
        expect(url.pathname).to.equal(location.pathname);
        await element.updateComplete;
        const status = answerFor(element, safeId).querySelector('.copy-status')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.textContent!.trim()).to.equal('Link copied');
      } finally {
        delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
      }
    });

    it('shows the link to copy by hand when the browser refuses to copy', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq open="${safeId}"></mdma-faq>`);
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
      try {
        answerFor(element, safeId).querySelector<HTMLButtonElement>('.copy-link')!.click();
        await waitUntil(() => answerFor(element, safeId).querySelector('.copy-status a') !== null, 'no link to copy by hand');
        const link = answerFor(element, safeId).querySelector<HTMLAnchorElement>('.copy-status a')!;
        expect(new URL(link.href).hash).to.equal(`#${safeId}`);
        expect(answerFor(element, safeId).querySelector('.copy-status')!.textContent).to.contain('did not allow copying');
      } finally {
        delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
      }
    });
  });

  describe('find in page', () => {
    it('keeps closed answers findable, and opens one when the browser finds text in it', async function () {
      // Skipped in WebKit: its text-fragment search does not reveal a closed disclosure's content inside a shadow root.
      skipIn(this, 'webkit');
      const element = await fixture<MdmaFaq>(html`<mdma-faq questions="${doseId}"></mdma-faq>`);
      const details = recordToggles(element);
      const body = answerFor(element, doseId).querySelector('.answer-body')!;
      expect(body.checkVisibility(), 'a closed answer is not shown').to.equal(false);
      // A text fragment link uses the browser's own search-and-reveal, the same as find-in-page.
      const phrase = blocksToText(itemById(doseId).answer).split(/[.\n]/)[0]!.trim().split(/\s+/).slice(0, 5).join(' ');
      location.hash = `:~:text=${encodeURIComponent(phrase)}`;
      await waitUntil(() => isOpen(element, doseId), 'the browser found the text but the answer stayed closed');
      expect(body.checkVisibility()).to.equal(true);
      await waitUntil(() => details.length > 0, 'the answer opened but the widget did not report it');
      expect(details).to.deep.equal([{ id: doseId, open: true, trigger: 'find' }]);
    });
  });

  describe('search', () => {
    async function search(element: MdmaFaq, text: string) {
      const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      await typeText(text);
      await element.updateComplete;
    }
    const status = (element: MdmaFaq) => root(element).querySelector('.search-status')!;
    /** The words as a reader's browser hands them over at once (typing itself is covered below, and slow in WebKit's driver). */
    async function enter(element: MdmaFaq, text: string) {
      const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
    }

    it('has no search box unless searchable is set', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq></mdma-faq>`);
      expect(root(element).querySelector('input')).to.equal(null);
    });

    it('filters questions and answers as the reader types and announces the number of matches politely', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable></mdma-faq>`);
      const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(root(element).querySelector(`label[for="${input.id}"]`)!.textContent!.trim()).to.equal('Search the questions');
      // The hint is the box's description, so a screen reader reads it on reaching the box, not only when browsing past it.
      const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      expect(described.map((id) => root(element).getElementById(id)?.textContent?.trim())).to.deep.equal([
        'The list shows only the questions and answers that contain every word you type.',
      ]);
      expect(status(element).getAttribute('role')).to.equal('status');
      expect(status(element).textContent!.trim()).to.equal('');

      await search(element, 'dose');
      const shown = shownIds(element);
      expect(shown).to.include(doseId);
      expect(shown.length).to.be.lessThan(faq.items.length);
      for (const id of shown) {
        const item = itemById(id);
        expect(`${item.question} ${blocksToText(item.answer)}`.toLowerCase(), id).to.contain('dose');
      }
      const hidden = faq.items.filter((item) => !shown.includes(item.id));
      for (const item of hidden) expect(`${item.question} ${blocksToText(item.answer)}`.toLowerCase(), item.id).not.to.contain('dose');
      expect(status(element).textContent!.trim()).to.equal(`${shown.length} ${shown.length === 1 ? 'question matches' : 'questions match'}`);
      await expect(element).to.be.accessible();
    });

    it('matches every word typed, whatever the case or accents', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable></mdma-faq>`);
      await search(element, 'FDÁ apprOVED');
      expect(shownIds(element)).to.include('is-it-fda-approved');
      for (const id of shownIds(element)) {
        const text = `${itemById(id).question} ${blocksToText(itemById(id).answer)}`.toLowerCase();
        expect(text, id).to.contain('fda').and.contain('approved');
      }
    });

    it('says so when nothing matches', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable></mdma-faq>`);
      await search(element, 'zzqx');
      expect(shownIds(element)).to.deep.equal([]);
      // One message, in the status the search box announces: what happened, then what to try.
      expect(root(element).querySelectorAll('.search p:not(.search-hint)')).to.have.length(1);
      expect(status(element).textContent!.trim()).to.equal('No questions match “zzqx”. Check the spelling or try a shorter or different word.');
      expect(showAll(element)).to.equal(null);
      expect(footerText(element)).not.to.contain('Sources');
      await expect(element).to.be.accessible();
    });

    it('shows the answers that match open and marks the words, and closes them again when the search is cleared', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable></mdma-faq>`);
      const opened = faq.items[0]!.id;
      const reader = oneEvent(element, 'mdma-faq-toggle');
      itemFor(element, opened).querySelector('summary')!.click();
      await reader;
      const toggles: FaqToggleDetail[] = [];
      element.addEventListener('mdma-faq-toggle', (event) => toggles.push((event as CustomEvent<FaqToggleDetail>).detail));
      await enter(element, 'blood pressure');
      const shown = shownIds(element);
      expect(shown.length).to.be.greaterThan(1);
      expect(shown.length).to.be.at.most(5);
      expect(shown.every((id) => isOpen(element, id)), 'every match open').to.equal(true);
      // Shown open by the search, not opened: the host is told nothing.
      expect(toggles).to.deep.equal([]);
      if (globalThis.CSS?.highlights) {
        const marked = [...(CSS.highlights.get('mdma-faq-found') as unknown as Set<Range>)];
        expect(marked.length).to.be.at.least(shown.length);
        expect(new Set(marked.map((range) => range.toString().toLowerCase()))).to.deep.equal(new Set(['blood', 'pressure']));
        expect(marked.every((range) => shown.includes((range.startContainer.parentElement!.closest('.item') as HTMLElement).dataset['id']!))).to.equal(true);
      }
      // The reader closes one the search opened: it stays closed, and it is theirs now.
      const closedByReader = shown.find((id) => id !== opened)!;
      const closing = oneEvent(element, 'mdma-faq-toggle');
      itemFor(element, closedByReader).querySelector('summary')!.click();
      expect(((await closing) as CustomEvent<FaqToggleDetail>).detail).to.deep.equal({ id: closedByReader, open: false, trigger: 'question' });
      await element.updateComplete;
      expect(isOpen(element, closedByReader)).to.equal(false);
      const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.select();
      await sendKeys({ press: 'Backspace' });
      await element.updateComplete;
      // What the reader opened before searching stays open; what the search opened closes again.
      expect(faq.items.filter((item) => isOpen(element, item.id)).map((item) => item.id)).to.deep.equal([opened]);
      if (globalThis.CSS?.highlights) expect((CSS.highlights.get('mdma-faq-found') as unknown as Set<Range>).size).to.equal(0);
    });

    it('finds the drug’s street name however it is commonly misspelt', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable></mdma-faq>`);
      await enter(element, 'ecstasy');
      const expected = shownIds(element);
      expect(expected.length).to.be.greaterThan(0);
      for (const spelling of ['ecstacy', 'Extasy', 'exstacy']) {
        await enter(element, spelling);
        expect(shownIds(element), spelling).to.deep.equal(expected);
      }
      await enter(element, 'ecstazzy');
      expect(shownIds(element)).to.deep.equal([]);
    });

    it('lists the questions closed while a search leaves many of them', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable></mdma-faq>`);
      await enter(element, 'the');
      expect(shownIds(element).length).to.be.greaterThan(5);
      expect(shownIds(element).some((id) => isOpen(element, id))).to.equal(false);
    });

    it('lets Hide all close the answers the search opened, and leaves them closed after it', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable></mdma-faq>`);
      await enter(element, 'blood pressure');
      const shown = shownIds(element);
      expect(showAll(element)!.textContent!.trim()).to.equal('Hide all answers');
      showAll(element)!.click();
      await element.updateComplete;
      expect(shown.some((id) => isOpen(element, id))).to.equal(false);
      const input = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.select();
      await sendKeys({ press: 'Backspace' });
      await element.updateComplete;
      expect(faq.items.some((item) => isOpen(element, item.id))).to.equal(false);
    });
  });

  describe('sources and review date', () => {
    it('gives each source once, under the answer that cites it, and the review dates in the footer', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq questions="${doseId}"></mdma-faq>`);
      const footer = root(element).querySelector<HTMLElement>('.footer')!;
      // The answers list their sources; the footer lists none again (on screen, and on paper where it printed twice).
      expect(footer.querySelector('ol, .sources-toggle')).to.equal(null);
      expect(footerText(element)).not.to.contain('Sources');
      expect(footerText(element)).to.contain('Reviewed 28 November 2026');
      for (const date of footer.querySelectorAll<HTMLElement>('.reviewed, .next-review')) expect(date.checkVisibility()).to.equal(true);
      const cited = itemById(doseId).sources.map((id) => new URL(getSource(id)!.url).href);
      const links = Array.from(root(element).querySelectorAll<HTMLAnchorElement>('.answer-sources a'), (link) => link.href);
      expect(links).to.deep.equal(cited);
    });

    it('shows under each answer the sources that answer cites', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq open="all"></mdma-faq>`);
      for (const item of faq.items) {
        const citations = answerFor(element, item.id).querySelector('.answer-citations')!;
        expect(citations.checkVisibility(), item.id).to.equal(true);
        expect(citations.querySelector('.answer-sources-title')!.textContent).to.equal('Sources');
        const links = [...citations.querySelectorAll<HTMLAnchorElement>('li a')].map((link) => link.href);
        expect(links, item.id).to.deep.equal(item.sources.map((id) => new URL(getSource(id)!.url).href));
      }
      await expect(element).to.be.accessible();
      // An answer that cites nothing has no empty list under it.
      const hosted = await fixture<MdmaFaq>(
        html`<mdma-faq open="all" .data=${[{ id: 'hours', question: 'When are you open?', answer: ['Weekdays.'], sources: [] }]}></mdma-faq>`,
      );
      expect(root(hosted).querySelector('.answer-citations')).to.equal(null);
    });
  });

  describe('printing', () => {
    it('prints every answer expanded, without the controls', async function () {
      const element = await fixture<MdmaFaq>(html`<mdma-faq searchable></mdma-faq>`);
      const bodies = Array.from(root(element).querySelectorAll('.answer-body'));
      expect(bodies.some((body) => body.checkVisibility())).to.equal(false);
      // Skipped in Firefox and WebKit: print media is emulated over the DevTools Protocol, which their drivers lack.
      await emulateMediaOrSkip(this, { media: 'print' });
      expect(bodies.every((body) => body.checkVisibility())).to.equal(true);
      expect(getComputedStyle(showAll(element)!).display).to.equal('none');
      expect(getComputedStyle(root(element).querySelector('.search')!).display).to.equal('none');
      expect(getComputedStyle(root(element).querySelector('.copy')!).display).to.equal('none');
      // Each answer's sources print under it, once.
      expect(Array.from(root(element).querySelectorAll('.answer-sources')).every((list) => list.checkVisibility())).to.equal(true);
    });
  });

  describe('host questions', () => {
    const hostItem = {
      id: 'clinic-hours',
      question: '¿Cuándo abre la clínica?',
      answer: ['De lunes a viernes, de 9 a 17 h.'],
      sources: [],
    };

    it('replaces the bundled questions with those in a JSON child', async () => {
      const data = JSON.stringify({ items: [hostItem], language: 'es', lastReviewed: '2026-01-02' });
      const element = await fixture<MdmaFaq>(html`<mdma-faq><script type="application/json">${data}</script></mdma-faq>`);
      expect(shownIds(element)).to.deep.equal(['clinic-hours']);
      expect(toggleFor(element, 'clinic-hours').textContent!.trim()).to.equal(hostItem.question);
      expect(root(element).querySelector('.question-text')!.getAttribute('lang')).to.equal('es');
      expect(footerText(element)).to.contain('Reviewed 2 January 2026');
      await expect(element).to.be.accessible();
    });

    it('adds host questions after the bundled ones in extend mode, from the data property', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq .data=${{ items: [hostItem], mode: 'extend' }}></mdma-faq>`);
      expect(shownIds(element)).to.deep.equal([...faq.items.map((item) => item.id), 'clinic-hours']);
    });

    it('shows no review date under host questions that replace ours without one', async () => {
      const element = await fixture<MdmaFaq>(html`<mdma-faq .data=${[hostItem]}></mdma-faq>`);
      expect(shownIds(element)).to.deep.equal(['clinic-hours']);
      const reviewed = root(element).querySelector('.reviewed');
      expect(reviewed === null || !reviewed.checkVisibility()).to.equal(true);
    });

    it('shows the bundled questions, with one error naming the field, when host data is invalid', async () => {
      consoleRecord = recordConsole();
      const element = await fixture<MdmaFaq>(html`<mdma-faq .data=${[{ id: 'x', question: 'Missing its answer' }]}></mdma-faq>`);
      element.open = 'all';
      await element.updateComplete;
      expect(shownIds(element)).to.have.length(faq.items.length);
      expect(consoleRecord.errors).to.have.length(1);
      expect(consoleRecord.errors[0]).to.contain('<mdma-faq>').and.contain('answer');
    });

    it('renders markup in host data as inert text', async () => {
      const markup = '<img src=x onerror=alert(1)>';
      const element = await fixture<MdmaFaq>(
        html`<mdma-faq open="all" .data=${[{ id: 'markup', question: markup, answer: [`Answer ${markup}`] }]}></mdma-faq>`,
      );
      expect(root(element).querySelector('img')).to.equal(null);
      expect(toggleFor(element, 'markup').textContent!.trim()).to.equal(markup);
      expect(answerFor(element, 'markup').textContent).to.contain(`Answer ${markup}`);
    });

    it('refuses javascript: links in host data', async () => {
      consoleRecord = recordConsole();
      const element = await fixture<MdmaFaq>(
        html`<mdma-faq
          open="all"
          .data=${[{ id: 'bad-link', question: 'Where?', answer: [{ type: 'paragraph', content: [{ text: 'here', href: 'javascript:alert(1)' }] }] }]}
        ></mdma-faq>`,
      );
      expect(root(element).querySelector('a[href^="javascript:" i]')).to.equal(null);
      expect(shownIds(element)).not.to.include('bad-link');
      expect(consoleRecord.errors.join(' ')).to.contain('href');
    });
  });

  describe('themes and languages', () => {
    const surface = (element: MdmaFaq) => getComputedStyle(root(element).querySelector('.widget')!).backgroundColor;

    for (const theme of ['light', 'dark', 'auto'] as const) {
      it(`passes axe in the ${theme} theme`, async () => {
        const element = await fixture<MdmaFaq>(html`<mdma-faq theme=${theme} searchable open=${safeId}></mdma-faq>`);
        expect(root(element).querySelector('.widget')!.getAttribute('data-theme')).to.equal(theme);
        await expect(element).to.be.accessible();
      });
    }

    it('draws dark colours in the dark theme, and in auto when the reader prefers dark', async function () {
      const light = await fixture<MdmaFaq>(html`<mdma-faq theme="light"></mdma-faq>`);
      const dark = await fixture<MdmaFaq>(html`<mdma-faq theme="dark"></mdma-faq>`);
      const auto = await fixture<MdmaFaq>(html`<mdma-faq theme="auto"></mdma-faq>`);
      expect(surface(dark)).not.to.equal(surface(light));
      expect(surface(auto)).to.equal(surface(light));
      // Skipped in Firefox and WebKit: a dark preference is emulated over the DevTools Protocol, which their drivers lack.
      await emulateMediaOrSkip(this, { colorScheme: 'dark' });
      expect(surface(auto)).to.equal(surface(dark));
      light.remove();
      dark.remove();
      await expect(auto).to.be.accessible();
    });

    it('shows Spanish interface strings on a Spanish page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><mdma-faq searchable questions="${doseId}"></mdma-faq></div>`);
      const element = wrapper.querySelector('mdma-faq')!;
      await element.updateComplete;
      expect(showAll(element)!.textContent!.trim()).to.equal('Mostrar todas las respuestas');
      expect(root(element).querySelector('.search-label')!.textContent!.trim()).to.equal('Buscar en las preguntas');
      expect(root(element).querySelector('.answer-sources-title')!.textContent!.trim()).to.equal('Fuentes');
      expect(footerText(element)).to.contain('Revisado el 28 de noviembre de 2026');
      showAll(element)!.click();
      await element.updateComplete;
      expect(showAll(element)!.textContent!.trim()).to.equal('Ocultar todas las respuestas');
      expect(answerFor(element, doseId).querySelector('.copy-link')!.textContent).to.contain('Copiar enlace');
      await expect(element).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('fits a 320px sidebar without overflowing it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><mdma-faq searchable open="all"></mdma-faq></div>`);
      const element = wrapper.querySelector('mdma-faq')!;
      await element.updateComplete;
      expect(wrapper.scrollWidth).to.be.at.most(320);
      expect(root(element).querySelector('.widget')!.scrollWidth).to.be.at.most(320);
    });
  });
});
