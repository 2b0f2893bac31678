/**
 * `<session-timeline>` as plain HTML: the course at a glance, what the sessions of each kind share (behind "About each
 * kind of session"), then every step in order, each a heading with its phase, week and length, its summary and what
 * happens in it. The week axis is a picture of the same list, and is left out. Host data replaces or extends the course.
 */
import { durationLabel, isSession, resolveCourse, stepDurationLabel, weekLabel, type Course } from '../../components/session-timeline/course.js';
import { sessions as bundledCourse } from '../../data/sessions.js';
import type { SessionStep } from '../../data/types.js';
import { formatNumber, formatUnit, pluralForm } from '../language/format.js';
import { sessionsSchema } from '../host-content/sessions.js';
import { localize } from '../language/localize.js';
import { escapeHtml } from '../render/markup.js';
import { blocksHtml } from '../render/static-markup.js';
import { sessionTimelineStrings, type SessionTimelineStrings } from '../language/strings/session-timeline.js';
import { shownReview } from '../provenance/review.js';
import {
  classes,
  consoleMessages,
  footerHtml,
  headingLevel,
  hostItems,
  langAttribute,
  reviewNoticeHtml,
  rootHtml,
  type PlainContext,
  type PlainCopy,
} from './shared.js';

/** Numbers and lengths in the page's language, worded as the element words them. */
function wording(context: PlainContext) {
  const strings: SessionTimelineStrings = localize(sessionTimelineStrings, context.lang);
  const number = (value: number) => formatNumber(value, context.lang, 1);
  const duration = (minutes: number, approximate: boolean) => durationLabel(minutes, approximate, context.lang);
  return { strings, number, duration };
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
  const facts = [words.strings.phases[step.phase], weekLabel(step, context.lang), stepDurationLabel(step, context.lang)].filter(
    (fact) => fact !== undefined,
  );
  return (
    `<li${classes('step')}>` +
    `<h${level}${lang}>${escapeHtml(step.name)}</h${level}>` +
    `<p${classes('step-facts')}>${facts.map(escapeHtml).join(' · ')}</p>` +
    `<p${lang}>${escapeHtml(step.summary)}</p>` +
    (step.details.length > 0 ? `<div${lang}>${blocksHtml(step.details)}</div>` : '') +
    `</li>`
  );
}

export function plainSessionTimeline(context: PlainContext): PlainCopy {
  const messages = consoleMessages(context);
  const host = hostItems<SessionStep>(context, sessionsSchema, messages);
  const course = resolveCourse(host, shownReview(host, [bundledCourse]));
  const words = wording(context);
  const level = headingLevel(context, messages);
  const steps = course.steps.map(({ step, language }) => stepHtml(step, language, level, context, words)).join('');
  const html = rootHtml(
    context,
    reviewNoticeHtml(course.review, context) +
      summaryHtml(course, context, words) +
      `<ol${classes('steps')}>${steps}</ol>` +
      footerHtml(course.sourceIds, course.review, context),
  );
  return { html, review: course.review };
}
