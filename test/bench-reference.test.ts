import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import { safetyTopic, staticContent } from '../bench/static-content.js';
import * as content from '../src/data/index.js';
import { setClock } from '../src/internal/provenance/clock.js';
import { studyTableStrings } from '../src/internal/language/strings/study-table.js';

/**
 * `npm run bench` measures each widget's render cost against static HTML of the same content (bench/static-content.js).
 * The ratio means something only while both carry the same text: a widget that gains a section the static page lacks
 * looks slower than it is, and one that drops a section looks faster. Words that are the widget's controls ("Copy link",
 * "Show all steps") have no static counterpart, so a few words may differ, never a section.
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const tags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'] as const;

/** The most either side may have that the other lacks, as a share of its words. */
const tolerance = 0.05;

/** Text under `root`, its shadow roots included, without the text of styles and scripts. */
function textOf(root: Node): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (['STYLE', 'SCRIPT'].includes(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  while (walker.nextNode()) parts.push((walker.currentNode as Text).data);
  for (const element of (root as ParentNode).querySelectorAll('*')) if (element.shadowRoot) parts.push(textOf(element.shadowRoot));
  return parts.join(' ');
}

/** The words of `text`, lower-cased, each with how often it occurs. */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}%.,’'-]*/gu) ?? []) {
    const bare = word.replace(/[.,]+$/, '');
    counts.set(bare, (counts.get(bare) ?? 0) + 1);
  }
  return counts;
}

/** The words of `a` that `b` lacks (each occurrence counted), and their share of `a`'s words. */
function missingFrom(a: Map<string, number>, b: Map<string, number>) {
  const missing = new Map<string, number>();
  let total = 0;
  for (const [word, count] of a) {
    total += count;
    const extra = count - (b.get(word) ?? 0);
    if (extra > 0) missing.set(word, extra);
  }
  const count = [...missing.values()].reduce((sum, value) => sum + value, 0);
  const examples = [...missing].sort((x, y) => y[1] - x[1]).slice(0, 12).map(([word, times]) => `${word} ×${times}`);
  return { share: total === 0 ? 1 : count / total, count, total, examples };
}

describe('the benchmark’s static reference pages', () => {
  // As of the day the bundled content was reviewed: no review notice that the static pages do not write.
  beforeEach(() => setClock(() => new Date(`${content.reviewDates.lastReviewed}T12:00:00Z`)));
  afterEach(() => setClock());

  for (const tag of tags) {
    it(`carry the text <${tag}> shows, give or take its controls`, async () => {
      const element = document.createElement(tag) as Widget;
      if (tag === 'safety-callout') element.setAttribute('topic', safetyTopic);
      await fixture(element);
      await element.updateComplete;
      const reference = document.createElement('div');
      reference.innerHTML = staticContent(tag, content, studyTableStrings.en);

      const [widget, page] = [words(textOf(element.shadowRoot!)), words(textOf(reference))];
      const onlyWidget = missingFrom(widget, page);
      const onlyPage = missingFrom(page, widget);
      expect(onlyWidget.total, 'the widget shows text').to.be.above(100);
      expect(onlyWidget.share, `words of <${tag}> missing from its static page: ${onlyWidget.examples.join(', ')}`).to.be.at.most(tolerance);
      expect(onlyPage.share, `words of the static page missing from <${tag}>: ${onlyPage.examples.join(', ')}`).to.be.at.most(tolerance);
    });
  }

  it('would notice a section missing: the FAQ page without the sources under each answer', () => {
    // The comparison above must fail for a page that lost a section, not only for one that lost everything.
    const full = document.createElement('div');
    full.innerHTML = staticContent('mdma-faq', content, studyTableStrings.en);
    const cut = full.cloneNode(true) as HTMLElement;
    for (const list of cut.querySelectorAll('details > .sources')) list.remove();
    const missing = missingFrom(words(textOf(full)), words(textOf(cut)));
    expect(missing.share).to.be.above(tolerance);
  });
});
