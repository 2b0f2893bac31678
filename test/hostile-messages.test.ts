/**
 * What the console says about careless input: short (values echoed to about 200 characters, lists counted), once, true,
 * and always naming the element and the field. And input past the documented caps is refused the same way.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import { faq, sessions } from '../src/data/index.js';
import { consoleDuring } from './console.js';
import { expectWellFormedMessages, shownText } from './hostile.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void; [property: string]: unknown };

async function settle(element: Widget): Promise<void> {
  await element.updateComplete;
  await nextFrame();
  await element.updateComplete;
}

const hundredKilobytes = 'x '.repeat(51_200);

describe('console messages', () => {
  it('says sort="constructor" is not a sortable column, not that the columns attribute hides it', async () => {
    const { warnings } = await consoleDuring(() => fixture(html`<study-table sort="constructor"></study-table>`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('sort="constructor" is not a sortable column');
  });

  it('says once what is wrong with a provider theme, however often the page toggles it', async () => {
    const { warnings } = await consoleDuring(async () => {
      const provider = await fixture<Widget>(html`<mdma-widgets-provider><mdma-faq></mdma-faq></mdma-widgets-provider>`);
      for (let toggle = 0; toggle < 1_000; toggle += 1) {
        provider['theme'] = toggle % 2 === 0 ? 'sepia' : 'dark';
        await provider.updateComplete;
      }
      await settle(provider);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<mdma-widgets-provider>').and.include('theme="sepia"');
  });

  it('stops after 20 different messages from one element, saying so', async () => {
    const { warnings } = await consoleDuring(async () => {
      const element = await fixture<Widget>(html`<safety-callout></safety-callout>`);
      for (let value = 0; value < 100; value += 1) {
        element['severity'] = `level-${value}`;
        await settle(element);
      }
    });
    expect(warnings).to.have.length(21);
    expect(warnings[20]).to.include('no more are reported');
  });

  for (const [tag, attribute] of [
    ['mdma-faq', 'questions'],
    ['mdma-faq', 'open'],
    ['mdma-faq', 'heading-level'],
    ['study-table', 'studies'],
    ['study-table', 'columns'],
    ['study-table', 'sort'],
    ['study-table', 'sort-direction'],
    ['study-table', 'phase'],
    ['study-table', 'page-size'],
    ['session-timeline', 'current'],
    ['session-timeline', 'orientation'],
    ['safety-callout', 'topic'],
    ['safety-callout', 'severity'],
    ['safety-callout', 'theme'],
  ] as const) {
    it(`echoes a 100 KB ${attribute} on <${tag}> in a short message naming it`, async () => {
      let element!: Widget;
      const { warnings, errors } = await consoleDuring(async () => {
        const container = await fixture<HTMLElement>(html`<div></div>`);
        element = document.createElement(tag) as unknown as Widget;
        element.setAttribute(attribute, hundredKilobytes);
        container.append(element);
        await settle(element);
      });
      expect(shownText(element).length).to.be.above(40);
      expectWellFormedMessages([...warnings, ...errors], tag);
      expect(warnings.length, warnings.join('\n')).to.be.within(1, 2);
      expect(warnings.some((warning) => warning.includes(attribute))).to.equal(true);
    });
  }

  it('answers an invalid 100,000-item array with one short error', async () => {
    const items = Array.from({ length: 100_000 }, (_, index) => ({ id: `q${index}`, question: index }));
    const { errors } = await consoleDuring(() => fixture(html`<mdma-faq .data=${items}></mdma-faq>`));
    expect(errors).to.have.length(1);
    expect(errors[0]!.length).to.be.below(400);
    expectWellFormedMessages(errors, 'mdma-faq');
  });

  it('escapes characters that would rewrite the console line, and cuts long values short', async () => {
    const value = `\u202Eevil\u200B${'y'.repeat(1_000)}`;
    const { warnings } = await consoleDuring(() => fixture(html`<study-table sort=${value}></study-table>`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('\\u202eevil\\u200b');
    expect(warnings[0]).not.to.include('\u202E');
    expect(warnings[0]!.length).to.be.below(500);
  });
});

describe('host data past the documented caps', () => {
  const cases = [
    {
      tag: 'session-timeline',
      items: (count: number) =>
        Array.from({ length: count }, (_, index) => ({ id: `s${index}`, phase: 'dosing', name: `Step ${index}`, week: index % 20, summary: 'A step.' })),
      cap: 100,
      bundledText: sessions.items[0]!.summary,
    },
    {
      tag: 'mdma-faq',
      items: (count: number) => Array.from({ length: count }, (_, index) => ({ id: `q${index}`, question: `Question ${index}?`, answer: ['A.'] })),
      cap: 200,
      bundledText: faq.items[0]!.question,
    },
  ] as const;

  for (const { tag, items, cap, bundledText } of cases) {
    it(`<${tag}> shows ${cap} host items, and refuses ${cap + 1}, 10,000 or 100,000 with one message and its bundled content`, async () => {
      const shown = await fixture<Widget>(html`<div></div>`);
      const element = document.createElement(tag) as unknown as Widget;
      element['data'] = items(cap);
      shown.append(element);
      await settle(element);
      expect(shownText(element)).not.to.include(bundledText);

      for (const count of [cap + 1, 10_000, 100_000]) {
        let refused!: Widget;
        const { errors } = await consoleDuring(async () => {
          const container = await fixture<HTMLElement>(html`<div></div>`);
          refused = document.createElement(tag) as unknown as Widget;
          refused['data'] = items(count);
          container.append(refused);
          await settle(refused);
        });
        expect(errors, `${count} items`).to.have.length(1);
        expect(errors[0]).to.match(/field "items": has [\d,]+ items; at most [\d,]+ can be shown|the data: is too large/);
        expect(shownText(refused)).to.include(bundledText);
      }
    });
  }
});
