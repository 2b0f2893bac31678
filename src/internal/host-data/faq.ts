import * as v from 'valibot';
import type { FaqItem } from '../../data/types.js';
import { blocks, hostDataSchema, nonEmpty, sourceIds } from './schema.js';

const faqItem: v.GenericSchema<unknown, FaqItem> = v.object({
  id: nonEmpty,
  question: nonEmpty,
  answer: blocks,
  sources: sourceIds,
});

/** Host questions for `<mdma-faq>`. */
export const faqSchema = hostDataSchema(faqItem);
