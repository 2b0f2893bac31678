/**
 * The course a timeline shows, as plain data: its steps in the order they run, and where each sits on the week axis.
 * No DOM and no Lit: the element renders what these functions compute, and the tests call them directly.
 */
import { sessions as bundledCourse } from '../../data/sessions.js';
import type { Block, SessionPhase, SessionStep } from '../../data/types.js';
import { formatNumber, formatUnit } from '../../internal/language/format.js';
import { mergeItems } from '../../internal/host-content/merge.js';
import type { HostItems } from '../../internal/host-content/schema.js';
import { localize } from '../../internal/language/localize.js';
import type { ShownReview } from '../../internal/provenance/review.js';
import { commonStrings } from '../../internal/language/strings/common.js';
import { sessionTimelineStrings } from '../../internal/language/strings/session-timeline.js';

/** The phases that hold sessions, in the order a course runs through them; the endpoint is not a session. */
export const sessionPhases = ['preparation', 'dosing', 'integration'] as const satisfies readonly SessionPhase[];

export type SessionPhaseName = (typeof sessionPhases)[number];

/** One step as it will be shown: its content and the language that content is in (undefined: the page's). */
export interface TimelineStep {
  readonly step: SessionStep;
  readonly language: string | undefined;
}

/** The course in effect, bundled or the host's, in the order it runs. */
export interface Course {
  readonly steps: readonly TimelineStep[];
  /** What the sessions of each kind share, said once for the course (the bundled course's), in its language. */
  readonly notes?: { readonly blocks: readonly Block[]; readonly language: string | undefined };
  readonly sourceIds: readonly string[];
  readonly review: ShownReview;
  /** The axis runs from the earliest step (or baseline, week 0) to the endpoint (or the latest step). */
  readonly firstWeek: number;
  readonly lastWeek: number;
}

export const isSession = (entry: TimelineStep): boolean => entry.step.phase !== 'endpoint';

/** Steps in the order the course runs: by week, keeping the given order within a week, the endpoint last. */
export function chronological(steps: readonly TimelineStep[]): TimelineStep[] {
  const rank = (entry: TimelineStep) => (entry.step.phase === 'endpoint' ? 1 : 0);
  return [...steps].sort((a, b) => a.step.week - b.step.week || rank(a) - rank(b));
}

export function courseOf(
  steps: readonly TimelineStep[],
  courseSources: readonly string[],
  review: ShownReview,
  endpointWeek = 0,
  notes?: Course['notes'],
): Course {
  const ordered = chronological(steps);
  const weeks = ordered.map((entry) => entry.step.week);
  const firstWeek = Math.min(0, ...weeks);
  // An axis needs a length even for a course that fits in one week.
  const lastWeek = Math.max(firstWeek + 1, endpointWeek, ...weeks);
  const sourceIds = [...courseSources, ...ordered.flatMap((entry) => entry.step.sources)];
  return { steps: ordered, notes, sourceIds, review, firstWeek, lastWeek };
}

/**
 * The course in effect: the bundled one, or the host's replacing it, or extending it (a host step with a bundled step's
 * id takes its place; the course then runs by week).
 */
export function resolveCourse(host: HostItems<SessionStep> | undefined, review: ShownReview): Course {
  const bundled = bundledCourse.items.map((step) => ({ step, language: bundledCourse.language }));
  const notes = { blocks: bundledCourse.notes, language: bundledCourse.language };
  if (!host) return courseOf(bundled, bundledCourse.sources, review, bundledCourse.endpointWeek, notes);
  // Host steps in an unstated language are in the page's: they carry no language of their own.
  const hostSteps = host.items.map((step) => ({ step, language: host.language }));
  if (host.mode !== 'extend') return courseOf(hostSteps, [], review);
  return courseOf(mergeItems(bundled, hostSteps, host.mode, (entry) => entry.step.id), bundledCourse.sources, review, bundledCourse.endpointWeek, notes);
}

/** "90 minutes", "about 8 hours": minutes up to two hours, hours from there. */
export function durationLabel(minutes: number, approximate: boolean, lang: string): string {
  const amount = minutes >= 120 ? formatUnit(minutes / 60, 'hour', lang, 1) : formatUnit(minutes, 'minute', lang, 0);
  return approximate ? localize(sessionTimelineStrings, lang).about(amount) : amount;
}

/** A step's length; a session without one says so, and the endpoint (a point in time) has none. */
export function stepDurationLabel(step: SessionStep, lang: string): string | undefined {
  if (step.durationMinutes !== null) return durationLabel(step.durationMinutes, step.durationApproximate, lang);
  if (step.phase === 'endpoint') return undefined;
  return localize(sessionTimelineStrings, lang).lengthNotReported(localize(commonStrings, lang).notReported);
}

