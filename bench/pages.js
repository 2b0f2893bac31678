// The benchmark pages: each widget page and the static page with the same content (static-content.js) in the same
// host article, and the page the scaling and memory measurements run in.
import { renderProbe, inPageScript, scalingHarness } from './in-page.js';
import { escapeHtml, safetyTopic, staticContent } from './static-content.js';

/** The four widgets, as a page embeds them. */
export const widgetTags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'];

/** The all-in-one classic script. */
export const scriptPath = '/dist/mdma-widgets.js';

/** The classic script of one element: that element alone (no provider), as a page that embeds only it loads. */
export const elementScriptPath = (tag) => `/dist/cdn/${tag}.js`;

/** The host page around the content: the same article, styles and probe on every page. */
function hostPage({ title, head = '', intro, sections }) {
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
<p>${escapeHtml(intro)}</p>
${sections.map(({ heading, body }) => `<h2>${escapeHtml(heading)}</h2>\n${body}`).join('\n')}
</main>
</body>
</html>
`;
}

/**
 * The four widgets in the order the pages show them: the section heading, and the element as a page embeds it (the
 * safety topic named, so the static page does not depend on the element's default).
 */
const widgets = [
  { tag: 'safety-callout', heading: 'Safety', element: `<safety-callout topic="${safetyTopic}"></safety-callout>` },
  { tag: 'mdma-faq', heading: 'Frequently asked questions', element: '<mdma-faq></mdma-faq>' },
  { tag: 'study-table', heading: 'The studies', element: '<study-table></study-table>' },
  { tag: 'session-timeline', heading: 'What a course of treatment looked like', element: '<session-timeline></session-timeline>' },
];

const introduction = {
  all: 'A blog post embedding the four widgets: the questions readers ask, the studies behind the answers, what a course of treatment looked like, and when to take care.',
  one: 'A blog post embedding one widget.',
};

/**
 * The render-cost pages, by name: each with its path, what it is, the page it is compared with, and whether traced
 * loads break its main-thread time down. The static pages are the references.
 */
export const renderPages = [
  { name: 'static', path: '/static.html', traced: true, description: 'static HTML with the same content' },
  { name: 'widgets', path: '/widgets.html', traced: true, against: 'static', description: 'the four widgets, the all-in-one script in <head>' },
  {
    name: 'prerendered',
    path: '/prerendered.html',
    traced: true,
    against: 'static',
    description: 'the four widgets pre-rendered, the all-in-one script deferred',
  },
  ...widgets.flatMap(({ tag }) => [
    { name: `static ${tag}`, path: `/static/${tag}.html`, tag, description: `static HTML, the content of <${tag}>` },
    { name: tag, path: `/element/${tag}.html`, tag, against: `static ${tag}`, description: `<${tag}> alone, its own script in <head>` },
  ]),
];

/**
 * Every page a bench run serves, by path: the render-cost pages (`renderPages`) and an empty page with the all-in-one
 * script and the scaling harness. `data` is `dist/data/index.js`; `tableStrings` the study table's English interface
 * strings (column headings, outcome terms and their definitions); `prerendered` each widget's HTML from dist/prerendered/, by tag,
 * as `prerender()` writes it with no attributes.
 */
export function buildPages(data, tableStrings, prerendered) {
  const probe = (tags) => inPageScript(renderProbe, tags);
  const tags = widgets.map(({ tag }) => tag);
  const pages = new Map();
  // The snippet the README gives: the classic script in <head>, then the elements where the content goes.
  pages.set(
    '/widgets.html',
    hostPage({
      title: 'Widgets',
      head: `${probe(tags)}\n<script src="${scriptPath}"></script>`,
      intro: introduction.all,
      sections: widgets.map(({ heading, element }) => ({ heading, body: element })),
    }),
  );
  pages.set(
    '/static.html',
    hostPage({
      title: 'Static HTML',
      head: probe([]),
      intro: introduction.all,
      sections: widgets.map(({ tag, heading }) => ({ heading, body: staticContent(tag, data, tableStrings) })),
    }),
  );
  // The pre-rendered embed: each widget's HTML where the content goes, the script deferred so that it runs only after
  // the parser has attached every declarative shadow root.
  pages.set(
    '/prerendered.html',
    hostPage({
      title: 'Pre-rendered widgets',
      head: `${probe(tags)}\n<script defer src="${scriptPath}"></script>`,
      intro: introduction.all,
      sections: widgets.map(({ tag, heading }) => {
        const html = prerendered.get(tag);
        if (!html?.includes('shadowrootmode')) throw new Error(`no pre-rendered <${tag}> with a declarative shadow root`);
        return { heading, body: html.trim() };
      }),
    }),
  );
  for (const { tag, heading, element } of widgets) {
    pages.set(
      `/element/${tag}.html`,
      hostPage({
        title: `<${tag}>`,
        head: `${probe([tag])}\n<script src="${elementScriptPath(tag)}"></script>`,
        intro: introduction.one,
        sections: [{ heading, body: element }],
      }),
    );
    pages.set(
      `/static/${tag}.html`,
      hostPage({ title: `Static HTML: <${tag}>`, head: probe([]), intro: introduction.one, sections: [{ heading, body: staticContent(tag, data, tableStrings) }] }),
    );
  }
  const templates = { studies: data.studies.items, faq: data.faq.items };
  pages.set(
    '/harness.html',
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Scaling</title><script src="${scriptPath}"></script></head>
<body><main></main>${inPageScript(scalingHarness, templates)}</body>
</html>
`,
  );
  for (const { path } of renderPages) if (!pages.has(path)) throw new Error(`no page for ${path}`);
  return pages;
}
