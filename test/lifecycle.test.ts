import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { MdmaFaq } from '../src/components/mdma-faq/mdma-faq.js';
import type { MdmaWidgetsProvider } from '../src/components/mdma-widgets-provider/mdma-widgets-provider.js';
import type { SessionTimeline } from '../src/components/session-timeline/session-timeline.js';
import type { StudyTable } from '../src/components/study-table/study-table.js';
import { emulateMediaOrSkip, resetEmulatedMedia } from './emulation.js';
import { consoleDuring } from './console.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Counts the element's completed updates from now on. */
function countUpdates(element: Widget): () => number {
  let updates = 0;
  const instance = element as unknown as { updated: (changed: unknown) => void };
  const original = instance.updated;
  instance.updated = function (changed) {
    updates += 1;
    original.call(this, changed);
  };
  return () => updates;
}

/**
 * Resolves once the next change under `targets` has been delivered to every mutation observer: observers are told in
 * the order they were created, so the library's own, created before this one, have been told by then.
 */
function changesDelivered(...targets: Node[]): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    for (const target of targets) observer.observe(target, { attributes: true, childList: true, characterData: true, subtree: true });
  });
}

/** Counts JSON.parse calls while `action` runs. */
async function parsesDuring(action: () => Promise<void>): Promise<number> {
  const original = JSON.parse;
  let calls = 0;
  JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
    calls += 1;
    return original(...args);
  }) as typeof JSON.parse;
  try {
    await action();
  } finally {
    JSON.parse = original;
  }
  return calls;
}

const hostQuestion = (id: string, question: string) => ({ id, question, answer: ['An answer.'] });
const questionsOf = (element: MdmaFaq) =>
  Array.from(element.shadowRoot!.querySelectorAll('.question-text'), (node) => node.textContent!.trim());

