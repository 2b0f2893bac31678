import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { render, type TemplateResult } from 'lit';
import type { Block, Inline } from '../../data/types.js';
import { blocksHtml, blocksMarkup, markup, staticMarkup } from './static-markup.js';

/** `result` rendered into a detached element. */
function rendered(result: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  render(result, container);
  return container;
}

/** The element's markup without the comments Lit leaves as markers. */
const withoutMarkers = (element: Element) => element.innerHTML.replace(/<!--[^]*?-->/g, '');

/** Strings that would become markup, end an attribute, or look like a template's syntax, if they were not kept as text. */
const hostile = [
  '<img src=x onerror="void 0">',
  '"><script>void 0</script>',
  "' onmouseover='void 0",
  '</p><p>',
  '</li></ul><a href="https://evil.example/">x</a>',
  '<!-- comment -->',
  '<![CDATA[x]]>',
  '&amp; &lt; &#60; &',
  '${value}',
  '{{value}}',
  '<?lit$123$>',
  '<svg><style>*{}</style></svg>',
  '<template><b>x</b></template>',
  'a\u202eb\u2066c',
];

const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });

describe('markup', () => {
  it('for our content (trusted), writes strings escaped into the template, leaving no bindings', () => {
    const result = markup(true)`<p title="${'say "hi"'}">${'<b>bold</b> & more'}</p>`;
    expect(result.values).to.deep.equal([]);
    expect(result.strings).to.deep.equal(['<p title="say &#34;hi&#34;">&#60;b&#62;bold&#60;/b&#62; &#38; more</p>']);
    const p = rendered(result).querySelector('p')!;
    expect(p.title).to.equal('say "hi"');
    expect(p.textContent).to.equal('<b>bold</b> & more');
    expect(p.children).to.have.length(0);
  });

  it('for the host’s content, leaves strings as bindings that Lit fills as text and attribute values', () => {
    const result = markup(false)`<p title="${'say "hi"'}">${'<b>bold</b> & more'}</p>`;
    expect(result.strings).to.deep.equal(['<p title="', '">', '</p>']);
    expect(result.values).to.deep.equal(['say "hi"', '<b>bold</b> & more']);
    const p = rendered(result).querySelector('p')!;
    expect(p.title).to.equal('say "hi"');
    expect(p.textContent).to.equal('<b>bold</b> & more');
    expect(p.children).to.have.length(0);
  });

  it('writes numbers, and templates without bindings, into the markup either way', () => {
    for (const trusted of [true, false]) {
      const result = markup(trusted)`<span${staticMarkup(' data-endpoint')} data-at="${25}">${-1.5}${staticMarkup('<i>week</i>')}</span>`;
      expect(result.strings, String(trusted)).to.deep.equal(['<span data-endpoint data-at="25">-1.5<i>week</i></span>']);
      expect(result.values).to.deep.equal([]);
    }
  });

  it('writes an array whose every item it would write, and binds any other array whole', () => {
    expect(markup(true)`<p>${['a', 1, staticMarkup('<br>'), '<']}</p>`.strings).to.deep.equal(['<p>a1<br>&#60;</p>']);
    expect(markup(false)`<p>${[1, staticMarkup('<br>'), 2]}</p>`.strings).to.deep.equal(['<p>1<br>2</p>']);
    const items = ['a', 1];
    const hosts = markup(false)`<p>${items}</p>`;
    expect(hosts.strings).to.deep.equal(['<p>', '</p>']);
    expect(hosts.values).to.deep.equal([items]);
    expect(rendered(hosts).querySelector('p')!.textContent).to.equal('a1');
  });

  it('binds a template with bindings, and values it cannot write, rather than writing them', () => {
    const inner = markup(false)`<b>${'host'}</b>`;
    const outer = markup(true)`<p>${inner}${undefined}${null}</p>`;
    expect(outer.strings).to.deep.equal(['<p>', '', '', '</p>']);
    expect(outer.values).to.deep.equal([inner, undefined, null]);
    expect(withoutMarkers(rendered(outer))).to.equal('<p><b>host</b></p>');
  });

  it('keeps hostile strings as text in both kinds of content, between tags and in attributes', () => {
    for (const text of hostile) {
      for (const trusted of [true, false]) {
        const container = rendered(markup(trusted)`<p title="${text}">${text}</p>`);
        const label = `${JSON.stringify(text)} (${trusted ? 'trusted' : 'host'})`;
        expect(container.querySelectorAll('*'), label).to.have.length(1);
        expect(container.querySelector('p')!.title, label).to.equal(text);
        expect(container.querySelector('p')!.textContent, label).to.equal(text);
      }
    }
  });
});

