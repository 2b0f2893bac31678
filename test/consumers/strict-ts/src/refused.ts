// What the types refuse. Not part of the page (nothing imports this file): `tsc` checks it, and each
// `@ts-expect-error` fails the build if the line below it stops being an error.
import type { MdmaFaq, SafetyCallout, SessionTimeline, StudyData, StudyTable } from 'mdma-therapy-widgets';

export function refused(questions: MdmaFaq, table: StudyTable, timeline: SessionTimeline, callout: SafetyCallout, studies: StudyData): void {
  // @ts-expect-error: an answer is a list of paragraphs or blocks, not one string
  questions.data = [{ id: 'a', question: 'A question?', answer: 'One string.' }];
  // @ts-expect-error: study data is not FAQ data
  questions.data = studies;
  // @ts-expect-error: the result column does not sort
  table.sort = 'result';
  // @ts-expect-error: a severity is information, warning or urgent
  callout.severity = 'danger';
  // @ts-expect-error: heading levels are 2 to 6
  timeline.headingLevel = 7;
  // @ts-expect-error: the toggle's detail names its question `id`
  window.addEventListener('mdma-faq-toggle', (event) => event.detail.stepId);
  // @ts-expect-error: a second name is typed like the first
  document.querySelector('article-faq')!.headingLevel = 7;
  // @ts-expect-error: the sort's detail has no step
  document.addEventListener('study-table-sort', (event) => event.detail.stepId);
}
