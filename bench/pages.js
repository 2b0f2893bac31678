// The benchmark pages. The static page is generated from the compiled bundled content (dist/data), the same
// modules the widgets render, so the two pages carry the same text and cannot drift apart.
import { renderProbe, inPageScript, scalingHarness } from './in-page.js';

/** The four widgets, as a page embeds them. */
export const widgetTags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout'];

/** The safety topic both pages show (named, so the static page does not depend on the element's default). */
export const safetyTopic = 'clinical-setting';

export const scriptPath = '/dist/mdma-widgets.js';

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]);

const formatDate = (isoDate) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

const richText = (content) =>
  content.map((inline) => (typeof inline === 'string' ? escapeHtml(inline) : `<a href="${escapeHtml(inline.href)}">${escapeHtml(inline.text)}</a>`)).join('');

const blocks = (list) =>
  list
    .map((block) =>
      block.type === 'list' ? `<ul>${block.items.map((item) => `<li>${richText(item)}</li>`).join('')}</ul>` : `<p>${richText(block.content)}</p>`,
    )
    .join('\n');

/** "Sources" with the cited works in first-cited order, and "Reviewed <date>", as each widget ends. */
function footer(data, sourceIds, lastReviewed) {
  const cited = [...new Set(sourceIds)].map((id) => data.getSource(id)).filter(Boolean);
  const citation = (source) =>
    `${source.authors} (${source.year}). ${source.title}. ${[source.publisher, source.volumePages].filter(Boolean).join(' ')}.`;
  const items = cited
    .map((source) => `<li><a href="${escapeHtml(source.url)}">${escapeHtml(citation(source))}</a>${source.note ? ` (${escapeHtml(source.note)})` : ''}</li>`)
    .join('\n');
  return `<footer class="sources">${items ? `<p>Sources</p><ol>${items}</ol>` : ''}
    <p><time datetime="${lastReviewed}">Reviewed ${formatDate(lastReviewed)}</time></p></footer>`;
}

function staticFaq(data) {
  const { faq } = data;
  const questions = faq.items
    .map((item) => `<details id="${escapeHtml(item.id)}"><summary><h3>${escapeHtml(item.question)}</h3></summary>${blocks(item.answer)}</details>`)
    .join('\n');
  return `<section class="faq">${questions}${footer(data, faq.items.flatMap((item) => item.sources), faq.lastReviewed)}</section>`;
}

function staticStudyTable(data, tableStrings) {
  const { studies } = data;
  const notReported = '<span class="muted">Not reported</span>';
  const percent = (value, count) => (value === null ? notReported : `${value}%${count ? ` (${escapeHtml(count)})` : ''}`);
  const termLabel = (term) => tableStrings?.outcomeTerms?.[term] ?? term;
  const rows = studies.items.map((study) => {
    const source = data.getSource(study.sourceId);
    const outcome = study.outcome;
    return `<tr>
      <th scope="row"><a href="${escapeHtml(source?.url ?? '')}">${escapeHtml(study.name)}</a><br>${escapeHtml(source?.publisher ?? '')}</th>
      <td>${escapeHtml(study.design)}<br>Phase ${study.phase}</td>
      <td>${escapeHtml(study.condition)}</td>
      <td class="number">${study.participants ?? notReported}${
        study.arms?.length ? `<ul>${study.arms.map((arm) => `<li>${escapeHtml(arm.label)}: ${arm.participants}</li>`).join('')}</ul>` : ''
      }</td>
      <td>${escapeHtml(study.comparator)}</td>
      <td>${escapeHtml(study.primaryOutcome.measure)}<br>Timepoint: ${escapeHtml(study.primaryOutcome.timepoint)}</td>
      <td>${escapeHtml(study.headlineResult)}</td>
      <td class="number">${
        outcome
          ? `${escapeHtml(termLabel(outcome.term))}<br>MDMA: ${percent(outcome.mdmaPercent, outcome.mdmaCount)}<br>Comparator: ${percent(
              outcome.comparatorPercent,
              outcome.comparatorCount,
            )}<br>${escapeHtml(outcome.definition)}<br>Timepoint: ${escapeHtml(outcome.timepoint)}`
          : notReported
      }</td>
    </tr>`;
  });
  const terms = [...new Set(studies.items.map((study) => study.outcome?.term).filter(Boolean))];
  const footnotes = tableStrings?.outcomeTermDefinitions
    ? `<dl>${terms.map((term) => `<dt>${escapeHtml(termLabel(term))}</dt><dd>${escapeHtml(tableStrings.outcomeTermDefinitions[term])}</dd>`).join('')}</dl>`
    : '';
  const columns = ['Study', 'Design and phase', 'Condition', 'Participants', 'Comparator', 'Primary outcome', 'Headline result', 'Outcome'];
  return `<section class="studies"><table>
    <caption>Clinical studies of MDMA-assisted therapy. Reviewed ${formatDate(studies.lastReviewed)}.</caption>
    <thead><tr>${columns.map((column) => `<th scope="col">${column}</th>`).join('')}</tr></thead>
    <tbody>${rows.join('\n')}</tbody>
  </table>${footnotes}${footer(data, studies.items.flatMap((study) => study.sources), studies.lastReviewed)}</section>`;
}

function staticTimeline(data) {
  const { sessions } = data;
  const duration = (step) =>
    step.durationMinutes === null ? '' : `, ${step.durationApproximate ? 'about ' : ''}${step.durationMinutes / 60} hours`;
  const steps = sessions.items
    .map(
      (step) => `<li><h3>${escapeHtml(step.name)}</h3><p>${escapeHtml(step.phase)}, week ${step.week}${duration(step)}</p>
        <p>${escapeHtml(step.summary)}</p>${blocks(step.details)}</li>`,
    )
    .join('\n');
  const sourceIds = [...(sessions.sources ?? []), ...sessions.items.flatMap((step) => step.sources)];
  return `<section class="timeline"><ol>${steps}</ol>${footer(data, sourceIds, sessions.lastReviewed)}</section>`;
}

function staticSafety(data) {
  const topic = data.safety.items.find((item) => item.id === safetyTopic) ?? data.safety.items[0];
  const contacts = topic.contacts?.length
    ? `<ul>${topic.contacts.map((contact) => `<li>${escapeHtml(contact.name)}: <a href="${escapeHtml(contact.href)}">${escapeHtml(contact.action)}</a></li>`).join('')}</ul>`
    : '';
  return `<aside class="callout" role="note" aria-labelledby="safety-heading">
    <h3 id="safety-heading">${escapeHtml(topic.heading)}</h3>${blocks(topic.body)}${contacts}
    ${footer(data, topic.sources, data.safety.lastReviewed)}</aside>`;
}

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
 * English study-table strings when available (outcome term names and definitions).
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
      { heading: headings[0], body: staticSafety(data) },
      { heading: headings[1], body: staticFaq(data) },
      { heading: headings[2], body: staticStudyTable(data, tableStrings) },
      { heading: headings[3], body: staticTimeline(data) },
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
