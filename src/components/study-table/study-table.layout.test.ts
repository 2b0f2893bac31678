/**
 * The table in the columns portals and blogs really have, from a 320 px sidebar to a 1600 px page, at normal and 200 %
 * text, light and dark, with every study's details closed and open: nothing outside the element's box, nothing
 * scrolling sideways inside it, and from 40em of its own width a table whose rows hold their summary cells side by side.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { studies } from '../../data/studies.js';
import './study-table.js';
import type { StudyTable } from './study-table.js';

// The widths asked for, and 720 px: the narrowest at which the details buttons show their label.
const widths = [320, 400, 480, 640, 720, 768, 960, 1024, 1100, 1200, 1440, 1600];

/** The widget's base font size, as the page's 16 px body text makes it. */
const pageFontSize = 16;

interface Host {
  readonly element: StudyTable;
  readonly box: DOMRect;
}

/**
 * A host page: an `<h1>` post whose column is `width` px wide, in the page's own sans-serif type, at `textSize` (200 %
 * for a reader who enlarges text), in `lang`.
 */
async function hostPage(width: number, { textSize = 1, theme = 'light', lang = 'en', attributes = '' } = {}): Promise<Host> {
  const page = await fixture<HTMLElement>(`<main lang="${lang}" style="font: ${pageFontSize}px/1.5 Arial, 'Liberation Sans', sans-serif">
    <h1>Treatments for PTSD</h1>
    <article style="width: ${width}px; font-size: ${textSize * 100}%">
      <p>The trials so far, study by study.</p>
      <study-table theme="${theme}" ${attributes}></study-table>
    </article>
  </main>`);
  const element = page.querySelector<StudyTable>('study-table')!;
  await element.updateComplete;
  return { element, box: element.getBoundingClientRect() };
}

function shadow(element: StudyTable): ShadowRoot {
  return element.shadowRoot!;
}

/** Whether `node` is in text kept for screen readers only: clipped to a pixel on purpose. */
function visuallyHidden(node: Node): boolean {
  for (let element = node instanceof Element ? node : node.parentElement; element; element = element.parentElement) {
    if (getComputedStyle(element).clipPath === 'inset(50%)') return true;
  }
  return false;
}

/** Every piece of text drawn outside the element's box, with where it is. */
function textOutside(element: StudyTable): string[] {
  const box = element.getBoundingClientRect();
  const outside: string[] = [];
  const walker = document.createTreeWalker(shadow(element), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || visuallyHidden(node)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width === 0) continue;
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
        outside.push(`"${node.textContent.trim().slice(0, 40)}" at ${Math.round(rect.left - box.left)}–${Math.round(rect.right - box.left)} of ${Math.round(box.width)}`);
      }
    }
  }
  return outside;
}

/** Every box inside the element that scrolls sideways or is wider than the element. */
function overflowing(element: StudyTable): string[] {
  const box = element.getBoundingClientRect();
  const found: string[] = [];
  for (const node of [element, ...shadow(element).querySelectorAll<HTMLElement>('*')]) {
    if (node instanceof SVGElement || visuallyHidden(node)) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const label = node === element ? '<study-table>' : `<${node.localName} class="${node.getAttribute('class') ?? ''}">`;
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible') found.push(`${label} scrolls sideways`);
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) found.push(`${label} spills out (${Math.round(rect.left - box.left)}–${Math.round(rect.right - box.left)})`);
  }
  return found;
}

async function setAllDetails(element: StudyTable, open: boolean): Promise<void> {
  for (const details of shadow(element).querySelectorAll<HTMLDetailsElement>('.details-toggle')) details.open = open;
  await element.updateComplete;
}

/** Checks the layout the element's own width calls for: a table with side-by-side summary cells, or one card per study. */
function expectLayout(element: StudyTable, widthInEm: number): void {
  const rows = [...shadow(element).querySelectorAll<HTMLTableRowElement>('tr.summary')];
  expect(rows).to.have.length(studies.items.length);
  if (widthInEm >= 40) {
    for (const row of rows) {
      expect(getComputedStyle(row).display, row.dataset.id).to.equal('table-row');
      const cells = [...row.querySelectorAll<HTMLElement>(':scope > th, :scope > td[data-column]')].map((cell) => cell.getBoundingClientRect());
      expect(cells, row.dataset.id).to.have.length(5);
      for (let index = 1; index < cells.length; index++) {
        expect(Math.abs(cells[index]!.top - cells[0]!.top), `${row.dataset.id}: cell ${index} on the same line`).to.be.below(1);
        expect(cells[index]!.left, `${row.dataset.id}: cell ${index} to the right of the one before`).to.be.at.least(cells[index - 1]!.right - 1);
      }
    }
  } else {
    for (const row of rows) expect(getComputedStyle(row.parentElement!).display, `${row.dataset.id}: a card`).to.equal('block');
  }
}

