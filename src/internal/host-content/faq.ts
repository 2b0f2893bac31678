import { faqSources } from '../../data/faq-sources.js';
import { blocks, hostDataSchema, itemId, nonEmpty, record, sourceIds } from './schema.js';

/** A question and its answer. */
export const faqItem = record({
  /** Unique among the questions shown; used in deep links (`#<id>`) and the `questions` attribute. */
  id: itemId,
  question: nonEmpty,
  /** Paragraphs and lists; a string is one paragraph. */
  answer: blocks,
  /** Ids of bundled sources. */
  sources: sourceIds,
});

/** Host questions for `<mdma-faq>`: at most 200, so that the widget renders them all within about a second. */
export const faqSchema = hostDataSchema(faqItem, { maxItems: 200, maxValues: 20_000, maxCharacters: 500_000 }, faqSources);
