import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { onDisclosureToggle, openDisclosures, showDisclosures } from './disclosure.js';

/**
 * Questions as a widget writes them: named on the item around the disclosure, or on the disclosure itself. A and C and
 * the note are open unless `closed`: an engine may then still be about to fire their first toggle events.
 */
async function questions({ closed = false } = {}): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div>
    <section data-question="a"><details class="question" ?open=${!closed}><summary>A</summary><p>Answer A</p></details></section>
    <section data-question="b"><div><details class="question"><summary>B</summary><p>Answer B</p></details></div></section>
    <details class="question" data-question="c" ?open=${!closed}><summary>C</summary><p>Answer C</p></details>
    <section data-question="d"><details class="note" ?open=${!closed}><summary>Not a question</summary></details></section>
  </div>`);
}

const details = (root: Element, id: string) => root.querySelector<HTMLDetailsElement>(`[data-question="${id}"] details.question, details.question[data-question="${id}"]`)!;
const openIds = (root: Element) => Array.from(root.querySelectorAll<HTMLDetailsElement>('details.question'), (item) => item.open);

describe('openDisclosures', () => {
  it('gives the ids of the open disclosures the selector picks, named by their own or their nearest ancestor’s attribute', async () => {
    const root = await questions();
    expect([...openDisclosures(root, 'details.question', 'question')]).to.deep.equal(['a', 'c']);
    expect([...openDisclosures(root, 'details', 'question')]).to.deep.equal(['a', 'c', 'd']);
  });

  it('gives none when none is open', async () => {
    const root = await questions();
    for (const item of root.querySelectorAll('details')) item.open = false;
    expect(openDisclosures(root, 'details.question', 'question').size).to.equal(0);
  });
});

describe('showDisclosures', () => {
  it('opens the disclosures whose ids it is given and closes the others the selector picks', async () => {
    const root = await questions();
    showDisclosures(root, 'details.question', 'question', new Set(['b', 'x']));
    expect(openIds(root)).to.deep.equal([false, true, false]);
    // Not picked by the selector: left as it was.
    expect(root.querySelector<HTMLDetailsElement>('details.note')!.open).to.equal(true);
    showDisclosures(root, 'details.question', 'question', new Set(['a', 'c']));
    expect(openIds(root)).to.deep.equal([true, false, true]);
  });

  it('does not turn back a disclosure the reader toggled while its state was not changed', async () => {
    const root = await questions();
    showDisclosures(root, 'details.question', 'question', new Set(['a']));
    // The reader opens B; the widget renders again before B's toggle event has told it.
    details(root, 'b').open = true;
    showDisclosures(root, 'details.question', 'question', new Set(['a']));
    expect(details(root, 'b').open).to.equal(true);
    // Once the widget's state for B changes, it is set again.
    showDisclosures(root, 'details.question', 'question', new Set(['a', 'b']));
    showDisclosures(root, 'details.question', 'question', new Set(['a']));
    expect(details(root, 'b').open).to.equal(false);
  });

  it('gives a disclosure written anew the state of its id', async () => {
    const root = await questions();
    showDisclosures(root, 'details.question', 'question', new Set(['b']));
    // B is replaced, as a sorted or paged list replaces it, by a copy written closed.
    const old = details(root, 'b');
    const copy = old.cloneNode(true) as HTMLDetailsElement;
    copy.open = false;
    old.replaceWith(copy);
    showDisclosures(root, 'details.question', 'question', new Set(['b']));
    expect(copy.open).to.equal(true);
  });
});

describe('onDisclosureToggle', () => {
  // Every disclosure starts closed: one written open may fire its first toggle event after the test has begun (WebKit).

  it('tells each opening and closing of a disclosure the selector picks, with its id, by the reader or the widget', async () => {
    const root = await questions({ closed: true });
    const told: Array<[string, boolean]> = [];
    onDisclosureToggle(root, 'details.question', 'question', (id, open) => told.push([id, open]));

    // By the reader: a click on the summary.
    const b = details(root, 'b');
    const opened = oneEvent(b, 'toggle');
    b.querySelector('summary')!.click();
    await opened;
    expect(told).to.deep.equal([['b', true]]);

    // By the widget: B closes and C opens.
    const changed = [oneEvent(b, 'toggle'), oneEvent(details(root, 'c'), 'toggle')];
    showDisclosures(root, 'details.question', 'question', new Set(['c']));
    await Promise.all(changed);
    expect(told).to.have.deep.members([
      ['b', true],
      ['b', false],
      ['c', true],
    ]);
    expect(told).to.have.length(3);
  });

  it('is not told about disclosures the selector does not pick', async () => {
    const root = await questions({ closed: true });
    const told: Array<[string, boolean]> = [];
    onDisclosureToggle(root, 'details.question', 'question', (id, open) => told.push([id, open]));
    const note = root.querySelector<HTMLDetailsElement>('details.note')!;
    const c = details(root, 'c');
    const toggled = [oneEvent(note, 'toggle'), oneEvent(c, 'toggle')];
    note.open = true;
    c.open = true;
    await Promise.all(toggled);
    expect(told).to.deep.equal([['c', true]]);
  });

  it('hears toggles inside a shadow root it is given', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<ul><li data-step="prep"><details class="step"><summary>Preparation</summary></details></li></ul>';
    const told: Array<[string, boolean]> = [];
    onDisclosureToggle(shadow, 'details.step', 'step', (id, open) => told.push([id, open]));
    const step = shadow.querySelector('details')!;
    const opened = oneEvent(step, 'toggle');
    step.open = true;
    await opened;
    expect(told).to.deep.equal([['prep', true]]);
  });
});
