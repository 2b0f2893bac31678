/**
 * Types of the bundled content. Host-supplied data has the same shapes and passes through the
 * schemas in `src/internal/host-content/` before any element renders it.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A piece of inline text: plain text, or a link (only `http:`/`https:` URLs are ever rendered as links). */
export type Inline = string | { readonly text: string; readonly href: string };

/** One run of inline content, rendered as text and links; never parsed as HTML. */
export type RichText = readonly Inline[];

/** A block of an answer or a description: a paragraph or a bulleted list. */
export type Block =
  | { readonly type: 'paragraph'; readonly content: RichText }
  | { readonly type: 'list'; readonly items: readonly RichText[] };

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

export interface FaqItem {
  /** Stable id, used in deep links (`#<id>`) and in the `questions` attribute. */
  readonly id: string;
  readonly question: string;
  readonly answer: readonly Block[];
  /** Source ids. */
  readonly sources: readonly string[];
  /** Review dates of its own, for content that goes out of date sooner than the rest (regulatory status). */
  readonly review?: ReviewDates;
}

/** How an outcome percentage is defined; each term is explained in the study table's footnotes. */
export type OutcomeTerm = 'response' | 'no-longer-meeting-criteria' | 'remission';

/** A percentage outcome for the MDMA arm against the comparator. `null` means "Not reported". */
export interface OutcomeComparison {
  readonly term: OutcomeTerm;
  /** Plain-language definition used in this study, e.g. "no longer met PTSD diagnostic criteria (CAPS-5)". */
  readonly definition: string;
  /** When it was measured, e.g. "18 weeks after baseline". */
  readonly timepoint: string;
  readonly mdmaPercent: number | null;
  readonly comparatorPercent: number | null;
  /** Counts behind the percentages, where verified, e.g. "10 of 12". */
  readonly mdmaCount?: string;
  readonly comparatorCount?: string;
}

export interface StudyArm {
  readonly label: string;
  readonly participants: number;
}

/** A clinical trial's phase. */
export type TrialPhase = 1 | 2 | 3 | 4;

/**
 * Short forms of a study's long text, for the summary row of the study table; the full text stays one step away, in the
 * row's details. Each is written from the field it shortens (never cut from it), carries no figure that field lacks,
 * and is cited by the study's sources like the rest. A field left out shows the full text.
 */
export interface StudySummary {
  /** e.g. "Moderate to severe PTSD". */
  readonly condition?: string;
  /** e.g. "Double-blind, placebo-controlled, 13 sites". */
  readonly design?: string;
  /** e.g. "Inactive placebo". */
  readonly comparator?: string;
  /** The primary outcome measure and when it was taken, e.g. "CAPS-5 change, 18 weeks". */
  readonly primaryOutcome?: string;
  /** The headline result in figures, e.g. "CAPS-5 −23.7 vs −14.8 with placebo; d = 0.7". */
  readonly result?: string;
  /** When the outcome pair was measured, with any caveat, e.g. "12-month follow-up, uncontrolled". */
  readonly outcomeTimepoint?: string;
}

export interface Study {
  readonly id: string;
  /** Short display name, e.g. "Mitchell et al. 2023 (MAPP2)". */
  readonly name: string;
  readonly year: number;
  /** The source id of the paper itself (its DOI link is the study's link). */
  readonly sourceId: string;
  readonly design: string;
  /** Trial phase, e.g. 2 or 3. */
  readonly phase: TrialPhase;
  readonly condition: string;
  /** Participants randomised; `null` if not reported. */
  readonly participants: number | null;
  /** Per-arm counts, where verified. */
  readonly arms?: readonly StudyArm[];
  readonly comparator: string;
  readonly primaryOutcome: { readonly measure: string; readonly timepoint: string };
  /** The headline result in words, with its definition and timepoint. */
  readonly headlineResult: string;
  /** The percentage pair shown (and drawn) in the table; `null` if the study reports none. */
  readonly outcome: OutcomeComparison | null;
  /** Effect size where verified, e.g. "Cohen's d = 0.91"; `null` if not reported. */
  readonly effectSize: string | null;
  /** Plain-language findings. */
  readonly findings: string;
  readonly sources: readonly string[];
  /** Short forms for the table's summary row, where the full text is too long to compare at a glance. */
  readonly short?: StudySummary;
}

export type SessionPhase = 'preparation' | 'dosing' | 'integration' | 'endpoint';

export interface SessionStep {
  readonly id: string;
  readonly phase: SessionPhase;
  /** e.g. "Preparation session 1". */
  readonly name: string;
  /** Duration in minutes; `null` for the endpoint or where not reported. */
  readonly durationMinutes: number | null;
  /** Whether the duration is approximate ("about 8 hours"). */
  readonly durationApproximate: boolean;
  /** Week of the course on which it falls, counted from baseline (week 0); negative before baseline. */
  readonly week: number;
  /** Whether `week` is a typical position rather than a reported one (the bundled course); shown as "about week N". */
  readonly weekApproximate?: boolean;
  /** One-line summary shown collapsed. */
  readonly summary: string;
  /** What happens, shown expanded. */
  readonly details: readonly Block[];
  readonly sources: readonly string[];
}

export type Severity = 'information' | 'warning' | 'urgent';

export interface CrisisContact {
  /** e.g. "988 Suicide & Crisis Lifeline". */
  readonly name: string;
  /** What to do, e.g. "Call or text 988". */
  readonly action: string;
  /** A `tel:`, `sms:` or `https:` link. */
  readonly href: string;
}

export interface SafetyTopic {
  readonly id: string;
  readonly severity: Severity;
  readonly heading: string;
  /** What is always shown: at most about 60 words in 3 sentences, the most important first. */
  readonly body: readonly Block[];
  /** The rest, behind a disclosure named by `moreLabel` ("More about the health risks"). */
  readonly more?: readonly Block[];
  /** The name of the disclosure that holds `more`. */
  readonly moreLabel?: string;
  readonly sources: readonly string[];
  /** Accepted in host data written for 0.2; not shown (provenance shows in the citations). */
  readonly addedContent?: boolean;
  /** Accepted in host data written for 0.2; not shown (the footer gives the review date, once). */
  readonly asOf?: IsoDate;
  /** Crisis contacts, for the crisis-support topic; a host outside the US swaps these through data. */
  readonly contacts?: readonly CrisisContact[];
  /** Region the contacts serve, e.g. "United States". */
  readonly region?: string;
  /** Review dates of its own, for content that goes out of date sooner than the rest (regulatory status). */
  readonly review?: ReviewDates;
}
