/**
 * The shapes of host data as a page writes it: what the validators accept, shorthand included. Each widget's `data`
 * property, its JSON child and the provider's `data` take these; the validators turn them into the full shapes of
 * `src/data/types.ts`. They are read off the schemas, where each shape is written once.
 */
import type { faqItem } from './faq.js';
import type { safetyTopic } from './safety.js';
import type { block, HostDataInput, richText, Schema } from './schema.js';
import type { sessionStep } from './sessions.js';
import type { outcome, study } from './studies.js';

export type { HostDataInput } from './schema.js';

/** What a page may write for `S` (kept here, not exported: users meet only the types below). */
type InputOf<S> = S extends Schema<infer In, unknown> ? In : never;

/** Inline content: a string is one run of text. */
export type RichTextInput = InputOf<typeof richText>;

/** A paragraph or a list; a string is shorthand for a paragraph. */
export type BlockInput = InputOf<typeof block>;

/** A question and its answer. */
export type FaqItemInput = InputOf<typeof faqItem>;

/** A study: a row of the study table. */
export type StudyInput = InputOf<typeof study>;

/** An outcome percentage for the MDMA arm against the comparator; `null`: "Not reported". */
export type OutcomeInput = InputOf<typeof outcome>;

/** A step of the course: a session or the endpoint. */
export type SessionStepInput = InputOf<typeof sessionStep>;

/** A safety topic: one callout. */
export type SafetyTopicInput = InputOf<typeof safetyTopic>;

/** Host data for `<mdma-faq>`. */
export type FaqData = HostDataInput<FaqItemInput>;
/** Host data for `<study-table>`. */
export type StudyData = HostDataInput<StudyInput>;
/** Host data for `<session-timeline>`. */
export type SessionData = HostDataInput<SessionStepInput>;
/** Host data for `<safety-callout>`. */
export type SafetyData = HostDataInput<SafetyTopicInput>;
