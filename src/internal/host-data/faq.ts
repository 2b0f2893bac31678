import * as v from 'valibot';
import type { FaqItem } from '../../data/types.js';
import { blocks, hostDataSchema, itemId, nonEmpty, record, sourceIds } from './schema.js';

const faqItem: v.GenericSchema<unknown, FaqItem> = record({
  id: itemId,
  question: nonEmpty,
  answer: blocks,
  sources: sourceIds,
});

/** Host questions for `<mdma-faq>`: at most 200, so that the widget renders them all within about a second. */
export const faqSchema = hostDataSchema(faqItem, { maxItems: 200, maxValues: 20_000, maxCharacters: 500_000 });
