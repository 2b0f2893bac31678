// The benchmark pages: the widget page and the static page with the same content (static-content.js) in the same
// host article, and the page the scaling and memory measurements run in.
import { renderProbe, inPageScript, scalingHarness } from './in-page.js';
import { escapeHtml, safetyTopic, staticContent } from './static-content.js';

/** The four widgets, as a page embeds them. */
export const widgetTags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'];

export const scriptPath = '/dist/mdma-widgets.js';

/** The host page around the content: the same article, styles and probe on both pages. */
function hostPage({ title, head = '', sections }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>
  body { margin: 0; font: 1.0625rem/1.6 Georgia, serif; color: #222; background: #fff; }
  main { max-width: 46em; margin: 0 auto; padding: 1em 1.25em 4em; }
  table { border-collapse: collapse; font-size: 0.875em; }
  th, td { border-bottom: 1px solid #ccc; padding: 0.4em; text-align: start; vertical-align: top; }
  .number { text-align: end; font-variant-numeric: tabular-nums; }
  .muted, .sources { color: #555; font-size: 0.875em; }
  .callout { border-inline-start: 0.4em solid #b35900; padding: 0.5em 1em; background: #fff8ec; }
  summary h3 { display: inline; font-size: 1.1em; }
</style>
${head}
</head>
<body>
<main>
<h1>MDMA-assisted therapy for PTSD: what the evidence says</h1>
<p>A blog post embedding the four widgets: the questions readers ask, the studies behind the answers, what a course of
treatment looked like, and when to take care.</p>
${sections.map(({ heading, body }) => `<h2>${escapeHtml(heading)}</h2>\n${body}`).join('\n')}
</main>
</body>
</html>
`;
}

const headings = ['Safety', 'Frequently asked questions', 'The studies', 'What a course of treatment looked like'];

/**
 * Every page a bench run serves, by path: the page with the four widgets, the static page with the same content,
 * and an empty page with the script and the scaling harness. `data` is `dist/data/index.js`; `tableStrings` the
 * study table's English interface strings (column headings, outcome terms and their definitions).
 */
export function buildPages(data, tableStrings) {
  const probe = (tags) => inPageScript(renderProbe, tags);
  // The snippet the README gives: the classic script in <head>, then the elements where the content goes.
  const widgets = hostPage({
    title: 'Widgets',
    head: `${probe(widgetTags)}\n<script src="${scriptPath}"></script>`,
    sections: [
      { heading: headings[0], body: `<safety-callout topic="${safetyTopic}"></safety-callout>` },
      { heading: headings[1], body: '<mdma-faq></mdma-faq>' },
      { heading: headings[2], body: '<study-table></study-table>' },
      { heading: headings[3], body: '<session-timeline></session-timeline>' },
    ],
  });
  const staticPage = hostPage({
    title: 'Static HTML',
    head: probe([]),
    sections: [
      { heading: headings[0], body: staticContent('safety-callout', data, tableStrings) },
      { heading: headings[1], body: staticContent('mdma-faq', data, tableStrings) },
      { heading: headings[2], body: staticContent('study-table', data, tableStrings) },
      { heading: headings[3], body: staticContent('session-timeline', data, tableStrings) },
    ],
  });
  const templates = { studies: data.studies.items, faq: data.faq.items };
  const harness = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Scaling</title><script src="${scriptPath}"></script></head>
<body><main></main>${inPageScript(scalingHarness, templates)}</body>
</html>
`;
  return new Map([
    ['/widgets.html', widgets],
    ['/static.html', staticPage],
    ['/harness.html', harness],
  ]);
}
