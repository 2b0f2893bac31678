/**
 * React components for the elements, made with `@lit/react`: for React 18, which sets every prop as an attribute
 * and cannot listen to custom events, and for anyone who prefers typed components to tags. Importing this module
 * registers the elements under their default names. React 19 users can also write the tags themselves. It needs `react`
 * and `@lit/react`, optional peer dependencies of the package that its users install (`npm install @lit/react`).
 *
 *   import { MdmaFaq } from 'mdma-therapy-widgets/react.js';
 *   <MdmaFaq searchable headingLevel={2} data={questions} onMdmaFaqToggle={(event) => count(event.detail.id)} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { NoEvents } from './frameworks.js';
import { MdmaFaq as MdmaFaqElement, type MdmaFaqEventMap } from './components/mdma-faq/mdma-faq.js';
import { MdmaWidgetsProvider as MdmaWidgetsProviderElement } from './components/mdma-widgets-provider/mdma-widgets-provider.js';
import { SafetyCallout as SafetyCalloutElement } from './components/safety-callout/safety-callout.js';
import {
  SessionTimeline as SessionTimelineElement,
  type SessionTimelineEventMap,
} from './components/session-timeline/session-timeline.js';
import { StudyTable as StudyTableElement, type StudyTableEventMap } from './components/study-table/study-table.js';

/** `study-table-toggle` → `StudyTableToggle`. */
type PascalCase<Name extends string> = Name extends `${infer Word}-${infer Rest}` ? `${Capitalize<Word>}${PascalCase<Rest>}` : Capitalize<Name>;

/** Every event of an element under its handler prop, `onStudyTableToggle` for `study-table-toggle`, and nothing else. */
type Handlers<EventMap> = { readonly [Type in keyof EventMap & string as `on${PascalCase<Type>}`]: Type };

/** The same, typed as `@lit/react` takes it, so each handler receives its event's type. */
type HeardEvents<EventMap> = {
  readonly [Type in keyof EventMap & string as `on${PascalCase<Type>}`]: EventMap[Type] extends Event ? EventName<EventMap[Type]> : never;
};

/**
 * The `events` option of a component: the type asks for every event in the element's event map, each under its own
 * name, so an event added to an element and not to its component fails to compile instead of never reaching React 18.
 */
const heard = <EventMap>(events: Handlers<EventMap>): HeardEvents<EventMap> => events as unknown as HeardEvents<EventMap>;

/** `<mdma-faq>`: questions and answers. `onMdmaFaqToggle` hears `mdma-faq-toggle`. */
export const MdmaFaq = createComponent({
  react: React,
  tagName: 'mdma-faq',
  elementClass: MdmaFaqElement,
  events: heard<MdmaFaqEventMap>({ onMdmaFaqToggle: 'mdma-faq-toggle' }),
  displayName: 'MdmaFaq',
});

/**
 * `<study-table>`: the clinical studies. `onStudyTableSort` hears `study-table-sort`; `onStudyTableToggle` hears
 * `study-table-toggle`.
 */
export const StudyTable = createComponent({
  react: React,
  tagName: 'study-table',
  elementClass: StudyTableElement,
  events: heard<StudyTableEventMap>({ onStudyTableSort: 'study-table-sort', onStudyTableToggle: 'study-table-toggle' }),
  displayName: 'StudyTable',
});

/** `<session-timeline>`: the course of sessions. `onSessionTimelineToggle` hears `session-timeline-toggle`. */
export const SessionTimeline = createComponent({
  react: React,
  tagName: 'session-timeline',
  elementClass: SessionTimelineElement,
  events: heard<SessionTimelineEventMap>({ onSessionTimelineToggle: 'session-timeline-toggle' }),
  displayName: 'SessionTimeline',
});

/** `<safety-callout>`: safety messages. It sends no events. */
export const SafetyCallout = createComponent({
  react: React,
  tagName: 'safety-callout',
  elementClass: SafetyCalloutElement,
  events: heard<NoEvents>({}),
  displayName: 'SafetyCallout',
});

/** `<mdma-widgets-provider>`: theme and host data for every widget inside it. */
export const MdmaWidgetsProvider = createComponent({
  react: React,
  tagName: 'mdma-widgets-provider',
  elementClass: MdmaWidgetsProviderElement,
  events: heard<NoEvents>({}),
  displayName: 'MdmaWidgetsProvider',
});
