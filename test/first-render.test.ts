import { expect, fixture, html } from '@open-wc/testing';

/**
 * The first render in English and Spanish builds no `Intl` formatter: building one is the costly part of formatting
 * (15–20 ms for a page's first), and the bundled dates and numbers do not need one. This file counts constructions in
 * a page of its own, patching the constructors before the library is loaded.
 */
const constructors = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'Collator', 'RelativeTimeFormat', 'DisplayNames', 'Segmenter'] as const;
const built: string[] = [];
const intl = Intl as unknown as Record<string, unknown>;
for (const name of constructors) {
  const original = intl[name] as (new (...args: unknown[]) => object) | undefined;
  if (!original) continue;
  intl[name] = new Proxy(original, {
    construct(target, args, newTarget) {
      built.push(`${name}(${JSON.stringify(args[0] ?? '')})`);
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
}

const allFour = html`<mdma-faq searchable></mdma-faq>
  <study-table></study-table>
  <session-timeline></session-timeline>
  <session-timeline compact></session-timeline>
  <safety-callout topic="clinical-setting adulteration regulatory-status health-risks crisis-support"></safety-callout>`;

async function renderAllFour(lang: string): Promise<Element> {
  const page = await fixture(html`<div lang=${lang}>${allFour}</div>`);
  for (const element of page.children) await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return page;
}

describe('first render', () => {
  before(async () => {
    await import('../src/index.js');
  });

  for (const lang of ['en', 'en-US', 'es', 'es-ES']) {
    it(`builds no Intl formatter for the bundled content in ${lang}`, async () => {
      built.length = 0;
      const page = await renderAllFour(lang);
      expect(page.querySelector('study-table')!.shadowRoot!.textContent).to.contain(lang.startsWith('es') ? 'Fuentes' : 'Sources');
      expect(built).to.deep.equal([]);
    });
  }

  it('builds formatters for other languages when it needs them, once each', async () => {
    built.length = 0;
    await renderAllFour('de');
    const first = built.length;
    expect(first).to.be.greaterThan(0);
    await renderAllFour('de');
    expect(built).to.have.length(first);
  });
});
