/**
 * The plain HTML copies (`prerender(tag, attributes, { format: 'plain' })`, rendered in Node by the built dist/ssr.js),
 * as a blog platform that sanitises pasted HTML keeps them: DOMPurify (default config, in this page) and sanitize-html
 * (default options, in Node). Whatever the sanitizer, every question, answer, study, step, topic, link and review date
 * of the bundled content must survive, and nothing of the element (custom element, script, style, template, markers,
 * handlers) may be there to begin with.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import { faq } from '../../data/faq.js';
import { safety } from '../../data/safety.js';
import { sessions } from '../../data/sessions.js';
import { getSource } from '../../data/sources.js';
import { studies } from '../../data/studies.js';
import type { Block, RichText, ReviewDates, SessionStep } from '../../data/types.js';
import { formatDate, formatNumber, formatPercent } from '../language/format.js';
import { combineReviews } from '../provenance/review.js';
import { sessionTimelineStrings } from '../language/strings/session-timeline.js';

const tags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'] as const;
type Tag = (typeof tags)[number];

/** The day the copies are made. */
const made = '2026-12-07';
const allTopics = safety.items.map(({ id }) => id).join(' ');

interface Rendered {
  readonly html: string;
  readonly logged: readonly string[];
}

interface CopyOptions {
  readonly data?: unknown;
  readonly lang?: string;
  readonly date?: string;
}

/** The plain copy of `tag`, rendered in Node, with what the library logged there. */
function plainCopy(tag: Tag, attributes: Record<string, string> = {}, options: CopyOptions = {}): Promise<Rendered> {
  const all = tag === 'safety-callout' && !('topic' in attributes) ? { topic: allTopics, ...attributes } : attributes;
  return executeServerCommand<Rendered, object>('ssr-render', { tag, attributes: all, options: { date: made, ...options, format: 'plain' } }) as Promise<Rendered>;
}

/** `html` parsed as a page's body would hold it (scripts never run). */
function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

/** The copy after DOMPurify with its default config; it must have had nothing to remove. */
function purified(html: string): HTMLElement {
  const clean = DOMPurify.sanitize(html);
  expect(
    DOMPurify.removed.map((removed) => ('element' in removed ? `<${removed.element.nodeName}>` : `${removed.attribute?.name} on <${removed.from.nodeName}>`)),
    'what DOMPurify removed',
  ).to.deep.equal([]);
  return parse(clean);
}

/** The copy after sanitize-html with its default options (which drop <details>, classes, lang and sms: links). */
async function sanitized(html: string): Promise<HTMLElement> {
  return parse(await executeServerCommand<string, object>('sanitize-html', { html }));
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (node: Node) => squeeze(node.textContent ?? '');
const richText = (content: RichText) => content.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
/** Each paragraph and list item of `blocks` as text: each must be found whole. */
const blockTexts = (blocks: readonly Block[]) => blocks.flatMap((block) => (block.type === 'list' ? block.items.map(richText) : [richText(block.content)]));
const blockLinks = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.content])).flatMap((content) => content.flatMap((inline) => (typeof inline === 'string' ? [] : [inline.href])));
const sourceUrls = (ids: readonly string[]) => ids.map((id) => getSource(id)!.url);
const hrefs = (root: Element) => new Set(Array.from(root.querySelectorAll('a[href]'), (link) => link.getAttribute('href')!));

/** What every copy must keep: texts (each found whole) and link addresses. */
interface Expected {
  readonly texts: readonly string[];
  readonly links: readonly string[];
}

function reviewTexts(review: Partial<ReviewDates>): string[] {
  return [review.lastReviewed, review.nextReview].filter((date) => date !== undefined).map((date) => formatDate(date, 'en'));
}

