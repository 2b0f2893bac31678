/**
 * `<mdma-faq>` as plain HTML: each question a heading with its answer under it, in view (a copy has no script to open
 * it, and a sanitizer may strip a disclosure), then the works it cites behind "Sources (N)". `questions` chooses and
 * orders them and `heading-level` sets their level, as on the element; host data replaces or extends them.
 */
import { faq } from '../../data/faq.js';
import type { FaqItem } from '../../data/types.js';
import { faqSchema } from '../host-data/faq.js';
import { attribute, quoteList } from '../log.js';
import { escapeHtml, faqMarkup, markupText, type FaqMarkup } from '../markup.js';
import { shownReview } from '../review.js';
import {
  answerReviewHtml,
  attributeValue,
  classes,
  consoleMessages,
  footerHtml,
  headingLevel,
  hostItems,
  langAttribute,
  reviewNoticeHtml,
  rootHtml,
  sourcesHtml,
  tokens,
  type Messages,
  type PlainContext,
  type PlainCopy,
} from './shared.js';

/** A question as shown: its markup (text escaped), the language of its content, and whether it is bundled. */
interface ShownQuestion {
  readonly markup: FaqMarkup;
  readonly lang: string | undefined;
  readonly bundled: boolean;
}

/** The bundled questions, or the host's replacing or extending them, narrowed and ordered by `questions`. */
function chooseQuestions(context: PlainContext, messages: Messages) {
  const host = hostItems<FaqItem>(context, faqSchema, messages);
  const shown = (item: FaqItem, lang: string | undefined, bundled: boolean): ShownQuestion => ({ markup: faqMarkup(item), lang, bundled });
  const bundled = faq.items.map((item) => shown(item, faq.language, true));
  let all = bundled;
  if (host) {
    const hosted = host.items.map((item) => shown(item, host.language, false));
    if (host.mode === 'replace') {
      all = hosted;
    } else {
      // A host item with a bundled id takes that question's place; the others follow the bundled ones.
      const hostedById = new Map(hosted.map((question) => [question.markup.id, question]));
      const bundledIds = new Set(faq.items.map(({ id }) => id));
      all = [...bundled.map((question) => hostedById.get(question.markup.id) ?? question), ...hosted.filter(({ markup }) => !bundledIds.has(markup.id))];
    }
  }
  const chosen = tokens(context, 'questions', messages);
  if (chosen.length === 0) return { host, questions: all };
  const byId = new Map(all.map((question) => [question.markup.id, question]));
  const known = chosen.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const unknown = chosen.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    const outcome = known.length === 0 ? 'showing them all' : 'showing the others';
    const value = attributeValue(context, 'questions');
    messages.warn(`${attribute('questions', value)}: no question has the id ${quoteList(unknown)}; ${outcome}. The ids are: ${quoteList([...byId.keys()])}.`);
  }
  return { host, questions: known.length === 0 ? all : known };
}

export function plainFaq(context: PlainContext): PlainCopy {
  const messages = consoleMessages(context);
  const { host, questions } = chooseQuestions(context, messages);
  const level = headingLevel(context, messages);
  // A bundled question with review dates of its own (the regulatory ones, checked monthly) is judged by them alone.
  const review = shownReview(
    host,
    questions.filter(({ bundled }) => bundled).map(({ markup }) => markup.review ?? faq),
  );
  const items = questions.map(({ markup, lang, bundled }) => {
    const language = langAttribute(lang, context);
    const ownReview = bundled && markup.review ? answerReviewHtml(markup.review, context) : '';
    return (
      `<div${classes('question')} id="${escapeHtml(markup.id)}">` +
      `<h${level}${language}>${markup.question}</h${level}>` +
      `<div${classes('answer')}${language}>${markup.answer}</div>` +
      `${ownReview}${sourcesHtml(markup.sources, context, true)}</div>`
    );
  });
  const sourceIds = questions.flatMap(({ markup }) => markup.sources);
  return {
    html: rootHtml(context, `${reviewNoticeHtml(review, context)}${items.join('')}${footerHtml(sourceIds, review, context, true)}`),
    review,
    questions: questions.map(({ markup }) => ({ question: markupText(markup.question).trim(), answer: markupText(markup.answer).replace(/\s+/g, ' ').trim() })),
  };
}