/** The line boxes of an element's text, top to bottom: each line's top and bottom, from the boxes its text is drawn in. */
function linesOf(element: Element): Array<{ top: number; bottom: number }> {
  const range = document.createRange();
  range.selectNodeContents(element);
  const lines: Array<{ top: number; bottom: number }> = [];
  for (const rect of [...range.getClientRects()].filter((box) => box.width > 0).sort((a, b) => a.top - b.top)) {
    const line = lines.find(({ top, bottom }) => rect.top < bottom && rect.bottom > top);
    if (line) {
      line.top = Math.min(line.top, rect.top);
      line.bottom = Math.max(line.bottom, rect.bottom);
    } else lines.push({ top: rect.top, bottom: rect.bottom });
  }
  return lines;
}

/** The width of the column `column` heads, and the width its heading's button and its figures need, with the padding. */
function columnOf(element: StudyTable, column: string): { width: number; needed: number } {
  const heading = shadow(element).querySelector<HTMLElement>(`thead th[data-column="${column}"]`)!;
  const style = getComputedStyle(heading);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const figures = [...shadow(element).querySelectorAll(`tr.summary > [data-column="${column}"] .cell-value`)].map((value) => {
    const range = document.createRange();
    range.selectNodeContents(value);
    return range.getBoundingClientRect().width;
  });
  const button = heading.querySelector('.sort-button')!.getBoundingClientRect().width;
  return { width: heading.getBoundingClientRect().width, needed: Math.max(button, ...figures) + padding };
}