/** What the copy of `tag` must keep, read from the bundled data. */
function expected(tag: Tag): Expected {
  switch (tag) {
    case 'mdma-faq':
      return {
        texts: [
          ...faq.items.flatMap((item) => [item.question, ...blockTexts(item.answer), ...(item.review ? reviewTexts(item.review) : [])]),
          ...reviewTexts(combineReviews(faq.items.map((item) => item.review ?? faq))),
        ],
        links: faq.items.flatMap((item) => [...blockLinks(item.answer), ...sourceUrls(item.sources)]),
      };
    case 'study-table':
      return {
        texts: [
          ...studies.items.flatMap((study) => {
            const outcome = study.outcome;
            return [
              study.name,
              study.design,
              `Phase ${study.phase}`,
              study.condition,
              study.participants === null ? 'Not reported' : formatNumber(study.participants, 'en'),
              ...(study.arms ?? []).map((arm) => `${arm.label}: ${formatNumber(arm.participants, 'en')}`),
              study.comparator,
              study.primaryOutcome.measure,
              study.primaryOutcome.timepoint,
              study.headlineResult,
              ...(outcome
                ? [
                    outcome.definition,
                    outcome.timepoint,
                    `MDMA: ${outcome.mdmaPercent === null ? 'Not reported' : formatPercent(outcome.mdmaPercent, 'en')}${outcome.mdmaCount ? ` (${outcome.mdmaCount})` : ''}`,
                    `Comparator: ${outcome.comparatorPercent === null ? 'Not reported' : formatPercent(outcome.comparatorPercent, 'en')}${outcome.comparatorCount ? ` (${outcome.comparatorCount})` : ''}`,
                  ]
                : []),
              study.effectSize ?? 'Not reported',
            ];
          }),
          ...reviewTexts(studies),
        ],
        links: studies.items.flatMap((study) => sourceUrls([study.sourceId, ...study.sources])),
      };
    case 'session-timeline':
      return {
        texts: [...sessions.items.flatMap((step) => [step.name, step.summary, ...blockTexts(step.details)]), ...blockTexts(sessions.notes), ...reviewTexts(sessions)],
        links: [...sourceUrls(sessions.sources), ...sessions.items.flatMap((step) => sourceUrls(step.sources))],
      };
    case 'safety-callout':
      return {
        texts: safety.items.flatMap((topic) => [
          topic.heading,
          ...blockTexts(topic.body),
          ...blockTexts(topic.more ?? []),
          ...(topic.moreLabel ? [topic.moreLabel] : []),
          ...(topic.region ? [topic.region] : []),
          ...(topic.contacts ?? []).flatMap((contact) => [contact.name, contact.action]),
          ...reviewTexts(topic.review ?? safety),
        ]),
        links: safety.items.flatMap((topic) => [...blockLinks(topic.body), ...blockLinks(topic.more ?? []), ...sourceUrls(topic.sources), ...(topic.contacts ?? []).map((contact) => contact.href)]),
      };
  }
}

/** Fails naming every text and link of `expectation` that `root` lost. */
function expectKept(root: HTMLElement, expectation: Expected, dropped: readonly string[] = []): void {
  const text = textOf(root);
  const links = hrefs(root);
  expect(expectation.texts.map(squeeze).filter((part) => !text.includes(part)), 'texts missing').to.deep.equal([]);
  expect(expectation.links.filter((href) => !dropped.includes(href) && !links.has(href)), 'links missing').to.deep.equal([]);
}

/** Fails naming anything of an element, a script or a style in `root`. */
function expectNothingOfTheElement(root: HTMLElement): void {
  const elements = Array.from(root.querySelectorAll('*'));
  expect(elements.filter((element) => element.localName.includes('-')).map((element) => element.localName), 'custom elements').to.deep.equal([]);
  expect(root.querySelectorAll('script, style, template, link, iframe, object, embed, slot, svg, img').length, 'scripts, styles, templates').to.equal(0);
  const attributes = elements.flatMap((element) => Array.from(element.attributes, (attribute) => attribute.name));
  expect(attributes.filter((name) => name.startsWith('on') || name === 'style' || name.startsWith('shadowroot')), 'handlers and styles').to.deep.equal([]);
  const comments = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  expect(comments.nextNode(), 'comments (Lit markers)').to.equal(null);
}

