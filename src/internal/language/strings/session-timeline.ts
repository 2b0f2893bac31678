import type { SessionPhase } from '../../../data/types.js';
import type { Translations } from '../localize.js';

/** The plural forms English and Spanish need: "1 session", "2 sessions". */
export type PluralForm = 'one' | 'other';

/** Interface strings of `<session-timeline>`. Numbers arrive already formatted for the language. */
export interface SessionTimelineStrings {
  /** Phase names, shown with each step, on the week axis and in compact mode. */
  phases: Record<SessionPhase, string>;
  /** "3 sessions" */
  sessionCount: (count: string, form: PluralForm) => string;
  /** The summary's time in sessions: "Time in sessions: about 37.5 hours". */
  timeInSessions: (time: string) => string;
  /** The summary's time when no session has a reported length. */
  timeNotReported: string;
  /** Added to the time when some sessions have no reported length: " (3 sessions' lengths not reported)". */
  unreportedLengths: (count: string, form: PluralForm) => string;
  /** The visually hidden prefix of each step's name: "Step 4: ". */
  stepNumber: (number: string) => string;
  /** "Week 3"; "About week 3" where the week is a typical position, not a scheduled or reported one. */
  week: (week: string, approximate?: boolean) => string;
  /** Week 0, the start of the course. */
  baselineWeek: (week: string) => string;
  /** "2 weeks before baseline" (`weeks` is already written with its unit); "About 2 weeks before baseline". */
  beforeBaseline: (weeks: string, approximate?: boolean) => string;
  /** "Weeks 4–6, 8–10 and 12–14"; `weeks` is already a formatted list. */
  weeks: (weeks: string, form: PluralForm, approximate: boolean) => string;
  /** "1–3 weeks before baseline", for a phase before baseline; `weeks` is already a formatted list of counts. */
  weeksBeforeBaseline: (weeks: string, form: PluralForm, approximate: boolean) => string;
  /** In the summary: "Main assessment: 18 weeks after baseline" (`weeks` is already written with its unit). */
  endpoint: (weeks: string) => string;
  /** After the summary, when the weeks shown are typical positions. */
  approximateWeeks: string;
  /** The disclosure that holds what the sessions of each kind share, said once for the course. */
  courseNotes: string;
  /** "about 8 hours" */
  about: (amount: string) => string;
  /** "90 minutes each" */
  each: (duration: string) => string;
  /** A session whose length the sources do not report: "Length: Not reported". */
  lengthNotReported: (notReported: string) => string;
  /** Added to a phase's lengths when some of its sessions have none reported. */
  someLengthsNotReported: string;
  /** The summary of a step's disclosure; its name follows, for screen readers only: "More about this step (Dosing session 1)". */
  moreAboutStep: string;
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
    timeInSessions: (time) => `Time in sessions: ${time}`,
    timeNotReported: 'Session lengths not reported',
    unreportedLengths: (count, form) => (form === 'one' ? ` (the length of ${count} session is not reported)` : ` (the length of ${count} sessions is not reported)`),
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
    endpoint: (weeks) => `Main assessment: ${weeks} after baseline`,
    approximateWeeks: 'Weeks are approximate: the trials report the order and spacing of the sessions, not the week each fell on.',
    courseNotes: 'About each kind of session',
    about: (amount) => `about ${amount}`,
    each: (duration) => `${duration} each`,
    lengthNotReported: (notReported) => `Length: ${notReported}`,
    someLengthsNotReported: 'some not reported',
    moreAboutStep: 'More about this step',
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
      dosing: 'Sesiones con MDMA',
      integration: 'Integración',
      endpoint: 'Evaluación principal',
    },
    sessionCount: (count, form) => (form === 'one' ? `${count} sesión` : `${count} sesiones`),
    timeInSessions: (time) => `Tiempo en sesiones: ${time}`,
    timeNotReported: 'Duración de las sesiones no informada',
    unreportedLengths: (count, form) =>
      form === 'one' ? ` (no se informa la duración de ${count} sesión)` : ` (no se informa la duración de ${count} sesiones)`,
    stepNumber: (number) => `Paso ${number}: `,
    week: (week, approximate) => (approximate ? `Hacia la semana ${week}` : `Semana ${week}`),
    baselineWeek: (week) => `Semana ${week} (evaluación basal)`,
    beforeBaseline: (weeks, approximate) => `${approximate ? 'Aproximadamente ' : ''}${weeks} antes de la evaluación basal`,
    weeks: (weeks, form, approximate) => {
      if (approximate) return form === 'one' ? `Hacia la semana ${weeks}` : `Hacia las semanas ${weeks}`;
      return form === 'one' ? `Semana ${weeks}` : `Semanas ${weeks}`;
    },
    weeksBeforeBaseline: (weeks, form, approximate) =>
      `${approximate ? 'Aproximadamente ' : ''}${weeks} ${form === 'one' ? 'semana' : 'semanas'} antes de la evaluación basal`,
    endpoint: (weeks) => `Evaluación principal: ${weeks} después de la evaluación basal`,
    approximateWeeks:
      'Las semanas son aproximadas: los ensayos indican el orden y la separación de las sesiones, no la semana de cada una.',
    courseNotes: 'Sobre cada tipo de sesión',
    about: (amount) => `aproximadamente ${amount}`,
    each: (duration) => `${duration} cada una`,
    lengthNotReported: (notReported) => `Duración: ${notReported}`,
    someLengthsNotReported: 'algunas sin informar',
    moreAboutStep: 'Más sobre este paso',
    showAll: 'Mostrar todos los pasos',
    hideAll: 'Ocultar todos los pasos',
    stepsLabel: 'Pasos del tratamiento',
    phasesLabel: 'Fases del tratamiento',
    done: 'Completado',
    current: 'Paso actual',
    axisTitle: (approximate) =>
      approximate ? 'Semanas desde la evaluación basal (aproximadas)' : 'Semanas desde la evaluación basal',
  },
};
