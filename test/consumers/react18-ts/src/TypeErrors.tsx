// What the types refuse. Not part of the page: `tsc -b` checks this file, and each `@ts-expect-error` fails the build
// if the element below it stops being an error.
import { MdmaFaq, StudyTable } from 'mdma-therapy-widgets/react.js';

export const refused = (
  <>
    {/* @ts-expect-error: an answer is a list of paragraphs or blocks, not one string */}
    <MdmaFaq data={[{ id: 'booking', question: 'How do I book?', answer: 'Call us.' }]} />
    {/* @ts-expect-error: heading levels are 2 to 6 */}
    <MdmaFaq headingLevel={1} />
    {/* @ts-expect-error: the result column does not sort */}
    <StudyTable sort="result" />
    {/* @ts-expect-error: the sort's detail names a column, not a step */}
    <StudyTable onStudyTableSort={(event) => event.detail.stepId} />
  </>
);