describe('plain HTML copies', () => {
  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      let copy: Rendered;
      before(async () => {
        copy = await plainCopy(tag);
      });

      it('is ordinary HTML in a <div> with its class and lang, with nothing of the element in it (no markers, handlers or styles), logging nothing', () => {
        expect(copy.logged).to.deep.equal([]);
        expect(copy.html.match(/<!--|<script|<style|<template|\son\w+=|\sstyle=/gi), 'in the HTML').to.equal(null);
        const root = parse(copy.html);
        expect(root.children.length).to.equal(1);
        const widget = root.firstElementChild!;
        expect(widget.localName).to.equal('div');
        expect(widget.className).to.equal(`mdma-plain mdma-plain-${tag}`);
        expect(widget.getAttribute('lang')).to.equal('en');
        expectNothingOfTheElement(root);
        expect(Array.from(widget.querySelectorAll('[class]'), (element) => element.className).filter((name) => !name.startsWith('mdma-plain'))).to.deep.equal([]);
      });

      it('keeps all of its content through DOMPurify, which removes nothing', () => {
        const root = purified(copy.html);
        expectNothingOfTheElement(root);
        expectKept(root, expected(tag));
      });

      it('keeps all of its content through sanitize-html (an sms: link keeps its words)', async () => {
        const root = await sanitized(copy.html);
        expectNothingOfTheElement(root);
        // sanitize-html allows no sms: links by default; the action ("Text 988") stays, as text.
        expectKept(root, expected(tag), ['sms:988']);
      });

      it('says the day the copy was made, and every citation with its web address in view', () => {
        const root = parse(copy.html);
        expect(textOf(root)).to.contain('This copy was made on 7 December 2026; the content was last reviewed on ');
        const citations = Array.from(root.querySelectorAll('.mdma-plain-citations > li'));
        expect(citations.length).to.be.greaterThan(0);
        for (const citation of citations) {
          const link = citation.querySelector('a[href]')!;
          expect(textOf(link), textOf(citation)).to.equal(link.getAttribute('href'));
        }
      });
    });
  }

  it('gives each source of the FAQ under each answer that cites it, and not again at the end, as the element does', async () => {
    const root = parse((await plainCopy('mdma-faq')).html);
    const lists = Array.from(root.querySelectorAll('.mdma-plain-citations'));
    expect(lists.every((list) => list.closest('.mdma-plain-question')), 'every list under its answer').to.equal(true);
    expect(lists.flatMap((list) => Array.from(list.children))).to.have.length(faq.items.reduce((count, item) => count + item.sources.length, 0));
    expect(root.querySelector('.mdma-plain-footer')!.querySelector('ol, details')).to.equal(null);
  });

  it('gives each step its phase, week and length', async () => {
    const root = purified((await plainCopy('session-timeline')).html);
    const strings = sessionTimelineStrings.en;
    const steps = Array.from(root.querySelectorAll('ol.mdma-plain-steps > li'));
    expect(steps.map((step) => textOf(step.querySelector('h2')!))).to.deep.equal(sessions.items.map((step) => step.name));
    const length = (step: SessionStep) => {
      if (step.durationMinutes === null) return step.phase === 'endpoint' ? '' : 'Length: Not reported';
      return step.durationMinutes >= 120 ? `${step.durationMinutes / 60} hours` : `${step.durationMinutes} minutes`;
    };
    steps.forEach((element, index) => {
      const step = sessions.items[index]!;
      const facts = textOf(element.querySelector('.mdma-plain-step-facts')!);
      expect(facts, step.id).to.contain(strings.phases[step.phase]).and.contain(String(Math.abs(step.week))).and.contain(length(step));
    });
  });

  it('shows the questions `questions` names, in its order, at `heading-level`, and warns of an id that names none', async () => {
    const { html, logged } = await plainCopy('mdma-faq', { questions: 'is-it-safe, what-is-mdma-assisted-therapy no-such-question', 'heading-level': '4' });
    const root = parse(html);
    expect(Array.from(root.querySelectorAll('h4'), textOf)).to.deep.equal(['Is MDMA-assisted therapy safe?', 'What is MDMA-assisted therapy?']);
    expect(root.querySelectorAll('h2, h3, h5, h6').length).to.equal(0);
    expect(logged.join('\n')).to.contain('no question has the id "no-such-question"');
  });

  it('shows the topics `topic` names and the columns `columns` chooses, and tells a review that was due when the copy was made', async () => {
    const callouts = parse((await plainCopy('safety-callout', { topic: 'crisis-support health-risks', severity: 'urgent' })).html);
    expect(Array.from(callouts.querySelectorAll('h2'), textOf)).to.deep.equal([
      'Urgent advice: If you are in crisis, help is available now',
      'Urgent advice: Health risks, and who was excluded from the trials',
    ]);
    const table = parse((await plainCopy('study-table', { columns: 'result phase' }, { date: '2027-06-01' })).html);
    expect(Array.from(table.querySelectorAll('thead th'), textOf)).to.deep.equal(['Study', 'Headline result', 'Phase']);
    expect(textOf(table)).to.contain(
      'When this copy was made, on 1 June 2027, the content was past its review date of 28 May 2027. It may be out of date.',
    );
  });

  it('speaks Spanish on a Spanish page, marking the English content as English', async () => {
    const { html, logged } = await plainCopy('mdma-faq', {}, { lang: 'es' });
    const root = purified(html);
    expect(root.firstElementChild!.getAttribute('lang')).to.equal('es');
    expect(textOf(root)).to.contain('Esta copia se hizo el 7 de diciembre de 2026; el contenido se revisó por última vez el 28 de noviembre de 2026');
    expect(textOf(root)).to.contain('Esta respuesta se revisó por última vez el 7 de diciembre de 2026');
    expect(Array.from(root.querySelectorAll('summary'), textOf)).to.include('Fuentes (4)');
    const question = root.querySelector('h2')!;
    expect(question.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('.mdma-plain-citations')!.getAttribute('lang')).to.equal('en');
    expect(logged).to.deep.equal([]);

    const table = parse((await plainCopy('study-table', { lang: 'es' })).html);
    expect(textOf(table)).to.contain('Los Detalles de cada estudio').and.contain('71,2 %').and.contain('Ya no cumple los criterios');
    const timeline = parse((await plainCopy('session-timeline', {}, { lang: 'es-MX' })).html);
    expect(textOf(timeline)).to.contain('Sesiones con MDMA').and.contain('después de la evaluación basal');
    const crisis = await plainCopy('safety-callout', { topic: 'crisis-support' }, { lang: 'es' });
    expect(textOf(parse(crisis.html))).to.contain('Estos números son de Estados Unidos').and.contain('Dónde pedir ayuda (Estados Unidos)');
    expect(crisis.logged.join('\n')).to.contain('the crisis contacts in "crisis-support" are for the United States');
  });

  it('shows host data, with its own review dates, and falls back to the bundled content with an error when it cannot be used', async () => {
    const data = {
      mode: 'replace',
      language: 'en-GB',
      lastReviewed: '2026-11-01',
      nextReview: '2027-02-01',
      items: [{ id: 'clinic', question: 'Where is the clinic?', answer: ['On Main Street.', { type: 'list', items: ['Open on Mondays'] }], sources: ['mitchell-2021-mapp1'] }],
    };
    const hosted = await plainCopy('mdma-faq', {}, { data });
    expect(hosted.logged).to.deep.equal([]);
    const root = purified(hosted.html);
    expect(Array.from(root.querySelectorAll('h2'), textOf)).to.deep.equal(['Where is the clinic?']);
    expect(root.querySelector('h2')!.getAttribute('lang')).to.equal('en-GB');
    expect(textOf(root)).to.contain('Open on Mondays').and.contain('the content was last reviewed on 1 November 2026; the next review is due on 1 February 2027.');
    expect(hrefs(root)).to.include(getSource('mitchell-2021-mapp1')!.url);

    const extended = parse((await plainCopy('study-table', {}, { data: { mode: 'extend', items: [{ ...studies.items[0]!, id: 'host-study', name: 'A host study 2025', year: 2025 }] } })).html);
    expect(Array.from(extended.querySelectorAll('tbody th[scope="row"]'), textOf)).to.deep.equal([...studies.items.map((study) => study.name), 'A host study 2025']);
    expect(textOf(extended)).to.contain('Source: the studies and references supplied by this website.');

    const refused = await plainCopy('session-timeline', {}, { data: [{ id: 'one', phase: 'dosing', name: 'A session' }] });
    expect(refused.logged.join('\n')).to.match(/^error: \[mdma-therapy-widgets\] <session-timeline>: host data from its data property: .*showing the bundled content\.$/);
    expectKept(parse(refused.html), expected('session-timeline'));
  });

  it('writes hostile host text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const data = [
      { id: 'hostile', question: hostile, answer: ['<script>alert(2)</script>', { type: 'paragraph', content: [{ text: '"><svg onload=alert(3)>', href: 'https://example.org/?a="b"&c=<d>' }] }] },
    ];
    const { html } = await plainCopy('mdma-faq', {}, { data });
    expect(html.match(/<img|<script|<svg/gi), 'in the HTML').to.equal(null);
    for (const root of [parse(html), purified(html), await sanitized(html)]) {
      expectNothingOfTheElement(root);
      expect(textOf(root.querySelector('h2')!)).to.equal(hostile);
      expect(textOf(root)).to.contain('<script>alert(2)</script>').and.contain('"><svg onload=alert(3)>');
      expect(hrefs(root)).to.include('https://example.org/?a="b"&c=<d>');
    }
  });

  it('stays out of the scripts a page loads', async () => {
    for (const script of ['mdma-widgets.js', ...tags.map((tag) => `cdn/${tag}.js`)]) {
      const source = await (await fetch(`/dist/${script}`)).text();
      expect(source, script).to.contain('customElements');
      expect(source, script).to.not.contain('mdma-plain').and.not.contain('This copy was made');
    }
  });

  it('is accessible, with and without its optional stylesheet, and the build wrote it with that stylesheet', async () => {
    const css = await fetch('/dist/plain/mdma-widgets.css');
    expect(css.ok).to.equal(true);
    const stylesheet = await css.text();
    expect(stylesheet.match(/^[^@\s}/*][^{]*\{/gm)!.filter((selector) => !selector.includes('.mdma-plain')), 'selectors outside mdma-plain').to.deep.equal([]);
    for (const tag of tags) {
      const built = await fetch(`/dist/plain/${tag}.html`);
      expect(built.ok, tag).to.equal(true);
      const container = document.createElement('main');
      container.innerHTML = `<h1>A blog post</h1>${await built.text()}`;
      document.body.append(container);
      try {
        await expect(container).to.be.accessible();
        const style = document.createElement('style');
        style.textContent = stylesheet;
        document.head.append(style);
        await expect(container).to.be.accessible();
        style.remove();
      } finally {
        container.remove();
      }
    }
  });
});
