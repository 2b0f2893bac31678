/**
 * The shapes of host data as a page writes it: what the validators accept, shorthand included. Each widget's `data`
 * property, its JSON child and the provider's `data` take these; the validators turn them into the full shapes of
 * `src/data/types.ts`.
 */
import type { Inline, IsoDate, SafetyTopic, SessionPhase, Severity, Study } from '../../data/types.js';

/** Inline content: a string is one run of text. */
export type RichTextInput = string | readonly Inline[];

/** A paragraph or a list; a string is shorthand for a paragraph. */
export type BlockInput =
  | string
  | { readonly type: 'paragraph'; readonly content: RichTextInput }
  | { readonly type: 'list'; readonly items: readonly RichTextInput[] };

/** Host items of one kind: a plain array, or an envelope saying how they combine with the bundled content. */
export type HostDataInput<ItemInput> =
  | readonly ItemInput[]
  | {
      readonly items: readonly ItemInput[];
      /** `replace` (default) shows only these items; `extend` adds them to the bundled ones. */
      readonly mode?: 'replace' | 'extend';
      /** The BCP 47 language the items are written in. */
      readonly language?: string;
      /** When the host last checked its content (`YYYY-MM-DD`, not later than today). */
      readonly lastReviewed?: IsoDate;
      /** When the host will check it again; after that date readers are told it is due for review. */
      readonly nextReview?: IsoDate;
    };

export interface FaqItemInput {
  readonly id: string;
  readonly question: string;
  readonly answer: readonly BlockInput[];
  /** Ids of bundled sources. */
  readonly sources?: readonly string[];
}

export type StudyInput = Omit<Study, 'participants' | 'outcome' | 'effectSize' | 'sources' | 'phase'> & {
  readonly phase: 1 | 2 | 3 | 4;
  readonly participants?: number | null;
  readonly outcome?: Study['outcome'];
  readonly effectSize?: string | null;
  readonly sources?: readonly string[];
};

export interface SessionStepInput {
  readonly id: string;
  readonly phase: SessionPhase;
  readonly name: string;
  readonly durationMinutes?: number | null;
  readonly durationApproximate?: boolean;
  /** Week from baseline (week 0); negative before baseline. */
  readonly week: number;
  /** Whether the week is a typical position rather than a scheduled one. */
  readonly weekApproximate?: boolean;
  readonly summary: string;
  readonly details?: readonly BlockInput[];
  readonly sources?: readonly string[];
}

export type SafetyTopicInput = Omit<SafetyTopic, 'body' | 'sources' | 'addedContent' | 'review' | 'severity'> & {
  readonly severity: Severity;
  readonly body: readonly BlockInput[];
  readonly sources?: readonly string[];
  readonly addedContent?: boolean;
};

export type FaqData = HostDataInput<FaqItemInput>;
export type StudyData = HostDataInput<StudyInput>;
export type SessionData = HostDataInput<SessionStepInput>;
export type SafetyData = HostDataInput<SafetyTopicInput>;
