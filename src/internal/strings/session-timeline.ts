import type { SessionPhase } from '../../data/types.js';
import type { Translations } from '../localize.js';

/** The plural forms English and Spanish need: "1 session", "2 sessions". */
export type PluralForm = 'one' | 'other';

/** Interface strings of `<session-timeline>`. Numbers arrive already formatted for the language. */
export interface SessionTimelineStrings {
  /** Phase names, shown with each step, on the week axis and in compact mode. */
  phases: Record<SessionPhase, string>;
  /** "3 sessions" */
  sessionCount: (count: string, form: PluralForm) => string;
  /**
   * The summary line: "15 sessions; about 37.5 hours in sessions". `weeks` (the span of the axis) is not part of the
   * sentence: with sessions before baseline it is not the length of the course, and the week positions may be schematic.
   */
  summary: (parts: { sessions: string; weeks: string; time: string }) => string;
  /** The summary line when no session has a reported length. */
  summaryWithoutTime: (parts: { sessions: string; weeks: string }) => string;
  /** Appended to the summary when some sessions have no reported length. */
  unreportedLengths: (count: string, form: PluralForm) => string;
  /** The visually hidden prefix of each step's name: "Step 4: ". */
  stepNumber: (number: string) => string;
  /** "Week 3"; "About week 3" where the week is a typical position, not a scheduled or reported one. */
  week: (week: string, approximate: boolean) => string;
  /** Week 0, the start of the course. */
  baselineWeek: (week: string) => string;
  /** "2 weeks before baseline" (`weeks` is already written with its unit); "About 2 weeks before baseline". */
  beforeBaseline: (weeks: string, approximate: boolean) => string;
  /** "Weeks 4–6, 8–10 and 12–14"; `weeks` is already a formatted list. */
  weeks: (weeks: string, form: PluralForm, approximate: boolean) => string;
  /** "1–3 weeks before baseline", for a phase before baseline; `weeks` is already a formatted list of counts. */
  weeksBeforeBaseline: (weeks: string, form: PluralForm, approximate: boolean) => string;
  /** After the summary: "Endpoint: 18 weeks after baseline." (`weeks` is already written with its unit). */
  endpoint: (weeks: string) => string;
  /** After the summary, when the weeks shown are typical positions. */
  approximateWeeks: string;
  /** "about 8 hours" */
  about: (amount: string) => string;
  /** "90 minutes each" */
  each: (duration: string) => string;
  /** A session whose length the sources do not report: "Length: Not reported". */
  lengthNotReported: (notReported: string) => string;
  /** Added to a phase's lengths when some of its sessions have none reported. */
  someLengthsNotReported: string;
  showAll: string;
  hideAll: string;
  /** The accessible name of the list of steps. */
  stepsLabel: string;
  /** The accessible name of the list of phases in compact mode. */
  phasesLabel: string;
  /** Badge of the steps before the current one. */
  done: string;
  /** Badge of the current step. */
  current: string;
  /** Title of the week axis (a picture; the list carries the same content). */
  axisTitle: (approximate: boolean) => string;
}

export const sessionTimelineStrings: Translations<SessionTimelineStrings> = {
  en: {
    phases: {
      preparation: 'Preparation',
      dosing: 'Dosing',
      integration: 'Integration',
      endpoint: 'Endpoint',
    },
    sessionCount: (count, form) => (form === 'one' ? `${count} session` : `${count} sessions`),
    summary: ({ sessions, time }) => `${sessions}; ${time} in sessions`,
    summaryWithoutTime: ({ sessions }) => `${sessions}; session lengths not reported`,
    unreportedLengths: (count, form) =>
      form === 'one' ? `, plus ${count} session whose length is not reported` : `, plus ${count} sessions whose length is not reported`,
    stepNumber: (number) => `Step ${number}: `,
    week: (week, approximate) => (approximate ? `About week ${week}` : `Week ${week}`),
    baselineWeek: (week) => `Week ${week} (baseline)`,
    beforeBaseline: (weeks, approximate) => `${approximate ? 'About ' : ''}${weeks} before baseline`,
    weeks: (weeks, form, approximate) => {
      const label = form === 'one' ? `week ${weeks}` : `weeks ${weeks}`;
      return approximate ? `About ${label}` : `${label[0]!.toUpperCase()}${label.slice(1)}`;
    },
    weeksBeforeBaseline: (weeks, form, approximate) =>
      `${approximate ? 'About ' : ''}${weeks} ${form === 'one' ? 'week' : 'weeks'} before baseline`,
    endpoint: (weeks) => `Endpoint: ${weeks} after baseline.`,
    approximateWeeks: 'Weeks are approximate: the trials report the order and spacing of the sessions, not the week each fell on.',
    about: (amount) => `about ${amount}`,
    each: (duration) => `${duration} each`,
    lengthNotReported: (notReported) => `Length: ${notReported}`,
    someLengthsNotReported: 'some not reported',
    showAll: 'Show all steps',
    hideAll: 'Hide all steps',
    stepsLabel: 'Steps of the treatment course',
    phasesLabel: 'Phases of the treatment course',
    done: 'Done',
    current: 'Current step',
    axisTitle: (approximate) => (approximate ? 'Weeks from baseline (approximate)' : 'Weeks from baseline'),
  },
  es: {
    phases: {
      preparation: 'Preparación',
      dosing: 'Dosificación',
      integration: 'Integración',
      endpoint: 'Evaluación final',
    },
    sessionCount: (count, form) => (form === 'one' ? `${count} sesión` : `${count} sesiones`),
    summary: ({ sessions, time }) => `${sessions}; ${time} de sesión`,
    summaryWithoutTime: ({ sessions }) => `${sessions}; duración de las sesiones no informada`,
    unreportedLengths: (count, form) =>
      form === 'one'
        ? `, más ${count} sesión cuya duración no se informa`
        : `, más ${count} sesiones cuya duración no se informa`,
    stepNumber: (number) => `Paso ${number}: `,
    week: (week, approximate) => (approximate ? `Hacia la semana ${week}` : `Semana ${week}`),
    baselineWeek: (week) => `Semana ${week} (inicio)`,
    beforeBaseline: (weeks, approximate) => `${approximate ? 'Aproximadamente ' : ''}${weeks} antes del inicio`,
    weeks: (weeks, form, approximate) => {
      if (approximate) return form === 'one' ? `Hacia la semana ${weeks}` : `Hacia las semanas ${weeks}`;
      return form === 'one' ? `Semana ${weeks}` : `Semanas ${weeks}`;
    },
    weeksBeforeBaseline: (weeks, form, approximate) =>
      `${approximate ? 'Aproximadamente ' : ''}${weeks} ${form === 'one' ? 'semana' : 'semanas'} antes del inicio`,
    endpoint: (weeks) => `Evaluación final: ${weeks} después del inicio.`,
    approximateWeeks:
      'Las semanas son aproximadas: los ensayos indican el orden y la separación de las sesiones, no la semana de cada una.',
    about: (amount) => `aproximadamente ${amount}`,
    each: (duration) => `${duration} cada una`,
    lengthNotReported: (notReported) => `Duración: ${notReported}`,
    someLengthsNotReported: 'algunas sin informar',
    showAll: 'Mostrar todos los pasos',
    hideAll: 'Ocultar todos los pasos',
    stepsLabel: 'Pasos del tratamiento',
    phasesLabel: 'Fases del tratamiento',
    done: 'Hecho',
    current: 'Paso actual',
    axisTitle: (approximate) => (approximate ? 'Semanas desde el inicio (aproximadas)' : 'Semanas desde el inicio'),
  },
};