describe('staticMarkup', () => {
  it('is a template without bindings whose one string is the markup', () => {
    const result = staticMarkup('<p>Text</p>');
    expect(result.strings).to.deep.equal(['<p>Text</p>']);
    expect(result.strings.raw).to.deep.equal(['<p>Text</p>']);
    expect(result.values).to.deep.equal([]);
    expect(withoutMarkers(rendered(result))).to.equal('<p>Text</p>');
  });

  it('gives the same strings array for equal markup, so Lit parses it once, and another for other markup', () => {
    expect(staticMarkup('<p>Same</p>').strings).to.equal(staticMarkup('<p>Same</p>').strings);
    expect(staticMarkup('<p>Same</p>').strings).not.to.equal(staticMarkup('<p>Other</p>').strings);
    // Whichever way the markup was put together.
    expect(markup(true)`<p>${'Same'}</p>`.strings).to.equal(staticMarkup('<p>Same</p>').strings);
    expect(markup(false)`<p>${'one'}</p>`.strings).to.equal(markup(false)`<p>${'two'}</p>`.strings);
    expect(markup(false)`<p>${'one'}</p>`.strings).not.to.equal(markup(false)`<b>${'one'}</b>`.strings);
  });
});

describe('blocksMarkup and blocksHtml', () => {
  const blocks: Block[] = [
    { type: 'paragraph', content: ['See ', { text: 'the trial', href: 'https://doi.org/10.1038/x?a=1&b="2"' }, ' & its <notes>.'] },
    {
      type: 'list',
      items: [['One'], ['Two, ', { text: 'not a link', href: 'javascript:alert(1)' }, ' and ', { text: 'relative', href: '/page' }]],
    },
    { type: 'paragraph', content: [] },
  ];

  it('writes paragraphs and lists, every element closed, links only to http(s) addresses', () => {
    expect(blocksHtml(blocks)).to.equal(
      '<p>See <a href="https://doi.org/10.1038/x?a=1&#38;b=&#34;2&#34;">the trial</a> &#38; its &#60;notes&#62;.</p>' +
        '<ul><li>One</li><li>Two, not a link and relative</li></ul>' +
        '<p></p>',
    );
    expect(blocksHtml([])).to.equal('');
  });

  it('is the markup blocksMarkup writes for our content, as one template without bindings', () => {
    const result = blocksMarkup(blocks, true);
    expect(result.values).to.deep.equal([]);
    expect(result.strings).to.deep.equal([blocksHtml(blocks)]);
  });

  it('renders the host’s blocks as the same elements and text as ours, with the host’s strings bound', () => {
    const host = blocksMarkup(blocks, false);
    expect(host.values).not.to.deep.equal([]);
    const ours = rendered(blocksMarkup(blocks, true));
    const theirs = rendered(host);
    expect(withoutMarkers(theirs)).to.equal(withoutMarkers(ours));
    expect(Array.from(theirs.querySelectorAll('*'), (element) => element.localName)).to.deep.equal(['p', 'a', 'ul', 'li', 'li', 'p']);
    expect(theirs.querySelector('a')!.getAttribute('href')).to.equal('https://doi.org/10.1038/x?a=1&b="2"');
    expect(theirs.querySelector('a')!.textContent).to.equal('the trial');
    expect(theirs.querySelectorAll('li')[1]!.textContent).to.equal('Two, not a link and relative');
  });

  it('keeps hostile text and link text as text, and a hostile address as the link’s attribute', () => {
    for (const text of hostile) {
      const hostileBlocks: Block[] = [
        paragraph(text, { text, href: `https://example.org/${text}` }),
        { type: 'list', items: [[text], [{ text, href: text }]] },
      ];
      for (const trusted of [true, false]) {
        const container = rendered(blocksMarkup(hostileBlocks, trusted));
        const label = `${JSON.stringify(text)} (${trusted ? 'trusted' : 'host'})`;
        expect(Array.from(container.querySelectorAll('*'), (element) => element.localName), label).to.deep.equal(['p', 'a', 'ul', 'li', 'li']);
        expect(container.querySelector('p')!.textContent, label).to.equal(text + text);
        expect(container.querySelector('a')!.getAttribute('href'), label).to.equal(`https://example.org/${text}`);
        expect(Array.from(container.querySelectorAll('li'), (item) => item.textContent), label).to.deep.equal([text, text]);
      }
    }
  });

  describe('property', () => {
    let settings: { numRuns: number; seed: number };

    before(async () => {
      const asked = ((await executeServerCommand('property-runs')) ?? {}) as { runs?: number; seed?: number };
      settings = { numRuns: asked.runs ?? 100, seed: asked.seed ?? 11 };
    });

    // Any text but carriage returns and NUL, which the HTML parser rewrites in written markup (our content has neither).
    const text = fc.string({ unit: 'binary', maxLength: 40 }).filter((value) => !/[\r\0]/.test(value));

    it('shows any text as it is, in a paragraph of its own, whether written or bound', () => {
      fc.assert(
        fc.property(text, (value) => {
          for (const trusted of [true, false]) {
            const container = rendered(blocksMarkup([paragraph(value)], trusted));
            expect(container.querySelectorAll('*')).to.have.length(1);
            expect(container.querySelector('p')!.textContent).to.equal(value);
          }
        }),
        settings,
      );
    });
  });
});
