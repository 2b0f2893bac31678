import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { StudyTable } from '../src/components/study-table/study-table.js';
import { defineWidgets } from '../src/define.js';
import { faq } from '../src/data/faq.js';
import { safety } from '../src/data/safety.js';
import { sessions } from '../src/data/sessions.js';
import { studies } from '../src/data/studies.js';
import { consoleDuring } from './console.js';

const rowIds = (table: StudyTable) =>
  Array.from(table.shadowRoot!.querySelectorAll('tbody tr[data-id]'), (row) => row.getAttribute('data-id'));

describe('host data that cannot be used', () => {
  it('refuses an empty replacement with one error, and keeps the bundled content', async () => {
    let table!: StudyTable;
    const { errors } = await consoleDuring(async () => {
      table = await fixture<StudyTable>(html`<study-table .data=${[]}></study-table>`);
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<study-table>').and.include('its data property').and.include('field "items": is empty');
    expect(rowIds(table)).to.have.members(studies.items.map((study) => study.id));
  });

  it('accepts an empty extension: nothing is added', async () => {
    let table!: StudyTable;
    const { errors } = await consoleDuring(async () => {
      table = await fixture<StudyTable>(html`<study-table .data=${{ mode: 'extend', items: [] }}></study-table>`);
    });
    expect(errors).to.deep.equal([]);
    expect(rowIds(table)).to.have.length(studies.items.length);
  });

  it('reports a value of the wrong type once, however often the widget renders, naming where it came from', async () => {
    const { errors } = await consoleDuring(async () => {
      const provider = await fixture(html`<mdma-widgets-provider .data=${{ studies: 'all of them' }}><study-table></study-table></mdma-widgets-provider>`);
      const table = provider.querySelector('study-table')!;
      await table.updateComplete;
      for (let render = 0; render < 3; render += 1) {
        table.requestUpdate();
        await table.updateComplete;
      }
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('the provider\'s "studies" data').and.include('must be an array of items');
  });

  it('says plainly which field is missing', async () => {
    const { errors } = await consoleDuring(async () => {
      await fixture(html`<mdma-faq .data=${[{ id: 'no-question', answer: ['An answer.'], sources: [] }]}></mdma-faq>`);
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('item 0 (id "no-question"), field "question": is missing');
  });
});

describe('registering under another name', () => {
  it('is idempotent: the same name twice is fine and logs nothing', async () => {
    const { warnings } = await consoleDuring(async () => {
      expect(defineWidgets({ 'mdma-widgets-provider': 'portal-settings' })).to.deep.equal({ 'mdma-widgets-provider': true });
      expect(defineWidgets({ 'mdma-widgets-provider': 'portal-settings' })).to.deep.equal({ 'mdma-widgets-provider': true });
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('portal-settings')).to.be.a('function');
  });
});

/**
 * Host data in `mode: "extend"` follows one rule in every widget: a host item with a bundled id takes that item's place,
 * and new items follow the bundled ones. The timeline then runs by week; the table sorts only when the reader asks.
 */
describe('one rule for host data that extends the bundled content', () => {
  const shownIds = (element: Element, selector: string, attribute: string) =>
    Array.from(element.shadowRoot!.querySelectorAll(selector), (node) => node.getAttribute(attribute));

  async function extended(tag: string, items: unknown[], attributes = ''): Promise<Element> {
    const element = await fixture(`<${tag} ${attributes}></${tag}>`);
    (element as Element & { data: unknown }).data = { mode: 'extend', items };
    await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
    return element;
  }

  it('<mdma-faq>: the host question with a bundled id stands in its place; a new one follows the last', async () => {
    const [first, second] = faq.items;
    const element = await extended('mdma-faq', [
      { id: 'own', question: 'Do you offer it?', answer: ['No.'] },
      { id: second!.id, question: 'Our own wording?', answer: ['Ours.'] },
    ]);
    const ids = shownIds(element, 'details.item', 'data-id');
    expect(ids).to.deep.equal([...faq.items.map(({ id }) => id), 'own']);
    expect(ids.indexOf(second!.id)).to.equal(1);
    expect(element.shadowRoot!.querySelector(`details.item[data-id="${second!.id}"] summary`)!.textContent).to.include('Our own wording?');
    expect(element.shadowRoot!.querySelector(`details.item[data-id="${first!.id}"] summary`)!.textContent).to.include(first!.question);
  });

  it('<study-table>: the host study with a bundled id stands in its row; a new one follows the last', async () => {
    const [first, second] = studies.items;
    const element = await extended('study-table', [
      { ...first!, id: 'own', name: 'Our own study' },
      { ...second!, name: 'Our reading of the second study' },
    ]);
    const ids = shownIds(element, 'tbody tr[data-id]', 'data-id');
    expect(ids).to.deep.equal([...studies.items.map(({ id }) => id), 'own']);
    const names = Array.from(element.shadowRoot!.querySelectorAll('tbody th[scope="row"]'), (cell) => cell.textContent!.replace(/\s+/g, ' '));
    expect(names[1]).to.include('Our reading of the second study');
    expect(names.join(' ')).not.to.include(second!.name);
  });

  it('<session-timeline>: the host step with a bundled id stands in its place, and the course runs by week', async () => {
    const [first] = sessions.items;
    const element = await extended('session-timeline', [
      { ...first!, id: 'late', name: 'A late check-in', week: 99 },
      { ...first!, name: 'Our first meeting' },
    ]);
    const ids = shownIds(element, 'li.step', 'data-step');
    expect(ids).to.deep.equal([...sessions.items.map(({ id }) => id), 'late']);
    expect(element.shadowRoot!.querySelector(`li.step[data-step="${first!.id}"]`)!.textContent).to.include('Our first meeting');
  });

  it('<safety-callout>: the host topic with a bundled id stands in its place; a new one can be named too', async () => {
    const crisis = safety.items.find(({ id }) => id === 'crisis-support')!;
    const local = { id: 'crisis-support', severity: 'urgent', heading: 'Our local line', body: ['Call us.'], contacts: [{ name: 'Our line', action: 'Call 123', href: 'tel:123' }] };
    const own = { id: 'own', severity: 'information', heading: 'Our clinic', body: ['Ask us.'] };
    const element = await extended('safety-callout', [own, local], 'topic="clinical-setting crisis-support own"');
    expect(shownIds(element, 'section.callout', 'data-topic')).to.deep.equal(['clinical-setting', 'crisis-support', 'own']);
    const [, shownCrisis] = element.shadowRoot!.querySelectorAll('section.callout');
    expect(shownCrisis!.textContent).to.include('Our local line').and.not.include(crisis.heading);
    expect(Array.from(shownCrisis!.querySelectorAll('.contacts a'), (link) => link.getAttribute('href'))).to.deep.equal(['tel:123']);
  });
});

/** What a widget's host data may cite is its own bibliography, whichever other widgets the page has. */
describe('sources host data may cite', () => {
  const question = { id: 'own', question: 'Our question?', answer: ['Our answer.'], sources: ['maps-mp8'] };

  it('a study table’s source is not the FAQ’s to cite, even after a study table was created on the page', async () => {
    await fixture(html`<study-table></study-table>`);
    let faqElement!: Element;
    const { errors } = await consoleDuring(async () => {
      faqElement = await fixture(html`<mdma-faq .data=${{ mode: 'extend', items: [question] }}></mdma-faq>`);
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<mdma-faq>').and.include('"maps-mp8" is not a source this widget cites');
    expect(faqElement.shadowRoot!.querySelector('details.item[data-id="own"]')).to.equal(null);
  });

  it('the study table cites it, before any other widget exists', async () => {
    const { errors } = await consoleDuring(async () => {
      await fixture(html`<study-table .data=${{ mode: 'extend', items: [{ ...studies.items[0]!, id: 'own', sources: ['maps-mp8'] }] }}></study-table>`);
    });
    expect(errors).to.deep.equal([]);
  });
});
