/**
 * The text each widget shows, as plain-text units with where they come from (`widget#id field`), taken from the
 * bundled data structures (rich text blocks become plain text) and from the interface strings; and its sentences.
 */

const inlineText = (content) => content.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');

/** One unit per paragraph and per list item. */
function* blockUnits(blocks, where) {
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'list') {
      for (const [item, content] of block.items.entries()) yield { where: `${where} ${index + 1}.${item + 1}`, text: inlineText(content) };
    } else {
      yield { where: `${where} ${index + 1}`, text: inlineText(block.content) };
    }
  }
}

/** The bundled content's text, per widget: `Map<widget, Array<{ where, text }>>`. */
export function contentText({ faq, studies, sessions, safety }) {
  const faqUnits = faq.items.flatMap((item) => [
    { where: `${item.id} question`, text: item.question },
    ...blockUnits(item.answer, `${item.id} answer`),
  ]);
  const studyUnits = studies.items.flatMap((study) => {
    const fields = {
      name: study.name,
      design: study.design,
      condition: study.condition,
      comparator: study.comparator,
      'primary outcome': study.primaryOutcome.measure,
      'primary outcome timepoint': study.primaryOutcome.timepoint,
      'headline result': study.headlineResult,
      'outcome definition': study.outcome?.definition,
      'outcome timepoint': study.outcome?.timepoint,
      'effect size': study.effectSize,
      findings: study.findings,
      ...Object.fromEntries(Object.entries(study.short ?? {}).map(([key, value]) => [`short ${key}`, value])),
      ...Object.fromEntries((study.arms ?? []).map((arm, index) => [`arm ${index + 1}`, arm.label])),
    };
    return Object.entries(fields)
      .filter(([, text]) => typeof text === 'string' && text !== '')
      .map(([field, text]) => ({ where: `${study.id} ${field}`, text }));
  });
  const sessionUnits = [
    ...blockUnits(sessions.notes ?? [], 'course notes'),
    ...sessions.items.flatMap((step) => [
      { where: `${step.id} name`, text: step.name },
      { where: `${step.id} summary`, text: step.summary },
      ...blockUnits(step.details, `${step.id} details`),
    ]),
  ];
  const safetyUnits = safety.items.flatMap((topic) => [
    { where: `${topic.id} heading`, text: topic.heading },
    ...blockUnits(topic.body, `${topic.id} body`),
    ...(topic.moreLabel ? [{ where: `${topic.id} more label`, text: topic.moreLabel }] : []),
    ...blockUnits(topic.more ?? [], `${topic.id} more`),
    ...(topic.region ? [{ where: `${topic.id} region`, text: topic.region }] : []),
    ...(topic.contacts ?? []).flatMap((contact, index) => [
      { where: `${topic.id} contact ${index + 1}`, text: contact.name },
      { where: `${topic.id} contact ${index + 1} action`, text: contact.action },
    ]),
  ]);
  return new Map([
    ['mdma-faq', faqUnits],
    ['study-table', studyUnits],
    ['session-timeline', sessionUnits],
    ['safety-callout', safetyUnits],
  ]);
}

/**
 * A stand-in for every argument of a string function: "3" as text or number, truthy, and any property of it (an object
 * of parts) is "3" too; so each function shows its fullest form ("About week 3").
 */
const placeholder = new Proxy(
  {},
  { get: (_target, property) => (property === Symbol.toPrimitive ? () => '3' : typeof property === 'string' ? '3' : undefined) },
);

/** Keys whose values are not shown as text (file names). */
const notShown = /FileName$/;

function* stringUnits(value, path) {
  if (typeof value === 'string') {
    yield { where: path, text: value };
  } else if (typeof value === 'function') {
    const text = value(...Array.from({ length: value.length }, () => placeholder));
    if (typeof text === 'string') yield { where: path, text };
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!notShown.test(key)) yield* stringUnits(inner, path ? `${path}.${key}` : key);
    }
  }
}

/** The interface strings of one widget in one language, with the strings every widget shares. */
export function interfaceText(common, own, language) {
  return [...stringUnits(common[language], 'common'), ...stringUnits(own[language], 'strings')];
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviation = /(?:\bet al|\be\.g|\bi\.e|\bvs|\bcf|\bapprox|\bDr|\bNo|\bFig|\bU\.S|\bp|\bca|\bpág|\bp\. ej|\bSr|\bSra)\.$/;

/** Sentence ends: . ! ? … (with closing quotes or brackets) before a space and a capital, digit or opening mark, or at the end. */
const end = /[.!?…]+['"”’)\]]*(?=\s+(?:[\p{Lu}\p{N}“"‘'(¿¡]|$)|$)/gu;

/** Whether a unit is prose (sentences) rather than a label, a heading or a table cell: it ends a sentence, or leads into a list. */
export function isProse(text) {
  const trimmed = text.trim();
  return /[.!?…:]['"”’)\]]*$/.test(trimmed) || /[.!?…]['"”’)\]]*\s+[\p{Lu}¿¡]/u.test(trimmed);
}

/** The sentences of a unit of text. */
export function sentences(text) {
  const result = [];
  let start = 0;
  for (const match of text.matchAll(end)) {
    const stop = match.index + match[0].length;
    if (abbreviation.test(text.slice(start, match.index + 1))) continue;
    const sentence = text.slice(start, stop).trim();
    if (sentence) result.push(sentence);
    start = stop;
  }
  const rest = text.slice(start).trim();
  if (rest) result.push(rest);
  return result;
}

/** Words: whitespace-separated runs that hold a letter or a digit ("33%", "MDMA-assisted", "2–9" count as one each). */
export const words = (text) => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