/** "Week 3", "About week 3", "About 2 weeks before baseline", "Week 0 (baseline)". */
export function weekLabel({ week, weekApproximate }: SessionStep, lang: string): string {
  const strings = localize(sessionTimelineStrings, lang);
  if (week === 0) return strings.baselineWeek(formatNumber(week, lang, 1));
  if (week < 0) return strings.beforeBaseline(formatUnit(-week, 'week', lang, 1), weekApproximate);
  return strings.week(formatNumber(week, lang, 1), weekApproximate);
}

/** Whole weeks in runs, so the weeks of a phase read "4–6, 8–10 and 12–14" rather than nine numbers. */
export function weekRuns(weeks: readonly number[]): Array<readonly [number, number]> {
  const runs: Array<[number, number]> = [];
  for (const week of [...new Set(weeks)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && Number.isInteger(week) && Number.isInteger(last[1]) && week === last[1] + 1) last[1] = week;
    else runs.push([week, week]);
  }
  return runs;
}

/** The interval between labelled weeks on the axis, so that about ten labels fit: 1, 2, 3, 4, 5, 6, 8, 10, ... */
export function labelInterval(span: number): number {
  const target = span / 10;
  return [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 50].find((interval) => interval >= target) ?? Math.ceil(target);
}

/** A session's marker on the axis: how far along (0–100), its phase's lane, and its place among same-week sessions. */
export interface AxisMarker {
  readonly index: number;
  readonly stepId: string;
  readonly phase: SessionPhaseName;
  readonly at: number;
  readonly lane: number;
  readonly stack: number;
}

/** A labelled week on the axis. */
export interface AxisTick {
  readonly week: number;
  readonly at: number;
  /** The endpoint falls on this week. */
  readonly endpoint: boolean;
  /** Left out where a horizontal axis is short: every other label, counting back from the end, keeping the first. */
  readonly alternate: boolean;
}

export interface AxisLayout {
  readonly span: number;
  /** The phases with sessions, one lane each, in course order. */
  readonly lanes: readonly SessionPhaseName[];
  readonly markers: readonly AxisMarker[];
  readonly ticks: readonly AxisTick[];
  /** Where the endpoint lines are drawn (0–100). */
  readonly endpoints: readonly number[];
  /** How far the course has come (0–100), up to the current step; undefined with no current step. */
  readonly progress?: number;
}

/** Where everything on the week axis goes, as percentages of its length. */
export function axisLayout(course: Course, currentIndex: number): AxisLayout {
  const { steps, firstWeek, lastWeek } = course;
  const span = lastWeek - firstWeek;
  const at = (week: number) => ((week - firstWeek) / span) * 100;
  const lanes = sessionPhases.filter((phase) => steps.some((entry) => entry.step.phase === phase));
  const endpointWeeks = new Set(steps.filter((entry) => !isSession(entry)).map((entry) => entry.step.week));

  // Sessions of one phase in the same week sit side by side across the lane instead of on top of each other.
  const stacked = new Map<string, number>();
  const markers: AxisMarker[] = [];
  steps.forEach((entry, index) => {
    const { phase, week, id } = entry.step;
    if (phase === 'endpoint') return;
    const key = `${phase} ${week}`;
    const stack = stacked.get(key) ?? 0;
    stacked.set(key, stack + 1);
    markers.push({ index, stepId: id, phase, at: at(week), lane: lanes.indexOf(phase), stack });
  });

  const interval = labelInterval(span);
  const weeks: number[] = [];
  for (let week = Math.ceil(firstWeek / interval) * interval; week <= lastWeek; week += interval) {
    // A regular label too close to an endpoint label would overlap it.
    if (![...endpointWeeks].some((endpoint) => endpoint !== week && Math.abs(endpoint - week) < interval)) weeks.push(week);
  }
  for (const endpoint of endpointWeeks) if (!weeks.includes(endpoint)) weeks.push(endpoint);
  weeks.sort((a, b) => a - b);
  const ticks = weeks.map((week, index) => ({
    week,
    at: at(week),
    endpoint: endpointWeeks.has(week),
    alternate: index > 0 && (weeks.length - 1 - index) % 2 === 1,
  }));

  const progress = currentIndex >= 0 ? at(steps[currentIndex]!.step.week) : undefined;
  return { span, lanes, markers, ticks, endpoints: [...endpointWeeks].map(at), ...(progress !== undefined && { progress }) };
}
