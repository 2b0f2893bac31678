import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { faq } from '../src/data/faq.js';
import { safety } from '../src/data/safety.js';
import { sessions } from '../src/data/sessions.js';
import { studies } from '../src/data/studies.js';

interface Rendered {
  readonly html: string;
  readonly logged: readonly string[];
}

/** The widget rendered in Node by the built `prerender`, with what the library logged there. */
function serverRender(
  tag: string,
  attributes: Record<string, string | boolean> = {},
  options: { data?: unknown; lang?: string; date?: string; format?: 'shadow' | 'plain'; jsonLd?: boolean } = {},
) {
  return executeServerCommand<Rendered, object>('ssr-render', { tag, attributes, options }) as Promise<Rendered>;
}

/** The rendered HTML in this page, its declarative shadow root attached by the parser (elements stay unregistered here). */
function attach(markup: string): Element {
  const container = document.createElement('div');
  container.setHTMLUnsafe(markup);
  document.body.append(container);
  return container.firstElementChild!;
}

const shadowText = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('server rendering with @lit-labs/ssr', () => {
  afterEach(() => {
    for (const container of document.body.querySelectorAll('div')) container.remove();
  });

  const expectations: ReadonlyArray<readonly [tag: string, text: string]> = [
    ['mdma-faq', faq.items[0]!.question],
    ['study-table', studies.items[0]!.name],
    ['session-timeline', sessions.items[0]!.name],
    ['safety-callout', safety.items[0]!.heading],
  ];

  for (const [tag, text] of expectations) {
    it(`renders <${tag}> in Node as declarative shadow DOM with its content and styles, logging nothing`, async () => {
      const { html, logged } = await serverRender(tag);
      expect(logged).to.deep.equal([]);
      const opening = html.replace(/<!--[^>]*-->/g, '').slice(0, 200);
      expect(new RegExp(`^<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`).test(opening), opening).to.equal(true);
      const element = attach(html);
      expect(element.localName).to.equal(tag);
      expect(element.shadowRoot, 'a shadow root from the template').to.not.equal(null);
      expect(shadowText(element)).to.contain(text);
      expect(element.shadowRoot!.querySelector('style')!.textContent).to.contain('--mdma-color-text');
    });
  }

  it('renders the provider with its slot, and the widget inside it', async () => {
    const { html, logged } = await serverRender('mdma-widgets-provider');
    expect(logged).to.deep.equal([]);
    const provider = attach(html);
    expect(provider.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('renders in the language given, and with host data', async () => {
    const spanish = attach((await serverRender('study-table', {}, { lang: 'es' })).html);
    expect(spanish.getAttribute('lang')).to.equal('es');
    expect(shadowText(spanish)).to.contain('Fuentes');
    const hosted = attach(
      (await serverRender('mdma-faq', {}, { data: [{ id: 'clinic', question: 'Where is the clinic?', answer: ['<b>On Main Street.</b>'] }] })).html,
    );
    expect(shadowText(hosted)).to.contain('Where is the clinic?').and.contain('<b>On Main Street.</b>');
    expect(hosted.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('writes each bundled step of the timeline as markup, with no markers inside it', async () => {
    const { html } = await serverRender('session-timeline', { current: 'dosing-2' });
    const steps = html.split('<li class="step"').slice(1);
    expect(steps).to.have.length(sessions.items.length);
    for (const step of steps) {
      // A step is one template: its markup runs to the marker that closes it, with none before.
      const body = step.slice(0, step.indexOf('<!--/lit-part-->'));
      expect(body, body.slice(0, 80)).to.not.include('<!--');
      expect(body).to.match(/<\/li>$/);
    }
    const element = attach(html);
    const current = element.shadowRoot!.querySelector('.step[data-step="dosing-2"]')!;
    expect(current.getAttribute('aria-current')).to.equal('step');
    expect(current.querySelector('details')!.open, 'the current step is written open').to.equal(true);
  });

  it("keeps a host step's text as text, bound rather than written into the markup", async () => {
    const hostile = '<img src=x onerror="globalThis.hostileRan = true">Medicine day';
    const step = { id: 'medicine-day', phase: 'dosing', name: hostile, durationMinutes: 420, week: 3, summary: hostile, details: [{ type: 'paragraph', content: [hostile] }] };
    const { html } = await serverRender('session-timeline', {}, { data: { mode: 'extend', language: 'en-GB', items: [step] } });
    const element = attach(html);
    const item = element.shadowRoot!.querySelector('.step[data-step="medicine-day"]')!;
    expect(item.querySelector('.step-name')!.textContent).to.equal(hostile);
    expect(item.querySelector('.step-name')!.getAttribute('lang')).to.equal('en-GB');
    expect(item.querySelector('.step-panel p')!.textContent).to.equal(hostile);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    // The bundled steps beside it are still written in.
    const bundled = html.split('<li class="step"').slice(1).find((piece) => piece.includes('data-step="dosing-1"'))!;
    expect(bundled.slice(0, bundled.indexOf('<!--/lit-part-->'))).to.not.include('<!--');
  });

  it('logs nothing on the server, even for attributes and data it cannot use', async () => {
    const { logged } = await serverRender('safety-callout', { topic: 'no-such-topic', severity: 'extreme', 'heading-level': '9' }, { data: 'nonsense' });
    expect(logged).to.deep.equal([]);
  });
});

describe('the study table on a server', () => {
  afterEach(() => {
    for (const container of document.body.querySelectorAll('div')) container.remove();
  });

  /** What each study's row group holds, between its opening tag and its end tag. */
  const studyGroups = (markup: string) =>
    Array.from(markup.matchAll(/<tbody role="rowgroup" class="study-group">([\s\S]*?)<\/tbody>/g), (match) => match[1]!);
  /** The hydration markers in `markup`: one pair around each template, and one more for each binding in it. */
  const markers = (markup: string) => markup.match(/<!--\/?lit-|<\?>/g)?.length ?? 0;

  it('writes each bundled study as markup: no hydration marker inside its row group, one pair around it', async () => {
    for (const html of [await (await fetch('/dist/prerendered/study-table.html')).text(), (await serverRender('study-table')).html]) {
      const groups = studyGroups(html);
      expect(groups).to.have.length(studies.items.length);
      expect(groups.map(markers)).to.deep.equal(groups.map(() => 0));
      const around = html.match(/<!--lit-part [^>]*--><tbody role="rowgroup" class="study-group">[\s\S]*?<\/tbody><!--\/lit-part-->/g);
      expect(around).to.have.length(studies.items.length);
    }
  });

  it("binds a host study's text, which stays text", async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const host = { ...studies.items[0]!, id: 'host-1', name: attack, condition: attack };
    const { html, logged } = await serverRender('study-table', {}, { data: { mode: 'extend', items: [host] } });
    expect(logged).to.deep.equal([]);
    const groups = studyGroups(html);
    expect(groups).to.have.length(studies.items.length + 1);
    expect(groups.slice(0, -1).map(markers)).to.deep.equal(studies.items.map(() => 0));
    expect(markers(groups.at(-1)!)).to.be.greaterThan(10);
    const element = attach(html);
    const row = element.shadowRoot!.querySelector('tr[data-id="host-1"]')!;
    expect(row.closest('tbody')!.querySelector('img')).to.equal(null);
    expect(row.querySelector('th .cell-value')!.textContent).to.contain(attack);
    expect(row.querySelector('td[data-column="condition"]')!.textContent).to.contain(attack);
  });
});

describe('structured data for search engines (jsonLd)', () => {
  afterEach(() => {
    for (const container of document.body.querySelectorAll('div')) container.remove();
  });

  /** The JSON-LD scripts in rendered HTML, parsed. */
  const structured = (html: string) =>
    Array.from(html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g), ([, json]) => JSON.parse(json!) as Record<string, unknown>);

  /** The schema.org types and properties it may use, as the vocabulary defines them (https://schema.org/docs/full.html). */
  const vocabulary = {
    types: new Set(['MedicalWebPage', 'FAQPage', 'Question', 'Answer']),
    properties: new Set(['@context', '@type', 'inLanguage', 'lastReviewed', 'mainEntity', 'name', 'acceptedAnswer', 'text']),
  };
  function outsideVocabulary(node: unknown): string[] {
    if (Array.isArray(node)) return node.flatMap(outsideVocabulary);
    if (node === null || typeof node !== 'object') return [];
    return Object.entries(node).flatMap(([key, value]) => [
      ...(vocabulary.properties.has(key) ? [] : [key]),
      ...(key === '@type' ? [value].flat().filter((type) => !vocabulary.types.has(type as string)).map(String) : []),
      ...(key === '@type' ? [] : outsideVocabulary(value)),
    ]);
  }

  /** The date the widget's footer says its content was last reviewed, read from the pre-rendered element. */
  const reviewedIn = (html: string) => attach(html).shadowRoot!.querySelector('.reviewed time')!.getAttribute('datetime');

  it('adds none unless asked for, in either format', async () => {
    for (const tag of ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout']) {
      for (const format of ['shadow', 'plain'] as const) {
        const { html } = await serverRender(tag, {}, { format, date: '2026-12-07' });
        expect(structured(html), `${tag}, ${format}`).to.deep.equal([]);
      }
    }
  });

  it('describes a FAQ as a medical web page and a FAQ page: the questions shown, their answers, the date it was reviewed', async () => {
    const chosen = [faq.items[0]!, faq.items[3]!];
    const questions = chosen.map((item) => item.id).join(' ');
    const shadow = await serverRender('mdma-faq', { questions }, { jsonLd: true, date: '2026-12-07' });
    const plain = await serverRender('mdma-faq', { questions }, { jsonLd: true, format: 'plain', date: '2026-12-07' });
    expect(shadow.logged).to.deep.equal([]);
    const [data] = structured(shadow.html);
    expect(structured(shadow.html)).to.have.length(1);
    expect(structured(plain.html)).to.deep.equal([data]);
    expect(data!['@context']).to.equal('https://schema.org');
    expect(data!['@type']).to.deep.equal(['MedicalWebPage', 'FAQPage']);
    expect(data!['inLanguage']).to.equal('en');
    expect(data!['lastReviewed']).to.equal(reviewedIn(shadow.html));
    const entities = data!['mainEntity'] as Array<{ name: string; acceptedAnswer: { text: string } }>;
    expect(entities.map((entity) => entity.name)).to.deep.equal(chosen.map((item) => item.question));
    chosen.forEach((item, index) => {
      const first = item.answer[0]!;
      const opening = first.type === 'paragraph' ? first.content.map((part) => (typeof part === 'string' ? part : part.text)).join('') : '';
      expect(entities[index]!.acceptedAnswer.text, item.id).to.contain(opening.slice(0, 60));
    });
    expect(outsideVocabulary(data)).to.deep.equal([]);
  });

  it("describes the other widgets as medical web pages, in the page's language, with their review dates", async () => {
    for (const tag of ['study-table', 'session-timeline', 'safety-callout']) {
      const { html } = await serverRender(tag, {}, { jsonLd: true, lang: 'es', date: '2026-12-07' });
      const [data] = structured(html);
      expect(data!['@type'], tag).to.equal('MedicalWebPage');
      expect(data!['inLanguage'], tag).to.equal('es');
      expect(data!['lastReviewed'], tag).to.equal(reviewedIn(html));
      expect(data!['mainEntity'], tag).to.equal(undefined);
      expect(outsideVocabulary(data), tag).to.deep.equal([]);
    }
    // The datasets were reviewed; the description says when.
    expect([studies, sessions, safety].every((dataset) => dataset.lastReviewed)).to.equal(true);
  });

  it('keeps host text inside its script element, and describes the host questions shown', async () => {
    const hostile = 'Is it safe?</script><script>alert(1)</script><!--';
    const { html } = await serverRender('mdma-faq', {}, { jsonLd: true, data: { mode: 'replace', items: [{ id: 'x', question: hostile, answer: ['Ask your doctor.'] }] } });
    const [data] = structured(html);
    expect((data!['mainEntity'] as Array<{ name: string }>).map((entity) => entity.name)).to.deep.equal([hostile]);
    const script = html.slice(html.indexOf('<script type="application/ld+json">'));
    expect(script.indexOf('</script>')).to.equal(script.length - '</script>'.length);
  });
});
