import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { emulateMediaOrSkip, resetEmulatedMedia, resetViewport, setViewportOrSkip, widenViewportOrSkip } from '../../../test/emulation.js';
import { studies } from '../../data/studies.js';
import type { Study } from '../../data/types.js';
import { setClock } from '../../internal/provenance/clock.js';
import './study-table.js';
import type { StudyTable, StudyTableToggleDetail } from './study-table.js';
import { consoleDuring } from '../../../test/console.js';

/** A valid host study; `index` makes its id and name unique. */
function hostStudy(index: number, overrides: Partial<Record<keyof Study, unknown>> = {}): Record<string, unknown> {
  return {
    id: `host-${index}`,
    name: `Host study ${index}`,
    year: 2000 + (index % 20),
    sourceId: 'mitchell-2023-mapp2',
    design: 'Randomized, placebo-controlled trial',
    phase: 3,
    condition: 'PTSD',
    participants: 50,
    comparator: 'Placebo with the same therapy',
    primaryOutcome: { measure: 'Change in CAPS-5 total severity score', timepoint: '18 weeks' },
    headlineResult: 'Scores fell more with MDMA.',
    outcome: {
      term: 'remission',
      definition: 'remission as defined by the authors',
      timepoint: '18 weeks',
      mdmaPercent: 40,
      comparatorPercent: 20,
    },
    effectSize: null,
    findings: 'A host-supplied study.',
    sources: ['mitchell-2023-mapp2'],
    ...overrides,
  };
}

function shadow(element: StudyTable): ShadowRoot {
  return element.shadowRoot!;
}

/** The ids of the studies in the rows shown, top to bottom. */
function shownIds(element: StudyTable): string[] {
  return [...shadow(element).querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')].map((row) => row.dataset.id!);
}

/** Whether a Details button shows its study's details open: its disclosure's state, as the accessibility tree reports it. */
const expandedOf = (button: Element) => String((button.parentElement as HTMLDetailsElement).open);

/** A study's Details button: the summary of the disclosure in the row under the study's own. */
function detailsButton(element: StudyTable, id: string): HTMLElement {
  return shadow(element).querySelector<HTMLElement>(`tr[data-details-for="${id}"] .details-button`)!;
}

/** A study's details: what its Details button opens. */
function detailsRow(element: StudyTable, id: string): HTMLElement {
  return detailsButton(element, id).parentElement!.querySelector<HTMLElement>('.details')!;
}

function heading(element: StudyTable, column: string): HTMLTableCellElement {
  return shadow(element).querySelector<HTMLTableCellElement>(`thead th[data-column="${column}"]`)!;
}

function sortButton(element: StudyTable, column: string): HTMLButtonElement {
  return heading(element, column).querySelector('button')!;
}

function liveRegion(element: StudyTable): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[aria-live="polite"]')!;
}

