/**
 * Strings, formatters and options are found by a language or a name the page writes. A page's `lang` or its host data
 * may be the name of something every object has (`constructor`, `__proto__`, `toString`, `hasOwnProperty`): a look-up in
 * a plain object would find Object.prototype's member instead of nothing, and the widget would fail to render.
 */
import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { hostQuestions, hostSafety, hostSessions, hostStudies } from './fixtures/host-data.js';
import { consoleDuring } from './console.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

const widgets = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'] as const;
const prototypeNames = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

/** What the widget shows, as one line. */
const shownText = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The heading of the widget's sources: in English, the language served for any tag other than Spanish. */
const footerTitle = (element: Element) => element.shadowRoot?.querySelector('.footer-title, .sources-toggle, .answer-sources-title')?.textContent?.trim() ?? '';

async function rendered(markup: string, select: (root: HTMLElement) => Widget): Promise<{ element: Widget; errors: string[] }> {
  let element!: Widget;
  const { errors } = await consoleDuring(async () => {
    const root = await fixture<HTMLElement>(markup);
    element = select(root);
    await element.updateComplete;
  });
  return { element, errors };
}

describe('a lang that names a member of every object', () => {
  for (const lang of prototypeNames) {
    for (const tag of widgets) {
      it(`<${tag} lang="${lang}"> renders in English`, async () => {
        const { element, errors } = await rendered(`<${tag} lang="${lang}"></${tag}>`, (root) => root as Widget);
        expect(errors, 'console errors').to.deep.equal([]);
        expect(footerTitle(element)).to.match(/^Sources\b/);
        expect(shownText(element)).to.not.include('could not render');
      });
    }

    it(`<mdma-widgets-provider lang="${lang}"> and the widgets inside render in English`, async () => {
      const markup = `<mdma-widgets-provider lang="${lang}">${widgets.map((tag) => `<${tag}></${tag}>`).join('')}</mdma-widgets-provider>`;
      let provider!: HTMLElement;
      const { errors } = await consoleDuring(async () => {
        provider = await fixture<HTMLElement>(markup);
        for (const element of provider.querySelectorAll<Widget>(widgets.join(','))) await element.updateComplete;
      });
      expect(errors, 'console errors').to.deep.equal([]);
      for (const element of provider.querySelectorAll<Widget>(widgets.join(','))) {
        expect(footerTitle(element), element.localName).to.match(/^Sources\b/);
      }
    });
  }
});

describe('host data whose language names a member of every object', () => {
  /** Each widget's host items, and where its content says its language. */
  const cases = {
    'mdma-faq': { items: hostQuestions, content: '.question-text' },
    'study-table': { items: hostStudies, content: 'tbody tr[data-id] [lang]' },
    'session-timeline': { items: hostSessions, content: '.step-name' },
    'safety-callout': { items: hostSafety, content: '.heading [lang]' },
  } as const;

  for (const tag of widgets) {
    it(`<${tag}> gives its content the language "toString", written as the tag "tostring"`, async () => {
      const { items, content } = cases[tag];
      const element = document.createElement(tag) as Widget;
      if (tag === 'safety-callout') element.setAttribute('topic', hostSafety[0]!.id);
      element.data = { items, language: 'toString' };
      const { errors } = await consoleDuring(async () => {
        (await fixture<HTMLElement>('<div></div>')).append(element);
        await element.updateComplete;
      });
      expect(errors, 'console errors').to.deep.equal([]);
      const marked = element.shadowRoot!.querySelector(content);
      expect(marked?.getAttribute('lang'), content).to.equal('tostring');
    });
  }
});
