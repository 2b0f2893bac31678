// What the types refuse. Not part of the page: `tsc -b` checks this file, and each `@ts-expect-error` fails the build
// if the element below it stops being an error.
import 'mdma-therapy-widgets';
import './names.ts';
import { MdmaFaq } from 'mdma-therapy-widgets/react.js';

export const refused = (
  <>
    {/* @ts-expect-error: an answer is a list of paragraphs or blocks, not one string */}
    <mdma-faq data={[{ id: 'booking', question: 'How do I book?', answer: 'Call us.' }]} />
    {/* @ts-expect-error: studies are not questions */}
    <mdma-faq data={{ items: [{ id: 'study', name: 'A study', year: 2020, phase: 3 }] }} />
    {/* @ts-expect-error: heading levels are 2 to 6 */}
    <mdma-faq heading-level={1} />
    {/* @ts-expect-error: the participants column sorts, the result column does not */}
    <study-table sort="result" />
    {/* @ts-expect-error: a study's phase is 1 to 4 */}
    <study-table data={[{ id: 'x', name: 'X', year: 2020, sourceId: 'x', design: 'x', phase: 5, condition: 'x', comparator: 'x', primaryOutcome: { measure: 'x', timepoint: 'x' }, headlineResult: 'x', findings: 'x' }]} />
    {/* @ts-expect-error: the detail names the step as stepId */}
    <session-timeline onsession-timeline-toggle={(event) => event.detail.id} />
    {/* @ts-expect-error: a severity is information, warning or urgent */}
    <safety-callout severity="danger" />
    {/* @ts-expect-error: the provider takes data by kind: faq, studies, sessions, safety */}
    <mdma-widgets-provider data={{ questions: [] }} />
    {/* @ts-expect-error: the ref of an FAQ holds an FAQ, not a study table */}
    <mdma-faq ref={{ current: document.createElement('study-table') }} />
    {/* @ts-expect-error: a second name has the first one's types */}
    <clinic-faq heading-level={1} />
    {/* @ts-expect-error: the component's handler receives the toggle, whose detail has no step */}
    <MdmaFaq onMdmaFaqToggle={(event) => event.detail.stepId} />
  </>
);
