/**
 * Properties of the wrong type, as frameworks set them (React 19 sets properties: `<study-table phase={3}>`,
 * `<mdma-faq open>`): every widget still renders its content, nothing reaches the page as an error, and the console
 * names the element and the property once.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import { consoleDuring } from './console.js';
import { expectWellFormedMessages, recordUncaught, shownText, wrongTypes } from './hostile.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void; [property: string]: unknown };

/** Every property of every element that takes a string (or a number written as one), with its attribute. */
const properties: Record<string, ReadonlyArray<readonly [property: string, attribute: string]>> = {
  'mdma-faq': [
    ['theme', 'theme'],
    ['questions', 'questions'],
    ['open', 'open'],
    ['headingLevel', 'heading-level'],
  ],
  'study-table': [
    ['theme', 'theme'],
    ['studies', 'studies'],
    ['columns', 'columns'],
    ['sort', 'sort'],
    ['sortDirection', 'sort-direction'],
    ['condition', 'condition'],
    ['phase', 'phase'],
    ['pageSize', 'page-size'],
  ],
  'session-timeline': [
    ['theme', 'theme'],
    ['current', 'current'],
    ['orientation', 'orientation'],
    ['headingLevel', 'heading-level'],
  ],
  'safety-callout': [
    ['theme', 'theme'],
    ['topic', 'topic'],
    ['severity', 'severity'],
    ['headingLevel', 'heading-level'],
  ],
};

async function settle(element: Widget): Promise<void> {
  await element.updateComplete;
  await nextFrame();
  await element.updateComplete;
}

describe('properties of the wrong type', () => {
  for (const [tag, list] of Object.entries(properties)) {
    for (const [property, attribute] of list) {
      describe(`<${tag}>.${property}`, () => {
        for (const [name, value] of wrongTypes()) {
          it(`renders its content and warns once naming "${attribute}" when given ${name}`, async () => {
            const uncaught = recordUncaught();
            let before!: Widget;
            let after!: Widget;
            const { warnings, errors } = await consoleDuring(async () => {
              const container = await fixture<HTMLElement>(html`<div></div>`);
              // Set before the element is connected (a framework creating it) and after its first render (an update).
              before = document.createElement(tag) as Widget;
              before[property] = value;
              after = document.createElement(tag) as Widget;
              container.append(before, after);
              await settle(after);
              after[property] = value;
              await settle(after);
              await settle(before);
              // The same value again, and a re-render: nothing more is said.
              before[property] = value;
              before.requestUpdate();
              await settle(before);
            });
            uncaught.stop();
            expect(uncaught.uncaught).to.deep.equal([]);
            for (const element of [before, after]) expect(shownText(element).length, `${tag} rendered`).to.be.above(40);
            expectWellFormedMessages([...warnings, ...errors], tag);
            expect(errors).to.deep.equal([]);
            const naming = warnings.filter((warning) => warning.includes(attribute));
            // One warning per element: the one set before connecting and the one set after rendering.
            expect(naming, warnings.join('\n')).to.have.length(2);
          });
        }
      });
    }
  }

  describe('<mdma-widgets-provider>.theme', () => {
    for (const [name, value] of wrongTypes()) {
      it(`keeps its widgets rendering and warns once naming "theme" when given ${name}`, async () => {
        const uncaught = recordUncaught();
        let callout!: Widget;
        const { warnings, errors } = await consoleDuring(async () => {
          const provider = await fixture<Widget>(html`<mdma-widgets-provider><safety-callout></safety-callout></mdma-widgets-provider>`);
          callout = provider.querySelector('safety-callout') as unknown as Widget;
          await settle(callout);
          for (let toggle = 0; toggle < 20; toggle += 1) {
            provider['theme'] = toggle % 2 === 0 ? value : 'dark';
            await settle(provider);
            await settle(callout);
          }
        });
        uncaught.stop();
        expect(uncaught.uncaught).to.deep.equal([]);
        expect(shownText(callout).length).to.be.above(40);
        expectWellFormedMessages([...warnings, ...errors], 'mdma-widgets-provider');
        expect(errors).to.deep.equal([]);
        expect(warnings.filter((warning) => warning.includes('theme'))).to.have.length(1);
        expect(callout.shadowRoot!.querySelector('.widget')!.getAttribute('data-theme')).to.equal('dark');
      });
    }
  });
});

describe('numbers where the attribute is a number', () => {
  it('takes phase={3}, heading-level={4} and page-size={2} as React passes them, without a word', async () => {
    const { warnings, errors } = await consoleDuring(async () => {
      const table = await fixture<Widget>(html`<study-table .phase=${3} .pageSize=${2}></study-table>`);
      await settle(table);
      const rows = table.shadowRoot!.querySelectorAll('tbody tr[data-id]');
      expect(rows).to.have.length(2);
      const faq = await fixture<Widget>(html`<mdma-faq .headingLevel=${4}></mdma-faq>`);
      expect(faq.shadowRoot!.querySelector('h4.question')).not.to.equal(null);
    });
    expect([...warnings, ...errors]).to.deep.equal([]);
  });

  it('reflects a wrong-typed theme as no attribute, never as a thrown error', async () => {
    const element = await fixture<Widget>(html`<safety-callout theme="dark"></safety-callout>`);
    element['theme'] = Symbol('hostile');
    await consoleDuring(() => settle(element));
    expect(element.hasAttribute('theme')).to.equal(false);
    element['theme'] = 'auto';
    await settle(element);
    expect(element.getAttribute('theme')).to.equal('auto');
  });

  it('says how to open every answer when `open` is given as true', async () => {
    const { warnings } = await consoleDuring(() => fixture(html`<mdma-faq .open=${true}></mdma-faq>`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('open').and.include('"all"');
  });
});
