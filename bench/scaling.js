// Scaling: how the study table and the FAQ behave as a host supplies more rows and questions.
import { freshPage } from './browser.js';
import { viewport } from './render-cost.js';
import { summary } from './stats.js';

// The largest of each is the most the element takes from a host (the limits on host data in docs/host-data.md): 10,000 studies,
// 200 questions.
export const tableSizes = [100, 1_000, 10_000];
export const faqSizes = [10, 100, 200];

/** How a figure grows from one size to the next: `[{ from, to, factor }]`. */
function growth(rows, key) {
  const steps = [];
  for (let index = 1; index < rows.length; index += 1) {
    const [a, b] = [rows[index - 1][key]?.median, rows[index][key]?.median];
    steps.push({ from: rows[index - 1].count, to: rows[index].count, factor: a && b ? Math.round((b / a) * 10) / 10 : null });
  }
  return steps;
}

/**
 * The letter whose first keystroke in the FAQ search matches closest to half the questions, so the keystroke both
 * hides and keeps many. Letters in the generated "(host question N)" suffix match every copy and are left out.
 */
export function searchLetter(faqItems) {
  const textOf = (content) => content.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
  const texts = faqItems.map((item) =>
    [item.question, ...item.answer.flatMap((block) => (block.type === 'list' ? block.items.map(textOf) : [textOf(block.content)]))]
      .join(' ')
      .toLowerCase(),
  );
  const candidates = [...'abcdefghijklmnopqrstuvwxyz'].filter((letter) => !'host question'.includes(letter));
  const share = (letter) => texts.filter((text) => text.includes(letter)).length / texts.length;
  return candidates.sort((a, b) => Math.abs(share(a) - 0.5) - Math.abs(share(b) - 0.5))[0];
}

async function studyTable(page, repeats, onProgress) {
  const api = await page.evaluate(() => ({
    property: window.bench.dataProperty('study-table', ['items', 'data', 'rows', 'studies']),
    filters: window.bench.declaredProperties('study-table', ['phase', 'condition']),
  }));
  if (!api.property) return { unavailable: '<study-table> declares no host-data property' };
  const filter = api.filters.includes('phase') ? { attribute: 'phase', value: '3' } : api.filters.includes('condition') ? { attribute: 'condition', value: 'PTSD' } : null;

  // One unrecorded render first: the first table on a page also pays for compiling its templates and styles.
  await page.evaluate((n, options) => window.bench.studyTable(n, options), tableSizes[0], { property: api.property, filter });
  const sizes = [];
  for (const count of tableSizes) {
    const runs = [];
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      runs.push(await page.evaluate((n, options) => window.bench.studyTable(n, options), count, { property: api.property, filter }));
    }
    onProgress(`study-table ${count}`);
    const unavailable = runs.find((run) => run.unavailable)?.unavailable;
    if (unavailable) return { unavailable, property: api.property };
    const of = (name) => summary(runs.map((run) => run[name]));
    sizes.push({
      count,
      firstRender: of('firstRender'),
      sort: of('sort'),
      reverse: of('reverse'),
      filter: of('filter'),
      rowsInDocument: runs[0].rowsInDocument,
      rowsInDocumentAfterFilter: runs[0].rowsInDocumentAfterFilter,
      sortColumn: runs[0].sortColumn,
    });
  }
  return {
    property: api.property,
    filter: filter ? `${filter.attribute}="${filter.value}"` : null,
    sizes,
    growth: { firstRender: growth(sizes, 'firstRender'), sort: growth(sizes, 'sort'), filter: growth(sizes, 'filter') },
  };
}

async function faq(page, repeats, letter, onProgress) {
  const property = await page.evaluate(() => window.bench.dataProperty('mdma-faq', ['data', 'items', 'questions']));
  if (!property) return { unavailable: '<mdma-faq> declares no host-data property' };
  await page.evaluate((n, options) => window.bench.faqRender(n, options), faqSizes[0], { property });
  const sizes = [];
  for (const count of faqSizes) {
    const runs = [];
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      const rendered = await page.evaluate((n, options) => window.bench.faqRender(n, options), count, { property });
      if (rendered.unavailable && rendered.firstRender === undefined) return { unavailable: rendered.unavailable, property };
      let keystroke = null;
      if (!rendered.unavailable) {
        await page.evaluate(() => window.bench.armKeystroke());
        // A real key press through the browser's input pipeline, as a reader types.
        await page.keyboard.press(letter);
        keystroke = await page.evaluate(() => window.bench.keystroke);
      }
      runs.push({ ...rendered, keystroke: keystroke?.time ?? null, visibleQuestions: keystroke?.visibleQuestions ?? null });
    }
    onProgress(`mdma-faq ${count}`);
    sizes.push({
      count,
      firstRender: summary(runs.map((run) => run.firstRender)),
      keystroke: summary(runs.map((run) => run.keystroke)),
      questionsInDocument: runs[0].questionsInDocument ?? null,
      visibleAfterKeystroke: runs[0].visibleQuestions,
      keystrokeUnavailable: runs[0].unavailable ?? null,
    });
  }
  await page.evaluate(() => document.querySelector('main').replaceChildren());
  return { property, letter, sizes, growth: { firstRender: growth(sizes, 'firstRender'), keystroke: growth(sizes, 'keystroke') } };
}

/** Both scaling series in one page: the median of `repeats` fresh elements per size. */
export async function measureScaling(browser, origin, { repeats, letter, onProgress = () => {} }) {
  const page = await freshPage(browser);
  try {
    await page.setViewport(viewport);
    await page.goto(`${origin}/harness.html`, { waitUntil: 'load' });
    await page.evaluate(() => Promise.all(['study-table', 'mdma-faq'].map((tag) => customElements.whenDefined(tag))));
    const table = await studyTable(page, repeats, onProgress);
    const questions = await faq(page, repeats, letter, onProgress);
    return { repeats, studyTable: table, faq: questions, problems: [...new Set(page.problems)] };
  } finally {
    await page.closeContext();
  }
}
