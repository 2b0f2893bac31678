/**
 * `<mdma-faq>` as plain HTML: each question a heading with its answer under it, in view (a copy has no script to open
 * it, and a sanitizer may strip a disclosure), then the works it cites behind "Sources (N)". `questions` chooses and
 * orders them and `heading-level` sets their level, as on the element; host data replaces or extends them.
 */
import { chosenQuestions } from '../../components/mdma-faq/questions.js';
import { faq } from '../../data/faq.js';
import type { FaqItem } from '../../data/types.js';
import { faqSchema } from '../host-content/faq.js';
import { mergeItems } from '../host-content/merge.js';
import { escapeHtml, markupText, type FaqMarkup } from '../render/markup.js';
import { faqMarkup } from '../render/static-markup.js';
import { shownReview } from '../provenance/review.js';
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

/** A question as shown: its id, its markup (text escaped), the language of its content, and whether it is bundled. */
interface ShownQuestion {
  readonly id: string;
  readonly markup: FaqMarkup;
  readonly lang: string | undefined;
  readonly bundled: boolean;
}

/** The bundled questions, or the host's replacing or extending them, narrowed and ordered by `questions`, as the element chooses them. */
function chooseQuestions(context: PlainContext, messages: Messages) {
  const host = hostItems<FaqItem>(context, faqSchema, messages);
  const shown = (item: FaqItem, lang: string | undefined, bundled: boolean): ShownQuestion => ({ id: item.id, markup: faqMarkup(item), lang, bundled });
  const all = mergeItems(
    faq.items.map((item) => shown(item, faq.language, true)),
    host?.items.map((item) => shown(item, host.language, false)),
    host?.mode,
    (question) => question.id,
  );
  const questions = chosenQuestions(all, tokens(context, 'questions', messages), attributeValue(context, 'questions'), messages);
  return { host, questions };
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
  // Each source is given under the answer that cites it, and not again at the end, as on the element.
  return {
    html: rootHtml(context, `${reviewNoticeHtml(review, context)}${items.join('')}${footerHtml([], review, context)}`),
    review,
    questions: questions.map(({ markup }) => ({ question: markupText(markup.question).trim(), answer: markupText(markup.answer).replace(/\s+/g, ' ').trim() })),
  };
}
