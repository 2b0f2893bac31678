/**
 * The shapes of host data as a page writes it: what the validators accept, shorthand included. Each widget's `data`
 * property, its JSON child and the provider's `data` take these; the validators turn them into the full shapes of
 * `src/data/types.ts`.
 */
import type { CrisisContact, Inline, IsoDate, OutcomeTerm, SessionPhase, Severity, StudyArm, TrialPhase } from '../../data/types.js';

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
      readonly mode?: 'replace' | 'extend' | undefined;
      /** The BCP 47 language the items are written in. */
      readonly language?: string | undefined;
      /** When the host last checked its content (`YYYY-MM-DD`, not later than today). */
      readonly lastReviewed?: IsoDate | undefined;
      /** When the host will check it again; after that date readers are told it is due for review. */
      readonly nextReview?: IsoDate | undefined;
    };

/** A question and its answer. */
export interface FaqItemInput {
  /** Unique among the questions shown; used in deep links (`#<id>`) and the `questions` attribute. */
  readonly id: string;
  readonly question: string;
  readonly answer: readonly BlockInput[];
  /** Ids of bundled sources. */
  readonly sources?: readonly string[] | undefined;
}

/** A study: a row of the study table. */
export interface StudyInput {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  /** The bundled source id of the paper itself. */
  readonly sourceId: string;
  readonly design: string;
  readonly phase: TrialPhase;
  readonly condition: string;
  /** Participants randomised; `null` or absent: "Not reported". */
  readonly participants?: number | null | undefined;
  readonly arms?: readonly StudyArm[] | undefined;
  readonly comparator: string;
  readonly primaryOutcome: { readonly measure: string; readonly timepoint: string };
  readonly headlineResult: string;
  /** The percentages shown and drawn; `null` or absent: none reported. */
  readonly outcome?: OutcomeInput | null | undefined;
  readonly effectSize?: string | null | undefined;
  readonly findings: string;
  /** Ids of bundled sources. */
  readonly sources?: readonly string[] | undefined;
}

/** An outcome percentage for the MDMA arm against the comparator; `null`: "Not reported". */
export interface OutcomeInput {
  readonly term: OutcomeTerm;
  readonly definition: string;
  readonly timepoint: string;
  readonly mdmaPercent: number | null;
  readonly comparatorPercent: number | null;
  readonly mdmaCount?: string | undefined;
  readonly comparatorCount?: string | undefined;
}

/** A step of the course: a session or the endpoint. */
export interface SessionStepInput {
  readonly id: string;
  readonly phase: SessionPhase;
  readonly name: string;
  readonly durationMinutes?: number | null | undefined;
  readonly durationApproximate?: boolean | undefined;
  /** Week from baseline (week 0); negative before baseline. */
  readonly week: number;
  /** Whether the week is a typical position rather than a scheduled one. */
  readonly weekApproximate?: boolean | undefined;
  readonly summary: string;
  readonly details?: readonly BlockInput[] | undefined;
  /** Ids of bundled sources. */
  readonly sources?: readonly string[] | undefined;
}

/** A safety topic: one callout. */
export interface SafetyTopicInput {
  readonly id: string;
  readonly severity: Severity;
  readonly heading: string;
  readonly body: readonly BlockInput[];
  /** Ids of bundled sources. */
  readonly sources?: readonly string[] | undefined;
  /** True where the content goes beyond its sources (labelled "Added content"). */
  readonly addedContent?: boolean | undefined;
  /** The date the statement is true as of (`YYYY-MM-DD`). */
  readonly asOf?: IsoDate | undefined;
  /** Crisis contacts: `tel:`, `sms:`, `http:` or `https:` links. */
  readonly contacts?: readonly CrisisContact[] | undefined;
  /** The region the contacts serve. */
  readonly region?: string | undefined;
}

/** Host data for `<mdma-faq>`. */
export type FaqData = HostDataInput<FaqItemInput>;
/** Host data for `<study-table>`. */
export type StudyData = HostDataInput<StudyInput>;
/** Host data for `<session-timeline>`. */
export type SessionData = HostDataInput<SessionStepInput>;
/** Host data for `<safety-callout>`. */
export type SafetyData = HostDataInput<SafetyTopicInput>;
