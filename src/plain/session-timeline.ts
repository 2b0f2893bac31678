/**
 * `<session-timeline>` as plain HTML: the course at a glance, what the sessions of each kind share (behind "About each
 * kind of session"), then every step in order, each a heading with its phase, week and length, its summary and what
 * happens in it. The week axis is a picture of the same list, and is left out. Host data replaces or extends the course.
 */
import { courseOf, isSession, type Course } from '../components/session-timeline/course.js';
import { sessions as bundledCourse } from '../data/sessions.js';
import type { SessionStep } from '../data/types.js';
import { formatNumber, formatUnit, pluralForm } from '../internal/format.js';
import { sessionsSchema } from '../internal/host-data/sessions.js';
import { localize } from '../internal/localize.js';
import { blocksHtml, escapeHtml } from '../internal/markup.js';
import { commonStrings } from '../internal/strings/common.js';
import { sessionTimelineStrings, type SessionTimelineStrings } from '../internal/strings/session-timeline.js';
import {
  classes,
  consoleMessages,
  footerHtml,
  headingLevel,
  hostItems,
  langAttribute,
  reviewNoticeHtml,
  rootHtml,
  shownReview,
  type Messages,
  type PlainContext,
} from './shared.js';

/** The course in effect, as the element resolves it: the bundled one, or the host's replacing or extending it. */
function resolveCourse(context: PlainContext, messages: Messages): Course {
  const host = hostItems<SessionStep>(context, sessionsSchema, messages);
  const bundled = bundledCourse.items.map((step) => ({ step, language: bundledCourse.language }));
  const review = shownReview(host, [bundledCourse]);
  const notes = { blocks: bundledCourse.notes, language: bundledCourse.language };
  if (!host) return courseOf(bundled, bundledCourse.sources, review, bundledCourse.endpointWeek, notes);
  // Host steps in an unstated language are in the page's: they carry no language of their own.
  const hostSteps = host.items.map((step) => ({ step, language: host.language }));
  if (host.mode === 'replace') return courseOf(hostSteps, [], review);
  const hostIds = new Set(host.items.map((step) => step.id));
  const kept = bundled.filter((entry) => !hostIds.has(entry.step.id));
  return courseOf([...kept, ...hostSteps], bundledCourse.sources, review, bundledCourse.endpointWeek, notes);
}

/** Numbers, lengths and weeks in the page's language, worded as the element words them. */
function wording(context: PlainContext) {
  const strings: SessionTimelineStrings = localize(sessionTimelineStrings, context.lang);
  const number = (value: number) => formatNumber(value, context.lang, 1);
  /** "90 minutes", "about 8 hours": minutes up to two hours, hours from there. */
  const duration = (minutes: number, approximate: boolean) => {
    const amount = minutes >= 120 ? formatUnit(minutes / 60, 'hour', context.lang, 1) : formatUnit(minutes, 'minute', context.lang, 0);
    return approximate ? strings.about(amount) : amount;
  };
  return {
    strings,
    number,
    duration,
    /** A session's length; a session without one says so, and the endpoint (a point in time) has none. */
    stepDuration: (step: SessionStep) => {
      if (step.durationMinutes !== null) return duration(step.durationMinutes, step.durationApproximate);
      return step.phase === 'endpoint' ? undefined : strings.lengthNotReported(localize(commonStrings, context.lang).notReported);
    },
    /** "Week 3", "About week 3", "About 2 weeks before baseline", "Week 0 (baseline)". */
    weekLabel: ({ week, weekApproximate = false }: SessionStep) => {
      if (week === 0) return strings.baselineWeek(number(week));
      if (week < 0) return strings.beforeBaseline(formatUnit(-week, 'week', context.lang, 1), weekApproximate);
      return strings.week(number(week), weekApproximate);
    },
  };
}

/** The course at a glance: the sessions, the time in them, when the main assessment was; then the notes said once. */
function summaryHtml(course: Course, context: PlainContext, words: ReturnType<typeof wording>): string {
  const { strings, number, duration } = words;
  const sessions = course.steps.filter(isSession).map((entry) => entry.step);
  const timed = sessions.filter((step) => step.durationMinutes !== null);
  const totalMinutes = timed.reduce((sum, step) => sum + (step.durationMinutes ?? 0), 0);
  const unreported = sessions.length - timed.length;
  const time =
    timed.length > 0
      ? strings.timeInSessions(duration(totalMinutes, timed.some((step) => step.durationApproximate))) +
        (unreported > 0 ? strings.unreportedLengths(number(unreported), pluralForm(unreported, context.lang)) : '')
      : strings.timeNotReported;
  const endpoint = course.steps.find((entry) => !isSession(entry))?.step;
  const facts = [strings.sessionCount(number(sessions.length), pluralForm(sessions.length, context.lang)), time];
  if (endpoint && endpoint.week > 0) facts.push(strings.endpoint(formatUnit(endpoint.week, 'week', context.lang, 1)));
  const approximate = course.steps.some((entry) => entry.step.weekApproximate);
  const notes = course.notes;
  return (
    `<ul${classes('facts')}>${facts.map((fact) => `<li>${escapeHtml(fact)}</li>`).join('')}</ul>` +
    (approximate ? `<p>${escapeHtml(strings.approximateWeeks)}</p>` : '') +
    (notes && notes.blocks.length > 0
      ? `<details${classes('notes')}><summary>${escapeHtml(strings.courseNotes)}</summary>` +
        `<div${langAttribute(notes.language, context)}>${blocksHtml(notes.blocks)}</div></details>`
      : '')
  );
}

/** A step: its name as a heading, its phase, week and length on one line, its summary, then what happens in it. */
function stepHtml(step: SessionStep, language: string | undefined, level: number, context: PlainContext, words: ReturnType<typeof wording>): string {
  const lang = langAttribute(language, context);
  const facts = [words.strings.phases[step.phase], words.weekLabel(step), words.stepDuration(step)].filter((fact) => fact !== undefined);
  return (
    `<li${classes('step')}>` +
    `<h${level}${lang}>${escapeHtml(step.name)}</h${level}>` +
    `<p${classes('step-facts')}>${facts.map(escapeHtml).join(' · ')}</p>` +
    `<p${lang}>${escapeHtml(step.summary)}</p>` +
    (step.details.length > 0 ? `<div${lang}>${blocksHtml(step.details)}</div>` : '') +
    `</li>`
  );
}

export function plainSessionTimeline(context: PlainContext): string {
  const messages = consoleMessages(context.tag);
  const course = resolveCourse(context, messages);
  const words = wording(context);
  const level = headingLevel(context, messages);
  const steps = course.steps.map(({ step, language }) => stepHtml(step, language, level, context, words)).join('');
  return rootHtml(
    context,
    reviewNoticeHtml(course.review, context) +
      summaryHtml(course, context, words) +
      `<ol${classes('steps')}>${steps}</ol>` +
      footerHtml(course.sourceIds, course.review, context),
  );
}
