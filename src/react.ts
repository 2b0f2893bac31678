/**
 * React components for the elements, made with `@lit/react`: for React 18, which sets every prop as an attribute
 * and cannot listen to custom events, and for anyone who prefers typed components to tags. Importing this module
 * registers the elements under their default names. React 19 users can also write the tags themselves.
 *
 *   import { MdmaFaq } from 'mdma-therapy-widgets/react.js';
 *   <MdmaFaq searchable headingLevel={2} data={questions} onMdmaFaqToggle={(event) => count(event.detail.id)} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MdmaFaq as MdmaFaqElement, type MdmaFaqEventMap } from './components/mdma-faq/mdma-faq.js';
import { MdmaWidgetsProvider as MdmaWidgetsProviderElement } from './components/mdma-widgets-provider/mdma-widgets-provider.js';
import { SafetyCallout as SafetyCalloutElement } from './components/safety-callout/safety-callout.js';
import {
  SessionTimeline as SessionTimelineElement,
  type SessionTimelineEventMap,
} from './components/session-timeline/session-timeline.js';
import { StudyTable as StudyTableElement, type StudyTableEventMap } from './components/study-table/study-table.js';

/** `<mdma-faq>`: questions and answers. `onMdmaFaqToggle` hears `mdma-faq-toggle`. */
export const MdmaFaq = createComponent({
  react: React,
  tagName: 'mdma-faq',
  elementClass: MdmaFaqElement,
  events: { onMdmaFaqToggle: 'mdma-faq-toggle' as EventName<MdmaFaqEventMap['mdma-faq-toggle']> },
  displayName: 'MdmaFaq',
});

/** `<study-table>`: the clinical studies. `onStudyTableSort` hears `study-table-sort`. */
export const StudyTable = createComponent({
  react: React,
  tagName: 'study-table',
  elementClass: StudyTableElement,
  events: { onStudyTableSort: 'study-table-sort' as EventName<StudyTableEventMap['study-table-sort']> },
  displayName: 'StudyTable',
});

/** `<session-timeline>`: the course of sessions. `onSessionTimelineToggle` hears `session-timeline-toggle`. */
export const SessionTimeline = createComponent({
  react: React,
  tagName: 'session-timeline',
  elementClass: SessionTimelineElement,
  events: { onSessionTimelineToggle: 'session-timeline-toggle' as EventName<SessionTimelineEventMap['session-timeline-toggle']> },
  displayName: 'SessionTimeline',
});

/** `<safety-callout>`: safety messages. It sends no events. */
export const SafetyCallout = createComponent({
  react: React,
  tagName: 'safety-callout',
  elementClass: SafetyCalloutElement,
  displayName: 'SafetyCallout',
});

/** `<mdma-widgets-provider>`: theme and host data for every widget inside it. */
export const MdmaWidgetsProvider = createComponent({
  react: React,
  tagName: 'mdma-widgets-provider',
  elementClass: MdmaWidgetsProviderElement,
  displayName: 'MdmaWidgetsProvider',
});