/** Clicks with the real mouse at the centre of `target`. */
async function clickWithMouse(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

const bundledIds = studies.items.map((study) => study.id);

describe('<study-table>', () => {
  afterEach(async () => {
    setClock();
    await resetMouse();
    await resetEmulatedMedia();
  });

  describe('the table', () => {
    it('is a real table with a caption that says what it shows, its source, its review date and that it sorts', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      const table = shadow(element).querySelector('table')!;
      const caption = table.querySelector('caption')!;
      expect(caption.textContent).to.contain('Clinical trials of MDMA-assisted therapy');
      expect(caption.textContent).to.contain('Source: the trial reports and the pages listed under Sources.');
      expect(caption.textContent, 'some rows cite pages, not trial reports').not.to.contain('the published trial reports');
      // The review date is said once, in the footer.
      expect(caption.textContent).not.to.contain('Reviewed');
      expect(shadow(element).querySelector('.footer .reviewed')!.textContent!.trim()).to.equal('Reviewed 28 November 2026');
      expect(caption.textContent).to.contain('can be sorted');
      expect(caption.textContent).to.contain('Details shows a study in full');
      // Named by the caption's first sentence; the rest of the caption describes it.
      expect(table.getAttribute('aria-labelledby')).to.equal(caption.querySelector('.caption-title')!.id);
      expect(table.getAttribute('aria-describedby')).to.equal(caption.querySelector('.caption-detail')!.id);
      const headings = [...table.querySelectorAll('thead th')];
      expect(headings.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      // The summary a reader compares; each study's Details are in the row under its own.
      expect(headings.map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Study (by year)',
        'Phase',
        'Participants',
        'Condition',
        'Outcome: MDMA against comparator (by MDMA arm, within each outcome type)',
      ]);
      expect(shownIds(element)).to.deep.equal(bundledIds);
      for (const row of table.querySelectorAll('tbody tr.summary')) {
        expect(row.firstElementChild!.localName).to.equal('th');
        expect(row.firstElementChild!.getAttribute('scope')).to.equal('row');
      }
    });

    it('links each study to its paper by DOI, and names the journal in its details', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      const studyCell = shadow(element).querySelector('tr[data-id="mitchell-2023-mapp2"] th')!;
      const link = studyCell.querySelector('a')!;
      expect(link.textContent).to.equal('Mitchell et al. 2023 (MAPP2)');
      expect(link.getAttribute('href')).to.equal('https://doi.org/10.1038/s41591-023-02565-4');
      expect(detailsRow(element, 'mitchell-2023-mapp2').querySelector('[data-fact="sources"]')!.textContent).to.contain('Nature Medicine');
    });

    it('gives the year beside a study whose name lacks it', async () => {
      const element = await fixture<StudyTable>(html`<study-table .data=${[hostStudy(1, { year: 2019 })]}></study-table>`);
      expect(shadow(element).querySelector('tr[data-id="host-1"] th')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Study Host study 1 2019');
      const named = await fixture<StudyTable>(html`<study-table studies="wolfson-2020"></study-table>`);
      expect(shadow(named).querySelector('tr[data-id="wolfson-2020"] th .cell-value')!.textContent!.trim()).to.equal('Wolfson et al. 2020');
    });

    it('writes "Not reported" as secondary text instead of leaving a cell empty', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      const noOutcome = shadow(element).querySelector('tr[data-id="mithoefer-2018"] td[data-column="outcome"]')!;
      expect(noOutcome.querySelector('.cell-value')!.textContent!.trim()).to.equal('Not reported');
      const noComparatorFigure = shadow(element).querySelector('tr[data-id="otalora-2018"] td[data-column="outcome"]')!;
      expect(noComparatorFigure.textContent).to.match(/Comparator:\s+Not reported/);
      const marker = noComparatorFigure.querySelector('.not-reported')!;
      expect(getComputedStyle(marker).color).to.equal(getComputedStyle(shadow(element).querySelector('.caption-detail')!).color);
      for (const cell of shadow(element).querySelectorAll('tr.summary > td[data-column], tr.summary > th')) {
        expect(cell.querySelector('.cell-value')!.textContent!.trim(), cell.outerHTML).not.to.equal('');
      }
    });

    it('right-aligns numeric columns in tabular figures', async () => {
      // Wide enough for the table layout (narrower elements stack each study as a card).
      const wide = await fixture<HTMLElement>(html`<div style="width: 1300px"><study-table></study-table></div>`);
      const element = wide.querySelector('study-table')!;
      await element.updateComplete;
      for (const cell of [heading(element, 'participants'), shadow(element).querySelector('td[data-column="participants"]')!]) {
        const style = getComputedStyle(cell);
        expect(style.textAlign).to.equal('end');
        expect(style.fontVariantNumeric).to.contain('tabular-nums');
      }
      expect(getComputedStyle(shadow(element).querySelector('td[data-column="condition"]')!).textAlign).to.equal('start');
    });

    it('draws the outcome pair as bars hidden from screen readers, with the numbers as text', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      const cell = shadow(element).querySelector('tr[data-id="mitchell-2023-mapp2"] td[data-column="outcome"]')!;
      expect(cell.textContent).to.match(/MDMA:\s+71.2%/);
      expect(cell.textContent).to.match(/Comparator:\s+47.6%/);
      expect(cell.textContent).to.contain('No longer meeting criteria');
      expect(cell.textContent).to.contain('18 weeks');
      // The definition and the full timepoint are one step away, in the row's details.
      expect(cell.textContent).not.to.contain('diagnostic criteria');
      const outcomeFact = detailsRow(element, 'mitchell-2023-mapp2').querySelector('[data-fact="outcome"]')!;
      expect(outcomeFact.textContent).to.contain('no longer met PTSD diagnostic criteria').and.contain('18 weeks after baseline');
      // The uncontrolled 12-month figure says so in the summary, not only in the details.
      const otalora = shadow(element).querySelector('tr[data-id="otalora-2018"] td[data-column="outcome"]')!;
      expect(otalora.textContent).to.contain('12-month follow-up, uncontrolled');
      const chart = cell.querySelector('svg.chart')!;
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      expect(chart.querySelector('.bar.mdma')!.getAttribute('width')).to.equal('71.2');
      expect(chart.querySelector('.bar.comparator')!.getAttribute('width')).to.equal('47.6');
      // A missing comparator figure draws no comparator bar rather than a zero.
      const partial = shadow(element).querySelector('tr[data-id="otalora-2018"] svg.chart')!;
      expect(partial.querySelector('.bar.mdma')).to.be.instanceOf(SVGRectElement);
      expect(partial.querySelector('.bar.comparator')).to.equal(null);
    });

    it('defines every outcome term used, and only those, in footnotes under the table', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      const terms = [...shadow(element).querySelectorAll('.footnotes dt')].map((dt) => dt.textContent);
      expect(terms).to.deep.equal(['Response', 'No longer meeting criteria']);
      const hosted = await fixture<StudyTable>(html`<study-table .data=${[hostStudy(1)]}></study-table>`);
      expect([...shadow(hosted).querySelectorAll('.footnotes dt')].map((dt) => dt.textContent)).to.deep.equal(['Remission']);
    });

    it('lists the sources of the studies shown and the review date under the table', async () => {
      const element = await fixture<StudyTable>(html`<study-table studies="wolfson-2020"></study-table>`);
      const footer = shadow(element).querySelector('.footer')!;
      expect(footer.textContent).to.contain('Wolfson PE');
      expect(footer.textContent).not.to.contain('Mitchell JM');
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-28');
    });
  });

  describe('sorting', () => {
    it('sorts by a number with the mouse: ascending first, then descending', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      await clickWithMouse(sortButton(element, 'participants'));
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal([
        'wolfson-2020',
        'mithoefer-2011',
        'mithoefer-2018',
        'otalora-2018',
        'mitchell-2021-mapp1',
        'mitchell-2023-mapp2',
      ]);
      await clickWithMouse(sortButton(element, 'participants'));
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal([
        'mitchell-2023-mapp2',
        'mitchell-2021-mapp1',
        'otalora-2018',
        'mithoefer-2018',
        'mithoefer-2011',
        'wolfson-2020',
      ]);
    });

    it('sorts with the keyboard: Enter and Space on the heading button, keeping focus on it', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      sortButton(element, 'study').focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(heading(element, 'study').getAttribute('aria-sort')).to.equal('ascending');
      expect(shownIds(element)[0]).to.equal('mithoefer-2011');
      expect(shownIds(element).at(-1)).to.equal('mitchell-2023-mapp2');
      // The space bar by its character: the key name "Space" is unknown to Firefox's driver.
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(heading(element, 'study').getAttribute('aria-sort')).to.equal('descending');
      expect(shownIds(element)[0]).to.equal('mitchell-2023-mapp2');
      expect(shadow(element).activeElement).to.equal(sortButton(element, 'study'));
    });

    it('reaches the sort buttons with Tab', async () => {
      const container = await fixture<HTMLElement>(html`<div>
        <button id="before">Before</button>
        <study-table columns="study participants"></study-table>
      </div>`);
      const element = container.querySelector('study-table')!;
      await element.updateComplete;
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement).to.equal(sortButton(element, 'study'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement).to.equal(sortButton(element, 'participants'));
    });

    it('sorts numbers as numbers, not as text', async () => {
      const items = [hostStudy(1, { participants: 100 }), hostStudy(2, { participants: 9 }), hostStudy(3, { participants: 10 })];
      const element = await fixture<StudyTable>(html`<study-table .data=${items}></study-table>`);
      sortButton(element, 'participants').click();
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(['host-2', 'host-3', 'host-1']);
    });

    it('sorts outcomes within each outcome type, never across types, and keeps "Not reported" last in both directions', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      sortButton(element, 'outcome').click();
      await element.updateComplete;
      // Controlled phase 3 rates first, then the pilot's response rate, then the uncontrolled follow-up.
      expect(shownIds(element)).to.deep.equal([
        'mitchell-2021-mapp1',
        'mitchell-2023-mapp2',
        'mithoefer-2011',
        'otalora-2018',
        'mithoefer-2018',
        'wolfson-2020',
      ]);
      sortButton(element, 'outcome').click();
      await element.updateComplete;
      // Descending reverses the order within a type only: the pilot's 83% never ranks above the phase 3 results.
      expect(shownIds(element)).to.deep.equal([
        'mitchell-2023-mapp2',
        'mitchell-2021-mapp1',
        'mithoefer-2011',
        'otalora-2018',
        'mithoefer-2018',
        'wolfson-2020',
      ]);
    });

    it('is stable: rows with equal values keep their order in both directions', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      sortButton(element, 'phase').click();
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal([
        'mithoefer-2011',
        'mithoefer-2018',
        'otalora-2018',
        'wolfson-2020',
        'mitchell-2021-mapp1',
        'mitchell-2023-mapp2',
      ]);
      sortButton(element, 'phase').click();
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal([
        'mitchell-2021-mapp1',
        'mitchell-2023-mapp2',
        'mithoefer-2011',
        'mithoefer-2018',
        'otalora-2018',
        'wolfson-2020',
      ]);
    });

    it('sorts text in the reader’s language, ignoring case', async () => {
      const items = [
        hostStudy(1, { comparator: 'waitlist' }),
        hostStudy(2, { comparator: 'Active control' }),
        hostStudy(3, { comparator: 'placebo' }),
      ];
      const element = await fixture<StudyTable>(html`<study-table .data=${items} columns="study comparator"></study-table>`);
      sortButton(element, 'comparator').click();
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(['host-2', 'host-3', 'host-1']);
    });

    it('sets aria-sort only on the sorted column', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      expect(shadow(element).querySelectorAll('[aria-sort]')).to.have.length(0);
      sortButton(element, 'participants').click();
      await element.updateComplete;
      sortButton(element, 'condition').click();
      await element.updateComplete;
      const sorted = [...shadow(element).querySelectorAll('[aria-sort]')];
      expect(sorted).to.deep.equal([heading(element, 'condition')]);
      expect(sorted[0].getAttribute('aria-sort')).to.equal('ascending');
    });

    it('announces the sort politely, and nothing at load', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      const region = liveRegion(element);
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.textContent!.trim()).to.equal('');
      sortButton(element, 'participants').click();
      await element.updateComplete;
      expect(region.textContent!.trim()).to.equal('Sorted by Participants, ascending');
      sortButton(element, 'participants').click();
      await element.updateComplete;
      expect(region.textContent!.trim()).to.equal('Sorted by Participants, descending');
      sortButton(element, 'study').click();
      await element.updateComplete;
      expect(region.textContent!.trim()).to.equal('Sorted by Study (by year), ascending');
    });

    it('fires study-table-sort with the column and direction, out of the shadow root', async () => {
      const container = await fixture<HTMLElement>(html`<div><study-table></study-table></div>`);
      const element = container.querySelector('study-table')!;
      await element.updateComplete;
      setTimeout(() => sortButton(element, 'participants').click());
      const first = await oneEvent(container, 'study-table-sort');
      expect(first.detail).to.deep.equal({ column: 'participants', direction: 'ascending' });
      setTimeout(() => sortButton(element, 'participants').click());
      const second = await oneEvent(container, 'study-table-sort');
      expect(second.detail).to.deep.equal({ column: 'participants', direction: 'descending' });
    });

    it('has no sort button on columns that cannot be sorted', async () => {
      const element = await fixture<StudyTable>(html`<study-table columns="study design primary-outcome result effect-size"></study-table>`);
      for (const column of ['design', 'primary-outcome', 'result', 'effect-size']) {
        expect(heading(element, column).querySelector('button'), column).to.equal(null);
      }
      expect(shadow(element).querySelector('thead th.toggle-heading button')).to.equal(null);
    });
  });

  describe('details', () => {
    it('opens a study’s details from its button with Enter, and closes them with Space', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      const button = detailsButton(element, 'mitchell-2023-mapp2');
      const row = detailsRow(element, 'mitchell-2023-mapp2');
      expect(row.closest('tr')!.previousElementSibling!.getAttribute('data-id'), 'under its study').to.equal('mitchell-2023-mapp2');
      expect(expandedOf(button)).to.equal('false');
      expect(row.checkVisibility()).to.equal(false);
      // Its name says whose details it opens.
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Details (Mitchell et al. 2023 (MAPP2))');
      const toggled: StudyTableToggleDetail[] = [];
      element.addEventListener('study-table-toggle', (event) => toggled.push(event.detail));
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(expandedOf(button)).to.equal('true');
      expect(row.checkVisibility()).to.equal(true);
      const mapp2 = studies.items.find((study) => study.id === 'mitchell-2023-mapp2')!;
      const fact = (name: string) => row.querySelector(`[data-fact="${name}"]`)!.textContent!.replace(/\s+/g, ' ');
      expect(fact('design')).to.contain(mapp2.design).and.contain('Phase 3');
      expect(fact('condition')).to.contain(mapp2.condition);
      expect(fact('participants')).to.contain('104').and.contain('MDMA-assisted therapy: 53').and.contain('Placebo with the same therapy: 51');
      expect(fact('comparator')).to.contain(mapp2.comparator);
      expect(fact('primary-outcome')).to.contain(mapp2.primaryOutcome.measure).and.contain(mapp2.primaryOutcome.timepoint);
      expect(fact('result')).to.contain(mapp2.headlineResult);
      expect(fact('effect-size')).to.contain(mapp2.effectSize!);
      expect(row.querySelectorAll('[data-fact="sources"] li')).to.have.length(mapp2.sources.length);
      expect(shadow(element).activeElement).to.equal(button);
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(expandedOf(button)).to.equal('false');
      expect(row.checkVisibility()).to.equal(false);
      // The disclosure reports its toggle in a task of its own.
      await waitUntil(() => toggled.length === 2, 'closing the details should be reported');
      expect(toggled).to.deep.equal([
        { id: 'mitchell-2023-mapp2', open: true },
        { id: 'mitchell-2023-mapp2', open: false },
      ]);
    });

    it('keeps a study’s details open when the table is sorted or paged', async () => {
      const element = await fixture<StudyTable>(html`<study-table page-size="4"></study-table>`);
      const opened = oneEvent(element, 'study-table-toggle');
      detailsButton(element, 'mithoefer-2011').click();
      await opened;
      sortButton(element, 'participants').click();
      await element.updateComplete;
      expect(expandedOf(detailsButton(element, 'mithoefer-2011'))).to.equal('true');
      expect(detailsRow(element, 'mithoefer-2011').checkVisibility()).to.equal(true);
      expect(expandedOf(detailsButton(element, 'wolfson-2020'))).to.equal('false');
      shadow(element).querySelector<HTMLButtonElement>('.page-button.next')!.click();
      await element.updateComplete;
      shadow(element).querySelector<HTMLButtonElement>('.page-button.previous')!.click();
      await element.updateComplete;
      expect(detailsRow(element, 'mithoefer-2011').checkVisibility()).to.equal(true);
      // Every study's Details are under its own row.
      for (const id of shownIds(element)) expect(detailsRow(element, id).closest('tr')!.previousElementSibling!.getAttribute('data-id')).to.equal(id);
    });

    it('shows short forms in the summary and each field in full in the details', async () => {
      const element = await fixture<StudyTable>(
        html`<study-table columns="study condition design comparator primary-outcome result" studies="mitchell-2023-mapp2 mithoefer-2011"></study-table>`,
      );
      const cell = (id: string, column: string) =>
        shadow(element).querySelector(`tr[data-id="${id}"] td[data-column="${column}"] .cell-value`)!.textContent!.trim();
      expect(cell('mitchell-2023-mapp2', 'condition')).to.equal('Moderate to severe PTSD');
      expect(cell('mitchell-2023-mapp2', 'design')).to.equal('Double-blind, placebo-controlled, 13 sites');
      expect(cell('mitchell-2023-mapp2', 'primary-outcome')).to.equal('CAPS-5 change, 18 weeks');
      expect(cell('mitchell-2023-mapp2', 'result')).to.equal('CAPS-5 −23.7 vs −14.8 with placebo; d = 0.7, P < 0.001');
      expect(cell('mithoefer-2011', 'comparator')).to.equal('Inactive placebo');
      // Without a short form, the full text.
      expect(cell('mithoefer-2011', 'condition')).to.equal('Chronic, treatment-resistant PTSD');
      detailsButton(element, 'mitchell-2023-mapp2').click();
      await element.updateComplete;
      const details = detailsRow(element, 'mitchell-2023-mapp2').textContent!;
      expect(details).to.contain('73.1% severe, 26.9% moderate').and.contain('95% CI −26.94 to −20.44');
    });

    it('shows a host study’s full text, never cut, when it gives no short forms', async () => {
      const condition = 'Chronic PTSD after military service, with at least one earlier course of trauma-focused therapy that did not help';
      const element = await fixture<StudyTable>(html`<study-table .data=${[hostStudy(1, { condition })]}></study-table>`);
      expect(shadow(element).querySelector('tr[data-id="host-1"] td[data-column="condition"] .cell-value')!.textContent!.trim()).to.equal(condition);
      const hosted = await fixture<StudyTable>(
        html`<study-table .data=${[hostStudy(2, { condition, short: { condition: 'Chronic PTSD (veterans)' } })]}></study-table>`,
      );
      expect(shadow(hosted).querySelector('tr[data-id="host-2"] td[data-column="condition"] .cell-value')!.textContent!.trim()).to.equal(
        'Chronic PTSD (veterans)',
      );
    });

    it('passes axe with a study’s details open, as a table and as cards', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <div style="width: 1024px"><study-table></study-table></div>
        <div style="width: 320px"><study-table theme="dark"></study-table></div>
      </div>`);
      for (const element of page.querySelectorAll('study-table')) {
        await element.updateComplete;
        detailsButton(element, 'mithoefer-2011').click();
        await element.updateComplete;
        expect(detailsRow(element, 'mithoefer-2011').checkVisibility()).to.equal(true);
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('attributes', () => {
    it('studies: shows the studies named, in that order, and warns about an unknown id', async () => {
      let element!: StudyTable;
      const { warnings } = await consoleDuring(async () => {
        element = await fixture<StudyTable>(html`<study-table studies="wolfson-2020, mitchell-2021-mapp1 no-such-study"></study-table>`);
      });
      expect(shownIds(element)).to.deep.equal(['wolfson-2020', 'mitchell-2021-mapp1']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<study-table>').and.contain('studies').and.contain('"no-such-study"');
    });

    it('columns: shows the columns named, in that order, with the study first, and warns about an unknown one', async () => {
      let element!: StudyTable;
      const { warnings } = await consoleDuring(async () => {
        element = await fixture<StudyTable>(html`<study-table columns="outcome participants colour study effect-size"></study-table>`);
      });
      const columns = [...shadow(element).querySelectorAll<HTMLElement>('thead th[data-column]')].map((th) => th.dataset.column);
      expect(columns).to.deep.equal(['study', 'outcome', 'participants', 'effect-size']);
      const cells = [...shadow(element).querySelectorAll<HTMLElement>('tr[data-id="mitchell-2023-mapp2"] > *')];
      expect(cells.map((cell) => cell.dataset.column ?? 'study')).to.deep.equal(columns);
      expect(cells[3].textContent).to.contain('d = 0.7');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('columns').and.contain('"colour"');
    });

    it('sort and sort-direction: sort the table at first, without an announcement', async () => {
      const element = await fixture<StudyTable>(html`<study-table sort="participants" sort-direction="descending"></study-table>`);
      expect(shownIds(element)[0]).to.equal('mitchell-2023-mapp2');
      expect(heading(element, 'participants').getAttribute('aria-sort')).to.equal('descending');
      expect(liveRegion(element).textContent!.trim()).to.equal('');
      // The reader's next activation of that column reverses it.
      sortButton(element, 'participants').click();
      await element.updateComplete;
      expect(heading(element, 'participants').getAttribute('aria-sort')).to.equal('ascending');
    });

    it('sort: warns about a column that cannot be sorted and leaves the order as given', async () => {
      let element!: StudyTable;
      const { warnings } = await consoleDuring(async () => {
        element = await fixture<StudyTable>(html`<study-table sort="result" sort-direction="sideways"></study-table>`);
      });
      expect(shownIds(element)).to.deep.equal(bundledIds);
      expect(warnings.join('\n')).to.contain('sort="result"').and.contain('sort-direction="sideways"');
    });

    it('condition: shows only studies whose condition contains the text, ignoring case', async () => {
      const element = await fixture<StudyTable>(html`<study-table condition="ANXIETY"></study-table>`);
      expect(shownIds(element)).to.deep.equal(['wolfson-2020']);
    });

    it('phase: shows only studies of the phases listed', async () => {
      const element = await fixture<StudyTable>(html`<study-table phase="3"></study-table>`);
      expect(shownIds(element)).to.deep.equal(['mitchell-2021-mapp1', 'mitchell-2023-mapp2']);
      element.phase = '2, 3';
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(bundledIds);
    });

    it('says so when the filters match no study, and disables the download', async () => {
      const element = await fixture<StudyTable>(html`<study-table phase="3" condition="anxiety"></study-table>`);
      expect(shownIds(element)).to.deep.equal([]);
      const empty = shadow(element).querySelector('tbody td')!;
      expect(empty.textContent!.trim()).to.equal('No studies match this selection.');
      expect(empty.getAttribute('colspan')).to.equal('5');
      expect(shadow(element).querySelector<HTMLButtonElement>('.download')!.disabled).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('compact: tightens the rows', async () => {
      const regular = await fixture<StudyTable>(html`<study-table></study-table>`);
      const compact = await fixture<StudyTable>(html`<study-table compact></study-table>`);
      const padding = (element: StudyTable) => parseFloat(getComputedStyle(shadow(element).querySelector('tbody td')!).paddingTop);
      const fontSize = (element: StudyTable) => parseFloat(getComputedStyle(shadow(element).querySelector('.widget')!).fontSize);
      expect(padding(compact)).to.be.lessThan(padding(regular));
      expect(fontSize(compact)).to.be.lessThan(fontSize(regular));
      await expect(compact).to.be.accessible();
    });

    it('page-size: pages through the studies with previous and next', async () => {
      const element = await fixture<StudyTable>(html`<study-table page-size="4"></study-table>`);
      expect(shownIds(element)).to.deep.equal(bundledIds.slice(0, 4));
      const status = shadow(element).querySelector('.page-status')!;
      expect(status.textContent).to.match(/Studies 1 to 4 of 6\s+Page 1 of 2/);
      const previous = shadow(element).querySelector<HTMLButtonElement>('.page-button.previous')!;
      const next = shadow(element).querySelector<HTMLButtonElement>('.page-button.next')!;
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      // The first page's "Previous" stays focused and does nothing: the same studies, never an empty page.
      previous.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(shadow(element).activeElement === previous, 'Previous keeps the focus').to.equal(true);
      expect(shownIds(element)).to.deep.equal(bundledIds.slice(0, 4));
      expect(status.textContent).to.match(/Studies 1 to 4 of 6\s+Page 1 of 2/);
      next.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(bundledIds.slice(4));
      expect(status.textContent).to.contain('Studies 5 to 6 of 6');
      // The last page's "Next" stays focused and does nothing.
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(shadow(element).activeElement).to.equal(next);
      expect(shownIds(element)).to.deep.equal(bundledIds.slice(4));
      // Sorting returns to the first page.
      sortButton(element, 'participants').click();
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(['wolfson-2020', 'mithoefer-2011', 'mithoefer-2018', 'otalora-2018']);
      await expect(element).to.be.accessible();
    });

    it('shows no page controls when every study fits on one page', async () => {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      expect(shadow(element).querySelector('.pagination')).to.equal(null);
    });
  });

  describe('narrow containers', () => {
    afterEach(async () => {
      await resetViewport();
    });

    it('turns each study into a labelled card in a 320 px sidebar, keeping the table roles, without overflowing the page', async function () {
      // A desktop viewport, wider than the 60em breakpoint, so the cards come from the sidebar's width; 1024 px is as wide
      // as WebKit's window, which its driver cannot resize.
      await widenViewportOrSkip(this, 1024);
      const sidebar = await fixture<HTMLElement>(html`<aside style="width: 320px"><study-table></study-table></aside>`);
      const element = sidebar.querySelector('study-table')!;
      await element.updateComplete;
      const row = shadow(element).querySelector('tbody tr')!;
      expect(getComputedStyle(row).display).to.equal('block');
      expect(row.getAttribute('role')).to.equal('row');
      expect(shadow(element).querySelector('table')!.getAttribute('role')).to.equal('table');
      const cell = row.querySelector('td[data-column="participants"]')!;
      expect(cell.getAttribute('role')).to.equal('cell');
      const label = cell.querySelector('.cell-label')!;
      expect(getComputedStyle(label).display).to.equal('block');
      expect(label.textContent).to.equal('Participants');
      expect(label.getAttribute('aria-hidden')).to.equal('true');
      // The sort buttons stay visible as a row of buttons.
      expect(sortButton(element, 'participants').getBoundingClientRect().width).to.be.greaterThan(0);
      expect(element.getBoundingClientRect().width).to.equal(320);
      for (const node of shadow(element).querySelectorAll('.widget *')) {
        expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).to.be.at.most(sidebar.getBoundingClientRect().right + 0.5);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      const scroller = shadow(element).querySelector('.scroller')!;
      expect(scroller.hasAttribute('tabindex')).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('fits a 320 px phone screen', async function () {
      // Skipped in WebKit: its driver cannot resize the viewport.
      await setViewportOrSkip(this, { width: 320, height: 640 });
      expect(window.innerWidth, 'the phone-sized viewport').to.equal(320);
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      expect(getComputedStyle(shadow(element).querySelector('tbody tr')!).display).to.equal('block');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('decides by its own width, not the viewport’s', async function () {
      // Skipped in WebKit: its driver cannot resize the viewport.
      await setViewportOrSkip(this, { width: 360, height: 640 });
      expect(window.innerWidth, 'the phone-sized viewport').to.equal(360);
      const wide = await fixture<HTMLElement>(html`<div style="width: 1200px"><study-table columns="study participants"></study-table></div>`);
      const element = wide.querySelector('study-table')!;
      await element.updateComplete;
      expect(getComputedStyle(shadow(element).querySelector('tbody tr')!).display).to.equal('table-row');
    });

    it('makes the table a focusable region with a short name only while page styles make it overflow', async () => {
      // The summary fits from 40em up; a page's own rule that widens the table is the one way left to overflow.
      const container = await fixture<HTMLElement>(html`<div style="width: 1000px">
        <style>
          .too-wide::part(table) {
            min-width: 1400px;
          }
        </style>
        <study-table class="too-wide"></study-table>
      </div>`);
      const element = container.querySelector('study-table')!;
      const scroller = () => shadow(element).querySelector<HTMLElement>('.scroller')!;
      await waitUntil(() => scroller().getAttribute('tabindex') === '0', 'the overflowing table should be focusable');
      expect(scroller().scrollWidth).to.be.greaterThan(scroller().clientWidth);
      expect(scroller().getAttribute('role')).to.equal('region');
      expect(scroller().getAttribute('aria-label')).to.equal('Table of studies');
      await expect(element).to.be.accessible();
      element.classList.remove('too-wide');
      await waitUntil(() => !scroller().hasAttribute('tabindex'), 'a table that fits should not be a tab stop');
      expect(scroller().hasAttribute('role')).to.equal(false);
    });
  });

  describe('CSV', () => {
    /** Captures what the "Download CSV" button hands to the browser. */
    async function downloadCsv(element: StudyTable): Promise<{ text: string; fileName: string }> {
      const original = URL.createObjectURL;
      let blob: Blob | undefined;
      let fileName = '';
      const preventDownload = (event: Event) => {
        const link = event.composedPath()[0] as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        fileName = link.download;
        event.preventDefault();
      };
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blob = object as Blob;
        return original.call(URL, object);
      };
      shadow(element).addEventListener('click', preventDownload);
      try {
        shadow(element).querySelector<HTMLButtonElement>('.download')!.click();
      } finally {
        URL.createObjectURL = original;
        shadow(element).removeEventListener('click', preventDownload);
      }
      expect(blob, 'a CSV blob').to.be.instanceOf(Blob);
      expect(blob!.type).to.equal('text/csv;charset=utf-8');
      // The byte order mark tells spreadsheets the file is UTF-8.
      const bytes = new Uint8Array(await blob!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      return { text: new TextDecoder().decode(bytes.slice(3)), fileName };
    }

    function parseCsv(text: string): string[][] {
      const rows: string[][] = [];
      let field = '';
      let row: string[] = [];
      let quoted = false;
      for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (quoted) {
          if (char === '"' && text[index + 1] === '"') {
            field += '"';
            index++;
          } else if (char === '"') quoted = false;
          else field += char;
        } else if (char === '"') quoted = true;
        else if (char === ',') {
          row.push(field);
          field = '';
        } else if (char === '\r') continue;
        else if (char === '\n') {
          row.push(field);
          rows.push(row);
          row = [];
          field = '';
        } else field += char;
      }
      return rows;
    }

    it('downloads the rows as shown, sorted and filtered, with the citation columns', async () => {
      const element = await fixture<StudyTable>(
        html`<study-table phase="2" columns="study participants outcome" sort="participants"></study-table>`,
      );
      const { text, fileName } = await downloadCsv(element);
      expect(fileName).to.equal('mdma-therapy-studies.csv');
      const rows = parseCsv(text);
      // The summary's columns first, then every other field in full.
      expect(rows[0]).to.deep.equal([
        'Study',
        'Year',
        'Participants',
        'Participants in each arm',
        'Outcome: MDMA against comparator',
        'Outcome definition',
        'Outcome timepoint',
        'MDMA arm (%)',
        'Comparator arm (%)',
        'Phase',
        'Design',
        'Condition',
        'Comparator',
        'Primary outcome',
        'Primary outcome timepoint',
        'Headline result',
        'Effect size',
        'Citation',
        'DOI',
        'Link',
      ]);
      expect(rows.slice(1).map((row) => row[0])).to.deep.equal([
        'Wolfson et al. 2020',
        'Mithoefer et al. 2011',
        'Mithoefer et al. 2018',
        "Ot'alora et al. 2018",
      ]);
      const otalora = rows[4];
      const otaloraStudy = studies.items.find((study) => study.id === 'otalora-2018')!;
      expect(otalora.slice(1, 17)).to.deep.equal([
        '2018',
        '28',
        'Not reported',
        'No longer meeting criteria',
        otaloraStudy.outcome!.definition,
        '12-month follow-up (n = 25)',
        '76',
        'Not reported',
        '2',
        otaloraStudy.design,
        otaloraStudy.condition,
        otaloraStudy.comparator,
        otaloraStudy.primaryOutcome.measure,
        otaloraStudy.primaryOutcome.timepoint,
        otaloraStudy.headlineResult,
        'Not reported',
      ]);
      expect(otalora[17]).to.contain("Ot'alora G M, Grigsby J").and.contain('Journal of Psychopharmacology');
      expect(otalora[18]).to.equal('10.1177/0269881118806297');
      expect(otalora[19]).to.equal('https://doi.org/10.1177/0269881118806297');
      expect(rows[3][4]).to.equal('Not reported');
      expect(rows[3][3]).to.equal('MDMA 30 mg (active control): 7; MDMA 75 mg: 7; MDMA 125 mg: 12');
      expect(text).to.equal(element.toCsv());
    });

    it('follows the reader’s sort', async () => {
      const element = await fixture<StudyTable>(html`<study-table columns="study"></study-table>`);
      sortButton(element, 'study').click();
      sortButton(element, 'study').click();
      await element.updateComplete;
      const rows = parseCsv((await downloadCsv(element)).text);
      expect(rows.slice(1).map((row) => row[1])).to.deep.equal(['2023', '2021', '2020', '2018', '2018', '2011']);
    });

    it('keeps host text from running as a spreadsheet formula', async () => {
      const items = [hostStudy(1, { name: '=HYPERLINK("https://example.com","x")', comparator: '+1, "quoted"' })];
      const element = await fixture<StudyTable>(html`<study-table .data=${items} columns="study comparator"></study-table>`);
      const rows = parseCsv(element.toCsv());
      expect(rows[1][0]).to.equal('\'=HYPERLINK("https://example.com","x")');
      expect(rows[1][2]).to.equal('\'+1, "quoted"');
      expect(rows[0][2]).to.equal('Comparator');
    });
  });

  describe('host data', () => {
    it('replaces the bundled studies with studies from the property', async () => {
      const element = await fixture<StudyTable>(html`<study-table .data=${[hostStudy(1), hostStudy(2)]}></study-table>`);
      expect(shownIds(element)).to.deep.equal(['host-1', 'host-2']);
      const caption = shadow(element).querySelector('caption')!.textContent!;
      expect(caption).to.contain('supplied by this website');
      expect(caption).not.to.contain('Reviewed');
    });

    it('reads studies from a JSON child, adding to the bundled ones with the host’s language and review date', async () => {
      setClock(() => new Date('2027-02-01T12:00:00Z'));
      const data = JSON.stringify({
        mode: 'extend',
        language: 'es',
        lastReviewed: '2027-01-15',
        items: [hostStudy(1, { name: 'Estudio del sitio', condition: 'TEPT crónico' })],
      });
      const element = await fixture<StudyTable>(html`<study-table
        ><script type="application/json">
          ${data}
        </script></study-table
      >`);
      await waitUntil(() => shownIds(element).includes('host-1'), 'the JSON child should be read');
      expect(shownIds(element)).to.deep.equal([...bundledIds, 'host-1']);
      const hostRow = shadow(element).querySelector('tr[data-id="host-1"]')!;
      expect(hostRow.querySelector('td[data-column="condition"] [lang]')!.getAttribute('lang')).to.equal('es');
      const bundledRow = shadow(element).querySelector('tr[data-id="mitchell-2023-mapp2"]')!;
      expect(bundledRow.querySelector('td[data-column="condition"] [lang]')!.getAttribute('lang')).to.equal('en');
      // Extended content is only as fresh as its oldest part: the bundled review date, not the host's newer one.
      expect(shadow(element).querySelector('.footer .reviewed')!.textContent!.trim()).to.equal('Reviewed 28 November 2026');
      expect(shadow(element).querySelector('script')).to.equal(null);
    });

    it('shows the bundled studies and names the field when host data is invalid', async () => {
      let element!: StudyTable;
      const { errors } = await consoleDuring(async () => {
        element = await fixture<StudyTable>(html`<study-table .data=${[hostStudy(1, { participants: 'many' })]}></study-table>`);
      });
      expect(shownIds(element)).to.deep.equal(bundledIds);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<study-table>').and.contain('participants');
    });

    it('renders markup in host data as inert text', async () => {
      const attack = '<img src=x onerror="window.__studyTableAttack = true">';
      const items = [hostStudy(1, { name: attack, condition: attack, headlineResult: attack })];
      const element = await fixture<StudyTable>(html`<study-table .data=${items}></study-table>`);
      await aTimeout(50);
      expect(shadow(element).querySelector('img')).to.equal(null);
      expect((window as { __studyTableAttack?: boolean }).__studyTableAttack).to.equal(undefined);
      expect(shadow(element).querySelector('tr[data-id="host-1"] td[data-column="condition"]')!.textContent).to.contain(attack);
    });

    it('writes a bundled study as markup, and binds a host study’s text from a JSON child, which stays text', async () => {
      const attack = '<img src=x onerror="window.__studyTableAttack = true">';
      const data = JSON.stringify({ mode: 'extend', items: [hostStudy(1, { name: attack, condition: attack, arms: [{ label: attack, participants: 5 }] })] });
      const element = await fixture<StudyTable>(html`<study-table studies="mithoefer-2011 host-1"
        ><script type="application/json">
          ${data}
        </script></study-table
      >`);
      await waitUntil(() => shownIds(element).includes('host-1'), 'the JSON child should be read');
      const group = (id: string) => shadow(element).querySelector(`tr[data-id="${id}"]`)!.closest('tbody')!;
      // Lit leaves a comment where it fills a binding with text: a bundled study has none, a host's has one per text.
      const bindings = (id: string) => {
        const walker = document.createTreeWalker(group(id), NodeFilter.SHOW_COMMENT);
        let count = 0;
        while (walker.nextNode()) count += 1;
        return count;
      };
      expect(bindings('mithoefer-2011')).to.equal(0);
      expect(bindings('host-1')).to.be.greaterThan(10);
      expect(group('host-1').querySelector('img')).to.equal(null);
      expect(group('host-1').querySelector('th .cell-value')!.textContent).to.contain(attack);
      expect(group('host-1').querySelector('td[data-column="condition"] .cell-value')!.textContent).to.contain(attack);
      expect(group('host-1').querySelector('[data-fact="participants"] li')!.textContent).to.contain(attack);
      expect(group('host-1').querySelector('tr[data-details-for]')!.getAttribute('data-details-for')).to.equal('host-1');
      expect((window as { __studyTableAttack?: boolean }).__studyTableAttack).to.equal(undefined);
      // Both open, and are reported, the same way.
      const opened = oneEvent(element, 'study-table-toggle');
      detailsButton(element, 'host-1').click();
      expect(((await opened) as CustomEvent<StudyTableToggleDetail>).detail).to.deep.equal({ id: 'host-1', open: true });
    });

    it('refuses a javascript: link', async () => {
      let element!: StudyTable;
      const { errors } = await consoleDuring(async () => {
        element = await fixture<StudyTable>(html`<study-table .data=${[hostStudy(1, { sourceId: 'javascript:alert(1)' })]}></study-table>`);
      });
      expect(errors.join('\n')).to.contain('sourceId');
      expect(shownIds(element)).to.deep.equal(bundledIds);
      for (const link of shadow(element).querySelectorAll('a')) expect(link.protocol).to.equal('https:');
    });

    it('stays usable with 10,000 studies: one page rendered, every row sorted, every row downloadable', async () => {
      const items = Array.from({ length: 10_000 }, (_, index) =>
        hostStudy(index, { participants: index === 7_777 ? 3 : 10 + ((index * 7_919) % 5_000), phase: 2 + (index % 2) }),
      );
      const element = await fixture<StudyTable>(html`<study-table .data=${items}></study-table>`);
      expect(shadow(element).querySelectorAll('tbody tr.summary')).to.have.length(25);
      expect(shadow(element).querySelector('.page-status')!.textContent).to.match(/Studies 1 to 25 of 10,000\s+Page 1 of 400/);
      sortButton(element, 'participants').click();
      await element.updateComplete;
      expect(shownIds(element)[0]).to.equal('host-7777');
      const participants = [...shadow(element).querySelectorAll('td[data-column="participants"] .figure')].map((cell) =>
        Number(cell.textContent!.replace(/,/g, '')),
      );
      expect(participants).to.deep.equal([...participants].sort((a, b) => a - b));
      expect(shadow(element).querySelectorAll('tbody tr.summary')).to.have.length(25);
      element.phase = '2';
      await element.updateComplete;
      expect(shadow(element).querySelector('.page-status')!.textContent).to.contain('of 5,000');
      expect(element.toCsv().trim().split('\r\n')).to.have.length(5_001);
    });
  });

  describe('themes and languages', () => {
    for (const theme of ['light', 'dark', 'auto'] as const) {
      it(`passes axe in the ${theme} theme`, async function () {
        // Skipped in Firefox and WebKit for auto: a dark preference is emulated over the DevTools Protocol, which their drivers lack.
        if (theme === 'auto') await emulateMediaOrSkip(this, { colorScheme: 'dark' });
        const element = await fixture<StudyTable>(html`<study-table theme=${theme} sort="participants"></study-table>`);
        const widget = shadow(element).querySelector<HTMLElement>('.widget')!;
        expect(widget.dataset.theme).to.equal(theme);
        const background = getComputedStyle(widget).backgroundColor;
        expect(background).to.equal(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 27, 34)');
        await expect(element).to.be.accessible();
      });
    }

    it('passes axe in the narrow layout in dark theme', async () => {
      const sidebar = await fixture<HTMLElement>(html`<div style="width: 320px"><study-table theme="dark"></study-table></div>`);
      const element = sidebar.querySelector('study-table')!;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('speaks Spanish inside lang="es", with Spanish numbers and dates, and keeps English content marked', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="es"><study-table sort="participants"></study-table></div>`);
      const element = page.querySelector('study-table')!;
      await element.updateComplete;
      const caption = shadow(element).querySelector('caption')!.textContent!;
      expect(caption).to.contain('Ensayos clínicos').and.not.contain('Revisado');
      expect(shadow(element).querySelector('.footer .reviewed')!.textContent!.trim()).to.equal('Revisado el 28 de noviembre de 2026');
      expect(sortButton(element, 'participants').textContent!.trim()).to.equal('Participantes');
      expect(shadow(element).querySelector('tr[data-id="otalora-2018"] td[data-column="outcome"]')!.textContent).to.contain('No informado');
      expect(shadow(element).querySelector('tr[data-id="mitchell-2023-mapp2"] td[data-column="outcome"]')!.textContent).to.match(/71,2\s%/);
      expect(shadow(element).querySelector('.download')!.textContent!.trim()).to.equal('Descargar CSV');
      expect(shadow(element).querySelector('tr[data-id="mitchell-2023-mapp2"] td[data-column="condition"] [lang]')!.getAttribute('lang')).to.equal('en');
      sortButton(element, 'participants').click();
      await element.updateComplete;
      expect(liveRegion(element).textContent!.trim()).to.equal('Ordenado por Participantes, descendente');
      await expect(element).to.be.accessible();
    });
  });

  describe('print', () => {
    it('prints the table in black and white without the buttons', async function () {
      const element = await fixture<StudyTable>(html`<study-table theme="dark"></study-table>`);
      // Skipped in Firefox and WebKit: print media is emulated over the DevTools Protocol, which their drivers lack.
      await emulateMediaOrSkip(this, { media: 'print' });
      expect(getComputedStyle(shadow(element).querySelector('.download')!).display).to.equal('none');
      expect(getComputedStyle(shadow(element).querySelector('.widget')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(shadow(element).querySelector('.bar.mdma')!).fill).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(shadow(element).querySelector('.not-reported')!).color).to.equal('rgb(0, 0, 0)');
    });

    it('prints every study’s details open, without the details buttons', async function () {
      const element = await fixture<StudyTable>(html`<study-table></study-table>`);
      expect(shownIds(element).some((id) => detailsRow(element, id).checkVisibility())).to.equal(false);
      // Skipped in Firefox and WebKit: print media is emulated over the DevTools Protocol, which their drivers lack.
      await emulateMediaOrSkip(this, { media: 'print' });
      for (const id of shownIds(element)) {
        expect(detailsRow(element, id).checkVisibility(), id).to.equal(true);
        expect(detailsButton(element, id).checkVisibility(), id).to.equal(false);
      }
    });
  });
});