describe('host data: property, JSON child, provider', () => {
  it("uses the widget's own data over the provider's, and the provider's when it has none", async () => {
    const provider = await fixture<MdmaWidgetsProvider>(html`<mdma-widgets-provider
      .data=${{ faq: [hostQuestion('from-provider', 'From the provider?')] }}
    >
      <mdma-faq id="own" .data=${[hostQuestion('own', 'Its own?')]}></mdma-faq>
      <mdma-faq id="json"><script type="application/json">[{"id":"json","question":"From its JSON child?","answer":["A."]}]</script></mdma-faq>
      <mdma-faq id="inherits"></mdma-faq>
    </mdma-widgets-provider>`);
    const [own, json, inherits] = ['own', 'json', 'inherits'].map((id) => provider.querySelector<MdmaFaq>(`#${id}`)!);
    await Promise.all([own, json, inherits].map((element) => element!.updateComplete));
    await waitUntil(() => questionsOf(json!).length === 1);
    expect(questionsOf(own!)).to.deep.equal(['Its own?']);
    expect(questionsOf(json!)).to.deep.equal(['From its JSON child?']);
    expect(questionsOf(inherits!)).to.deep.equal(['From the provider?']);
  });

  it('gives its widgets a new settings object only when its theme or data change', async () => {
    const provider = await fixture<MdmaWidgetsProvider>(html`<mdma-widgets-provider theme="dark"><study-table></study-table></mdma-widgets-provider>`);
    const table = provider.querySelector<StudyTable>('study-table')!;
    await table.updateComplete;
    const updates = countUpdates(table);
    provider.requestUpdate();
    await provider.updateComplete;
    const delivered = changesDelivered(provider);
    provider.setAttribute('lang', 'en');
    await delivered;
    await table.updateComplete;
    expect(updates()).to.equal(0);
    provider.theme = 'light';
    await provider.updateComplete;
    await table.updateComplete;
    expect(updates()).to.equal(1);
    expect(table.shadowRoot!.querySelector('.widget')!.getAttribute('data-theme')).to.equal('light');
  });

  it('parses a JSON child once per change of its text, however often the widget renders', async () => {
    let element!: MdmaFaq;
    const first = await parsesDuring(async () => {
      element = await fixture<MdmaFaq>(html`<mdma-faq
        ><script type="application/json">
          [{ "id": "one", "question": "One?", "answer": ["A."] }]
        </script></mdma-faq
      >`);
      await waitUntil(() => questionsOf(element).length === 1);
      for (let render = 0; render < 5; render += 1) {
        element.requestUpdate();
        await element.updateComplete;
      }
      element.setAttribute('searchable', '');
      await element.updateComplete;
    });
    expect(first).to.equal(1);
    const second = await parsesDuring(async () => {
      element.querySelector('script')!.textContent = '[{ "id": "two", "question": "Two?", "answer": ["B."] }]';
      await waitUntil(() => questionsOf(element)[0] === 'Two?');
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(second).to.equal(1);
  });
});

describe('events', () => {
  /** The widget inside another component's shadow root: its events must still reach the page. */
  async function insideShadowRoot<T extends Widget>(markup: string): Promise<T> {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = markup;
    const element = host.shadowRoot!.firstElementChild as T;
    await element.updateComplete;
    return element;
  }

  async function eventAtDocument(type: string, trigger: () => void): Promise<Event> {
    const received = new Promise<Event>((resolve) => document.addEventListener(type, resolve, { once: true }));
    trigger();
    return received;
  }

  it('sends every widget event bubbling and composed, so the page hears it from inside shadow roots', async () => {
    const faq = await insideShadowRoot<MdmaFaq>('<mdma-faq></mdma-faq>');
    const toggle = await eventAtDocument('mdma-faq-toggle', () => faq.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click());
    const table = await insideShadowRoot<StudyTable>('<study-table></study-table>');
    const sort = await eventAtDocument('study-table-sort', () => table.shadowRoot!.querySelector<HTMLButtonElement>('.sort-button')!.click());
    const timeline = await insideShadowRoot<SessionTimeline>('<session-timeline></session-timeline>');
    const step = await eventAtDocument('session-timeline-toggle', () =>
      timeline.shadowRoot!.querySelector<HTMLButtonElement>('.step-toggle')!.click(),
    );
    for (const event of [toggle, sort, step]) {
      expect(event.bubbles, event.type).to.equal(true);
      expect(event.composed, event.type).to.equal(true);
    }
  });

  it('announces a question opened by a deep link after the render, not during it', async () => {
    const id = 'is-it-safe';
    history.replaceState(null, '', `#${id}`);
    try {
      const seen: Array<{ open: boolean; rendered: boolean }> = [];
      const listener = (event: Event) => {
        const element = event.target as MdmaFaq;
        const disclosure = element.shadowRoot!.querySelector<HTMLDetailsElement>(`details[data-id="${id}"]`);
        seen.push({ open: (event as CustomEvent<{ open: boolean }>).detail.open, rendered: disclosure?.open === true });
      };
      document.addEventListener('mdma-faq-toggle', listener);
      await fixture(html`<mdma-faq></mdma-faq>`);
      document.removeEventListener('mdma-faq-toggle', listener);
      expect(seen).to.deep.equal([{ open: true, rendered: true }]);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});

describe('disconnecting', () => {
  it('stops listening to the URL hash, its JSON child and the page language once removed', async () => {
    const added: EventListenerOrEventListenerObject[] = [];
    const removed: EventListenerOrEventListenerObject[] = [];
    const { addEventListener, removeEventListener } = window;
    window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: unknown) {
      if (type === 'hashchange') added.push(listener);
      return addEventListener.call(this, type, listener, options as AddEventListenerOptions);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: unknown) {
      if (type === 'hashchange') removed.push(listener);
      return removeEventListener.call(this, type, listener, options as EventListenerOptions);
    } as typeof window.removeEventListener;
    let element!: MdmaFaq;
    try {
      element = await fixture<MdmaFaq>(html`<mdma-faq><script type="application/json">[]</script></mdma-faq>`);
      element.remove();
    } finally {
      window.addEventListener = addEventListener;
      window.removeEventListener = removeEventListener;
    }
    expect(added).to.have.length(1);
    expect(removed).to.deep.equal(added);

    const updates = countUpdates(element);
    const parses = await parsesDuring(async () => {
      const delivered = changesDelivered(element, document.documentElement);
      element.querySelector('script')!.textContent = '[{ "id": "late", "question": "Late?", "answer": ["A."] }]';
      document.documentElement.lang = 'es';
      await delivered;
      document.documentElement.lang = 'en';
      await nextFrame();
    });
    expect(parses).to.equal(0);
    expect(updates()).to.equal(0);
  });

  it('stops observing its size once removed', async () => {
    const disconnect = ResizeObserver.prototype.disconnect;
    let disconnected = 0;
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      disconnected += 1;
      return disconnect.call(this);
    };
    try {
      const table = await fixture<StudyTable>(html`<study-table></study-table>`);
      disconnected = 0;
      table.remove();
      expect(disconnected).to.equal(1);
    } finally {
      ResizeObserver.prototype.disconnect = disconnect;
    }
  });

  it('logs nothing when it is removed and added again', async () => {
    const { warnings, errors } = await consoleDuring(async () => {
      const element = await fixture<Widget>(html`<session-timeline current="dosing-2"></session-timeline>`);
      const parent = element.parentElement!;
      element.remove();
      parent.append(element);
      await element.updateComplete;
    });
    expect([...warnings, ...errors]).to.deep.equal([]);
  });
});

describe('reduced motion', () => {
  afterEach(() => resetEmulatedMedia());

  it('turns the chevron animation off when the reader asks for reduced motion', async function () {
    const faq = await fixture<MdmaFaq>(html`<mdma-faq></mdma-faq>`);
    const chevron = faq.shadowRoot!.querySelector('.disclosure-chevron')!;
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0.15s');
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
  });
});
