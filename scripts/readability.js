/**
 * `npm run readability`: how readable each widget's text is, per language. English: the bundled content (from the data
 * structures, not the page) and the English interface strings; Spanish: the Spanish interface strings (the bundled
 * content is English). For each: words per sentence (mean and longest), the share of sentences over 25 words, and a
 * reading grade from text-readability (Flesch–Kincaid for English; for Spanish the Automated Readability Index, which
 * counts letters rather than English syllables, so only roughly). Then every sentence over 35 words, with where it is,
 * and whether the English content meets its targets. It reports: it exits 0 whether or not they are met.
 *
 * Prose is split into sentences; a unit that ends no sentence (a heading, a label, a table cell) is counted apart as a
 * label, and still listed if it runs over 35 words.
 */
import readability from 'text-readability';
import { importSources } from './content/load.js';
import { contentText, interfaceText, isProse, sentences, words } from './content/text.js';

const TARGET_MEAN = 18;
const TARGET_LONGEST = 35;
const LONG = 25;

const [data, common, faqStrings, tableStrings, timelineStrings, calloutStrings] = await importSources([
  'src/data/index.ts',
  'src/internal/language/strings/common.ts',
  'src/internal/language/strings/mdma-faq.ts',
  'src/internal/language/strings/study-table.ts',
  'src/internal/language/strings/session-timeline.ts',
  'src/internal/language/strings/safety-callout.ts',
]);

const content = contentText(data);
const strings = new Map([
  ['mdma-faq', faqStrings.faqStrings],
  ['study-table', tableStrings.studyTableStrings],
  ['session-timeline', timelineStrings.sessionTimelineStrings],
  ['safety-callout', calloutStrings.safetyCalloutStrings],
]);

/** Sentence statistics of a set of units, with the sentences and labels over `TARGET_LONGEST` words. */
function measure(units, widget, language) {
  const counted = [];
  const labels = [];
  for (const unit of units) {
    if (isProse(unit.text)) {
      for (const sentence of sentences(unit.text)) counted.push({ ...unit, sentence, words: words(sentence).length });
    } else {
      labels.push({ ...unit, sentence: unit.text.trim(), words: words(unit.text).length });
    }
  }
  const total = counted.reduce((sum, { words }) => sum + words, 0);
  const longest = counted.reduce((top, sentence) => (sentence.words > (top?.words ?? -1) ? sentence : top), undefined);
  // The package counts sentences itself: give it one sentence a line.
  const text = counted.map(({ sentence }) => sentence).join('\n');
  const grade = counted.length === 0 ? null : language === 'en' ? readability.fleschKincaidGrade(text) : readability.automatedReadabilityIndex(text);
  return {
    widget,
    sentences: counted.length,
    mean: counted.length ? total / counted.length : 0,
    longest,
    overLong: counted.filter(({ words }) => words > LONG).length,
    labels: labels.length,
    longestLabel: labels.reduce((top, label) => (label.words > (top?.words ?? -1) ? label : top), undefined),
    grade,
    tooLong: [...counted, ...labels].filter(({ words }) => words > TARGET_LONGEST).sort((a, b) => b.words - a.words),
  };
}

const percent = (part, whole) => (whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`);
const pad = (value, width) => String(value).padStart(width);

function table(title, gradeName, rows) {
  console.log(`\n${title}`);
  console.log(`  ${'widget'.padEnd(17)} ${'sentences'.padStart(9)} ${'mean'.padStart(5)} ${'longest'.padStart(7)} ${`>${LONG} words`.padStart(10)} ${gradeName.padStart(9)} ${'labels'.padStart(6)} ${'longest label'.padStart(13)}`);
  for (const row of rows) {
    console.log(
      `  ${row.widget.padEnd(17)} ${pad(row.sentences, 9)} ${pad(row.mean.toFixed(1), 5)} ${pad(row.longest?.words ?? 0, 7)} ${pad(
        `${row.overLong} (${percent(row.overLong, row.sentences)})`,
        10,
      )} ${pad(row.grade ?? '–', 9)} ${pad(row.labels, 6)} ${pad(row.longestLabel?.words ?? 0, 13)}`,
    );
  }
}

function all(rows, language) {
  const sentencesCount = rows.reduce((sum, row) => sum + row.sentences, 0);
  const wordsCount = rows.reduce((sum, row) => sum + row.mean * row.sentences, 0);
  return {
    sentences: sentencesCount,
    mean: sentencesCount ? wordsCount / sentencesCount : 0,
    longest: Math.max(0, ...rows.map((row) => row.longest?.words ?? 0)),
    tooLong: rows.flatMap((row) => row.tooLong.map((sentence) => ({ ...sentence, widget: row.widget, language }))),
  };
}

const enContent = [...content].map(([widget, units]) => measure(units, widget, 'en'));
const enStrings = [...strings].map(([widget, own]) => measure(interfaceText(common.commonStrings, own, 'en'), widget, 'en'));
const esStrings = [...strings].map(([widget, own]) => measure(interfaceText(common.commonStrings, own, 'es'), widget, 'es'));

console.log('Readability of the text each widget shows (words per sentence; a label is a unit that ends no sentence).');
console.log('Interface strings include those every widget shares; a value filled in at run time counts as one word.');
table('English, bundled content (src/data/)', 'FK grade', enContent);
table('English, interface strings (src/internal/language/strings/)', 'FK grade', enStrings);
table('Spanish, interface strings (src/internal/language/strings/; the bundled content is English)', 'ARI', esStrings);

// The same sentence in several places (each dosing session says the same) is listed once, with every place.
const long = new Map();
for (const sentence of [...all(enContent, 'en').tooLong, ...all(enStrings, 'en').tooLong, ...all(esStrings, 'es').tooLong]) {
  const key = `${sentence.language} ${sentence.widget} ${sentence.sentence}`;
  const places = long.get(key)?.places ?? [];
  long.set(key, { ...sentence, places: [...places, `${sentence.widget}#${sentence.where}`] });
}
console.log(`\nSentences over ${TARGET_LONGEST} words (${long.size}), longest first:`);
if (long.size === 0) console.log('  none');
for (const sentence of [...long.values()].sort((a, b) => b.words - a.words)) {
  console.log(`  ${sentence.words} words, ${sentence.language}, ${sentence.places.join(', ')}:\n    ${sentence.sentence}`);
}

const english = all(enContent, 'en');
const met = (ok) => (ok ? 'met' : 'NOT met');
console.log('\nTargets for the English bundled content:');
console.log(`  mean ≤ ${TARGET_MEAN} words per sentence: ${english.mean.toFixed(1)}: ${met(english.mean <= TARGET_MEAN)}`);
console.log(
  `  no sentence over ${TARGET_LONGEST} words: ${english.tooLong.length} over, ${new Set(english.tooLong.map(({ sentence }) => sentence)).size} ` +
    `of them different (longest ${english.longest}): ${met(english.tooLong.length === 0)}`,
);
