import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { StudyTable } from '../src/components/study-table/study-table.js';
import { defineWidgets } from '../src/define.js';
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
