// The bundled content of each widget as static HTML, the reference its render cost is measured against: generated
// from the same content modules the widgets render, so the two carry the same text and cannot drift apart. It shows
// what each widget shows, in the elements a page author would write by hand: a closed <details> where the widget
// keeps text one click away, a table where it shows one.

/** The safety topic the pages show (named, so the static page does not depend on the element's default). */
export const safetyTopic = 'clinical-setting';

export const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]);

const formatDate = (isoDate) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

const richText = (content) =>
  content.map((inline) => (typeof inline === 'string' ? escapeHtml(inline) : `<a href="${escapeHtml(inline.href)}">${escapeHtml(inline.text)}</a>`)).join('');

const blocks = (list) =>
  list
    .map((block) =>
      block.type === 'list' ? `<ul>${block.items.map((item) => `<li>${richText(item)}</li>`).join('')}</ul>` : `<p>${richText(block.content)}</p>`,
    )
    .join('\n');

/** A citation as the widgets write it: no year for a web page cited by the date it was read. */
const citation = (source) =>
  `${source.authors}${source.accessed ? '' : ` (${source.year})`}. ${source.title}. ${[source.publisher, source.volumePages].filter(Boolean).join(' ')}.`;

/** The cited works, in first-cited order, each a linked citation with its note. */
function citations(data, sourceIds) {
  const cited = [...new Set(sourceIds)].map((id) => data.getSource(id)).filter(Boolean);
  return cited
    .map((source) => `<li><a href="${escapeHtml(source.url)}">${escapeHtml(citation(source))}</a>${source.note ? ` (${escapeHtml(source.note)})` : ''}</li>`)
    .join('\n');
}

/**
 * "Sources" with the cited works, then "Reviewed <date>" and "Next review due <date>", as each widget ends: a list of
 * four or more closed behind "Sources (N)", as the widgets close it.
 */
function footer(data, sourceIds, { lastReviewed, nextReview }) {
  const items = citations(data, sourceIds);
  const count = new Set(sourceIds).size;
  const list = count >= 4 ? `<details><summary>Sources (${count})</summary><ol>${items}</ol></details>` : `<p>Sources</p><ol>${items}</ol>`;
  return `<footer class="sources">${items ? list : ''}
    <p><time datetime="${lastReviewed}">Reviewed ${formatDate(lastReviewed)}</time></p>
    <p><time datetime="${nextReview}">Next review due ${formatDate(nextReview)}</time></p></footer>`;
}

/** Each question a closed `<details>`: the answer, then the works it cites, as the FAQ shows them under each answer; the review dates. */
function staticFaq(data) {
  const { faq } = data;
  const questions = faq.items
    .map(
      (item) => `<details id="${escapeHtml(item.id)}"><summary><h3>${escapeHtml(item.question)}</h3></summary>${blocks(item.answer)}
        ${item.sources.length ? `<p class="sources">Sources</p><ol class="sources">${citations(data, item.sources)}</ol>` : ''}</details>`,
    )
    .join('\n');
  // Each source is given under the answer that cites it, and not again under the questions.
  return `<section class="faq">${questions}${footer(data, [], faq)}</section>`;
}

/**
 * The studies as the table shows them: a summary row per study (short forms where the data has them), and under it
 * the study's full text in a closed `<details>`, then the outcome terms, the sources and the review dates. `strings`
 * are the table's English interface strings.
 */
function staticStudyTable(data, strings) {
  const { studies } = data;
  const notReported = '<span class="muted">Not reported</span>';
  const percent = (value, count) => (value === null ? notReported : `${value}%${count ? ` (${escapeHtml(count)})` : ''}`);
  const arms = (outcome) =>
    `${escapeHtml(strings.mdmaArm)}: ${percent(outcome.mdmaPercent, outcome.mdmaCount)}<br>${escapeHtml(strings.comparatorArm)}: ${percent(
      outcome.comparatorPercent,
      outcome.comparatorCount,
    )}`;
  const timepoint = (text) => `<br>${escapeHtml(strings.timepoint)}: ${escapeHtml(text)}`;
  const fact = (term, description) => `<dt>${escapeHtml(term)}</dt><dd>${description}</dd>`;
  const columns = ['study', 'phase', 'participants', 'condition', 'outcome'];
  const rows = studies.items.map((study) => {
    const source = data.getSource(study.sourceId);
    const { outcome } = study;
    const summary = `<tr>
      <th scope="row"><a href="${escapeHtml(source?.url ?? '')}">${escapeHtml(study.name)}</a></th>
      <td>${study.phase}</td>
      <td class="number">${study.participants ?? notReported}</td>
      <td>${escapeHtml(study.short?.condition ?? study.condition)}</td>
      <td class="number">${
        outcome
          ? `${escapeHtml(strings.outcomeTerms[outcome.term])}<br>${escapeHtml(study.short?.outcomeTimepoint ?? outcome.timepoint)}<br>${arms(outcome)}`
          : notReported
      }</td>
    </tr>`;
    const participants = `${study.participants ?? notReported}${
      study.arms?.length ? `<ul>${study.arms.map((arm) => `<li>${escapeHtml(arm.label)}: ${arm.participants}</li>`).join('')}</ul>` : ''
    }`;
    const details = `<tr><td colspan="${columns.length}"><details><summary>${escapeHtml(strings.details)} (${escapeHtml(study.name)})</summary><dl>
      ${fact(strings.columns.design, `${escapeHtml(study.design)} (${escapeHtml(strings.phase(String(study.phase)))})`)}
      ${fact(strings.columns.condition, escapeHtml(study.condition))}
      ${fact(strings.columns.participants, participants)}
      ${fact(strings.columns.comparator, escapeHtml(study.comparator))}
      ${fact(strings.columns['primary-outcome'], `${escapeHtml(study.primaryOutcome.measure)}${timepoint(study.primaryOutcome.timepoint)}`)}
      ${fact(strings.columns.result, escapeHtml(study.headlineResult))}
      ${fact(
        strings.columns.outcome,
        outcome ? `${escapeHtml(strings.outcomeTerms[outcome.term])}: ${escapeHtml(outcome.definition)}<br>${arms(outcome)}${timepoint(outcome.timepoint)}` : notReported,
      )}
      ${fact(strings.columns['effect-size'], study.effectSize === null ? notReported : escapeHtml(study.effectSize))}
      ${fact('Sources', `<ol>${citations(data, study.sources)}</ol>`)}
    </dl></details></td></tr>`;
    return `${summary}\n${details}`;
  });
  const terms = [...new Set(studies.items.map((study) => study.outcome?.term).filter(Boolean))];
  const footnotes = `<p>${escapeHtml(strings.footnotesTitle)}</p><dl>${terms
    .map((term) => `<dt>${escapeHtml(strings.outcomeTerms[term])}</dt><dd>${escapeHtml(strings.outcomeTermDefinitions[term])}</dd>`)
    .join('')}</dl>`;
  return `<section class="studies"><table>
    <caption>${escapeHtml(strings.captionTitle)} ${escapeHtml(strings.captionSourceBundled)}</caption>
    <thead><tr>${columns.map((column) => `<th scope="col">${escapeHtml(strings.columns[column])}</th>`).join('')}</tr></thead>
    <tbody>${rows.join('\n')}</tbody>
  </table>${footnotes}${footer(data, studies.items.flatMap((study) => study.sources), studies)}</section>`;
}

