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
  /** "Week 3" */
  week: (week: string) => string;
  /** Week 0, the start of the course. */
  baselineWeek: (week: string) => string;
  /** "Weeks 4–6, 8–10 and 12–14"; `weeks` is already a formatted list. */
  weeks: (weeks: string, form: PluralForm) => string;
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
  axisTitle: string;
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
    week: (week) => `Week ${week}`,
    baselineWeek: (week) => `Week ${week} (baseline)`,
    weeks: (weeks, form) => (form === 'one' ? `Week ${weeks}` : `Weeks ${weeks}`),
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
    axisTitle: 'Weeks from baseline',
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
    week: (week) => `Semana ${week}`,
    baselineWeek: (week) => `Semana ${week} (inicio)`,
    weeks: (weeks, form) => (form === 'one' ? `Semana ${weeks}` : `Semanas ${weeks}`),
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
    axisTitle: 'Semanas desde el inicio',
  },
};