describe('<study-table> at every column width', () => {
  for (const textSize of [1, 2]) {
    for (const width of widths) {
      const theme = width % 3 === 0 ? 'dark' : 'light';
      it(`fits a ${width} px column at ${textSize * 100} % text (${theme}), details closed and open`, async () => {
        const { element, box } = await hostPage(width, { textSize, theme });
        expect(Math.round(box.width)).to.equal(width);
        const widthInEm = width / (pageFontSize * textSize);
        for (const open of [false, true]) {
          await setAllDetails(element, open);
          const state = open ? 'open' : 'closed';
          expect(textOutside(element), `text outside the box, details ${state}`).to.deep.equal([]);
          expect(overflowing(element), `overflow, details ${state}`).to.deep.equal([]);
          expectLayout(element, widthInEm);
        }
      });
    }
  }

  for (const width of widths) {
    it(`passes axe in a ${width} px column with a study's details closed, then open`, async function () {
      // Two axe runs over the whole table: over 20 s in WebKit on a machine busy with other runs. A violation still fails
      // at once; a test cut short would leave axe running under the next one ("Axe is already running").
      this.timeout(60000);
      const { element } = await hostPage(width, { theme: width % 2 === 0 ? 'light' : 'dark' });
      await expect(element).to.be.accessible();
      shadow(element).querySelector<HTMLElement>('.details-button')!.click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  }

  for (const width of [320, 640, 720, 1024]) {
    it(`fits a ${width} px column of a Spanish page`, async () => {
      const { element } = await hostPage(width, { lang: 'es' });
      await setAllDetails(element, true);
      expect(shadow(element).querySelector('.details-label')!.textContent).to.equal('Detalles');
      expect(shadow(element).querySelector('.details-button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Detalles (Mithoefer et al. 2011)');
      expect(textOutside(element)).to.deep.equal([]);
      expect(overflowing(element)).to.deep.equal([]);
      expectLayout(element, width / pageFontSize);
      await expect(element).to.be.accessible();
    });
  }

  it('labels the Details buttons at every width, in the row under their study', async () => {
    for (const width of [320, 640, 719, 720, 1024]) {
      const { element } = await hostPage(width);
      const label = shadow(element).querySelector<HTMLElement>('.details-label')!;
      expect(visuallyHidden(label), `${width} px`).to.equal(false);
      expect(shadow(element).querySelector('.details-button')!.closest('tr')!.classList.contains('details-row')).to.equal(true);
    }
  });

  it('fits a 320 px sidebar at 200 % text with every column chosen', async () => {
    const { element } = await hostPage(320, { textSize: 2, attributes: 'columns="study phase design condition participants comparator primary-outcome result outcome effect-size"' });
    await setAllDetails(element, true);
    expect(textOutside(element)).to.deep.equal([]);
    expect(overflowing(element)).to.deep.equal([]);
  });

  it('with more than five columns, stays cards until 60em and is a table from there', async () => {
    const columns = 'columns="study phase participants condition comparator outcome"';
    for (const [width, display] of [
      [900, 'block'],
      [960, 'table-row'],
    ] as const) {
      const { element } = await hostPage(width, { attributes: columns });
      expect(getComputedStyle(shadow(element).querySelector('tr.summary')!).display, `${width} px`).to.equal(display);
      expect(textOutside(element)).to.deep.equal([]);
      expect(overflowing(element)).to.deep.equal([]);
    }
  });

  for (const lang of ['en', 'es']) {
    it(`puts every sortable heading's icon on the line of its last word, the same way, from 640 to 1024 px (${lang})`, async () => {
      for (const width of [640, 720, 800, 900, 1024]) {
        const { element } = await hostPage(width, { lang });
        const placed = [...shadow(element).querySelectorAll<HTMLElement>('thead th.sortable')].map((heading) => {
          const lines = linesOf(heading.querySelector('.sort-label')!);
          const last = lines.at(-1)!;
          const icon = heading.querySelector('.sort-icon')!.getBoundingClientRect();
          const where = `${width} px, ${heading.dataset.column} (${lines.length} lines)`;
          // Its full size (0.65em by 0.9em), never squeezed by a long heading.
          expect(icon.width, `${where}: the icon's width`).to.be.closeTo(0.65 * pageFontSize, 0.5);
          expect(icon.top, `${where}: the icon's top within its last line`).to.be.at.least(last.top - 1);
          expect(icon.bottom, `${where}: the icon's bottom within its last line`).to.be.at.most(last.bottom + 1);
          return last.bottom - icon.bottom;
        });
        expect(Math.max(...placed) - Math.min(...placed), `${width} px: the icons at the same height on their lines`).to.be.below(1);
      }
    });
  }

  it('gives a portal’s article column (800 px) to the study and the outcome, not to the columns of figures', async () => {
    for (const width of [800, 900, 1024]) {
      const { element } = await hostPage(width);
      // "Mithoefer et al. 2011" on one line; a note after the year ("(MAPP1)") may go on the next.
      for (const link of shadow(element).querySelectorAll('tbody th.study a')) {
        const text = link.firstChild as Text;
        const year = /\d{4}/.exec(text.data)!;
        const name = document.createRange();
        name.setStart(text, 0);
        name.setEnd(text, year.index + 4);
        const tops = [...name.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top);
        expect(Math.max(...tops) - Math.min(...tops), `${width} px: “${name.toString()}” on one line`).to.be.below(1);
      }
      const columns = Object.fromEntries(['study', 'phase', 'participants', 'condition', 'outcome'].map((column) => [column, columnOf(element, column)]));
      for (const column of ['phase', 'participants']) {
        expect(columns[column]!.width, `${width} px: the ${column} column no wider than its heading or figures need`).to.be.at.most(columns[column]!.needed + 2);
      }
      for (const column of ['study', 'phase', 'participants', 'condition']) {
        expect(columns['outcome']!.width, `${width} px: the outcome column wider than the ${column} column`).to.be.above(columns[column]!.width);
      }
    }
  });

  it('keeps two tables on one page apart: each button opens its own table’s details', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 800px">
      <study-table studies="mitchell-2023-mapp2"></study-table>
      <study-table studies="mitchell-2023-mapp2 wolfson-2020"></study-table>
    </div>`);
    const [first, second] = [...page.querySelectorAll<StudyTable>('study-table')];
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    const button = (element: StudyTable) => shadow(element).querySelector<HTMLElement>('tr[data-details-for="mitchell-2023-mapp2"] .details-button')!;
    button(second!).click();
    await second!.updateComplete;
    const controlled = (element: StudyTable) => button(element).parentElement!.querySelector('.details')!;
    expect(controlled(second!).checkVisibility()).to.equal(true);
    expect(controlled(first!).checkVisibility()).to.equal(false);
    expect((button(first!).parentElement as HTMLDetailsElement).open).to.equal(false);
  });
});