/** Each step of the course as the timeline lists it: its number and name, phase, week and length, summary and details. */
function staticTimeline(data) {
  const { sessions } = data;
  const about = (approximate, text) => (approximate ? `about ${text}` : text);
  const length = (minutes, approximate) =>
    minutes === null ? 'Length: <span class="muted">Not reported</span>' : about(approximate, minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`);
  const week = ({ week: number, weekApproximate }) => {
    const text =
      number < 0 ? `${-number} ${number === -1 ? 'week' : 'weeks'} before baseline` : number === 0 ? 'week 0 (baseline)' : `week ${number}`;
    const written = about(weekApproximate, text);
    return `${written[0].toUpperCase()}${written.slice(1)}`;
  };
  const steps = sessions.items
    .map(
      (step, index) => `<li><h3>Step ${index + 1}: ${escapeHtml(step.name)}</h3>
        <p>${escapeHtml(step.phase[0].toUpperCase() + step.phase.slice(1))}, ${week(step)}, ${length(step.durationMinutes, step.durationApproximate)}</p>
        <p>${escapeHtml(step.summary)}</p>${
          step.details.length ? `<details><summary>More about this step (${escapeHtml(step.name)})</summary>${blocks(step.details)}</details>` : ''
        }</li>`,
    )
    .join('\n');
  const sessionSteps = sessions.items.filter((step) => step.phase !== 'endpoint');
  const timed = sessionSteps.filter((step) => step.durationMinutes !== null);
  const hours = timed.reduce((sum, step) => sum + step.durationMinutes, 0) / 60;
  const unreported = sessionSteps.length - timed.length;
  const summary = `<ul><li>${sessionSteps.length} sessions</li>
    <li>Time in sessions: about ${hours} hours${unreported ? ` (the length of ${unreported} sessions is not reported)` : ''}</li>
    <li>Main assessment: ${sessions.endpointWeek} weeks after baseline</li></ul>
    <p>Weeks are approximate: the trials report the order and spacing of the sessions, not the week each fell on.</p>
    <details><summary>About each kind of session</summary>${blocks(sessions.notes ?? [])}</details>`;
  const sourceIds = [...(sessions.sources ?? []), ...sessions.items.flatMap((step) => step.sources)];
  return `<section class="timeline">${summary}<ol>${steps}</ol>${footer(data, sourceIds, sessions)}</section>`;
}

function staticSafety(data) {
  const topic = data.safety.items.find((item) => item.id === safetyTopic) ?? data.safety.items[0];
  const contacts = topic.contacts?.length
    ? `<ul>${topic.contacts.map((contact) => `<li>${escapeHtml(contact.name)}: <a href="${escapeHtml(contact.href)}">${escapeHtml(contact.action)}</a></li>`).join('')}</ul>`
    : '';
  return `<aside class="callout" role="note" aria-labelledby="safety-heading">
    <h3 id="safety-heading">${escapeHtml(topic.heading)}</h3>${blocks(topic.body)}${
      topic.more?.length ? `<details><summary>${escapeHtml(topic.moreLabel ?? topic.heading)}</summary>${blocks(topic.more)}</details>` : ''
    }${contacts}
    ${footer(data, topic.sources, data.safety)}</aside>`;
}

/**
 * The static HTML of `tag`'s bundled content. `data` is the content module (`dist/data/index.js`, or its source);
 * `tableStrings` the study table's English interface strings (column headings, outcome terms and their definitions).
 */
export function staticContent(tag, data, tableStrings) {
  switch (tag) {
    case 'mdma-faq':
      return staticFaq(data);
    case 'study-table':
      return staticStudyTable(data, tableStrings);
    case 'session-timeline':
      return staticTimeline(data);
    case 'safety-callout':
      return staticSafety(data);
    default:
      throw new Error(`no static content for <${tag}>`);
  }
}
