/**
 * Types of the bundled content. An item's shape is written once, as the schema that validates host data of its kind
 * (`src/internal/host-content/`): these types are what those schemas output, so bundled and host items are the same
 * shape by construction. Only sources and review dates, which host data does not supply, are written here.
 */
import type { faqItem } from '../internal/host-content/faq.js';
import type { safetyTopic } from '../internal/host-content/safety.js';
import type { block, richText, Schema } from '../internal/host-content/schema.js';
import type { sessionStep } from '../internal/host-content/sessions.js';
import type { outcome, study } from '../internal/host-content/studies.js';

/** What a schema outputs: the validated shape. */
type OutputOf<S> = S extends Schema<unknown, infer Out> ? Out : never;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A citation. Other data refers to it by `id`. */
/** Identifiers of a work besides its link, where verified (`identifiersOf` in sources.ts). */
export interface SourceIdentifiers {
  readonly pmid?: string;
  /** PubMed Central id, e.g. PMC4088952. */
  readonly pmcid?: string;
  /** Trial registry id, e.g. NCT04077437. */
  readonly registryId?: string;
}

export interface Source {
  readonly id: string;
  /** Authors in short form, e.g. "Mitchell JM, Ot'alora G M, van der Kolk B, et al.", or the organisation. */
  readonly authors: string;
  /**
   * Publication year. A web page cited by the date it was read (one with `accessed`) has no verified publication date:
   * its `year` is the year it was accessed, and a citation should show `accessed` instead of it.
   */
  readonly year: number;
  /**
   * Title. In square brackets where it is a description of the work rather than the work's own title (web pages whose
   * title was not recorded).
   */
  readonly title: string;
  /** Journal name, or the publishing organisation / regulator. */
  readonly publisher: string;
  /** Volume, issue and pages (or article number), only where verified. */
  readonly volumePages?: string;
  /** Canonical link: the DOI link (`https://doi.org/…`, the DOI a CSV gives), PubMed, the trial registry or the regulator's own page. */
  readonly url: string;
  /** A short note shown with the citation, e.g. that the paper was later retracted. */
  readonly note?: string;
  /**
   * For a web page: the date it was last read for this content. Set on pages cited without a publication date; a
   * citation shows it ("accessed 21 November 2026") in place of `year`.
   */
  readonly accessed?: IsoDate;
}

/** When content was last checked against its sources, and when it is due to be checked again. */
export interface ReviewDates {
  readonly lastReviewed: IsoDate;
  readonly nextReview: IsoDate;
}

/** A dataset with its review dates. */
export interface Dataset<Item> extends ReviewDates {
  readonly items: readonly Item[];
  /** BCP 47 language of the content. Bundled content is English. */
  readonly language: string;
}

/** One run of inline content, rendered as text and links; never parsed as HTML. */
export type RichText = OutputOf<typeof richText>;

/** A piece of inline text: plain text, or a link (only `http:`/`https:` URLs are ever rendered as links). */
export type Inline = RichText[number];

/** A block of an answer or a description: a paragraph or a bulleted list. */
export type Block = OutputOf<typeof block>;

/** A question and its answer; a bundled one may have review dates of its own (the regulatory status). */
export interface FaqItem extends OutputOf<typeof faqItem> {
  /** Review dates of its own, for content that goes out of date sooner than the rest (regulatory status). */
  readonly review?: ReviewDates;
}

/** A percentage outcome for the MDMA arm against the comparator. `null` means "Not reported". */
export type OutcomeComparison = OutputOf<typeof outcome>;

/** How an outcome percentage is defined; each term is explained in the study table's footnotes. */
export type OutcomeTerm = OutcomeComparison['term'];

/** A study: a row of the study table. */
export type Study = OutputOf<typeof study>;

/** An arm of a study and the participants randomised to it. */
export type StudyArm = NonNullable<Study['arms']>[number];

/** A clinical trial's phase. */
export type TrialPhase = Study['phase'];

/** Short forms of a study's long text, for the summary row of the study table (see `short` in the schema). */
export type StudySummary = NonNullable<Study['short']>;

/** A step of the course: a session or the endpoint. */
export type SessionStep = OutputOf<typeof sessionStep>;

export type SessionPhase = SessionStep['phase'];

/** A safety topic: one callout; a bundled one may have review dates of its own (the regulatory status). */
export interface SafetyTopic extends OutputOf<typeof safetyTopic> {
  /** Review dates of its own, for content that goes out of date sooner than the rest (regulatory status). */
  readonly review?: ReviewDates;
}

export type Severity = SafetyTopic['severity'];

/** A crisis contact: a `tel:`, `sms:` or `https:` link with what it is and what to do. */
export type CrisisContact = NonNullable<SafetyTopic['contacts']>[number];
