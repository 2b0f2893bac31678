// A clinic's page in React 18, which sets every prop on a custom element as an attribute and cannot listen to its
// events: the components of `mdma-therapy-widgets/react.js` set properties and take typed event handlers.
import type { FaqData, StudyTableSortDetail, StudyTableToggleDetail } from 'mdma-therapy-widgets';
import { MdmaFaq, MdmaWidgetsProvider, SafetyCallout, SessionTimeline, StudyTable } from 'mdma-therapy-widgets/react.js';
import { useState } from 'react';

/** The clinic's own question after the bundled ones; the shorthand answer is one paragraph. */
const clinicQuestions: FaqData = {
  mode: 'extend',
  items: [{ id: 'clinic-booking', question: 'How do I book an assessment with the clinic?', answer: ['Call the front desk on a weekday.'] }],
};

export function App() {
  const [toggles, setToggles] = useState<string[]>([]);
  const [sorts, setSorts] = useState<StudyTableSortDetail[]>([]);
  const [details, setDetails] = useState<StudyTableToggleDetail[]>([]);
  return (
    <main>
      <h1>MDMA-assisted therapy at our clinic</h1>
      <MdmaFaq
        id="faq"
        questions={['is-it-safe', 'clinic-booking']}
        headingLevel={2}
        searchable={false}
        data={clinicQuestions}
        onMdmaFaqToggle={(event) => setToggles((list) => [...list, `${event.detail.id} ${event.detail.open ? 'opened' : 'closed'}`])}
      />
      <p>
        Answers toggled: <output id="faq-toggles">{toggles.join('; ')}</output>
      </p>
      <StudyTable
        id="studies"
        phase={[3]}
        sortDirection="descending"
        sort="participants"
        onStudyTableSort={(event) => setSorts((list) => [...list, event.detail])}
        onStudyTableToggle={(event) => setDetails((list) => [...list, event.detail])}
      />
      <p>
        Sorted by: <output id="study-sorts">{sorts.map(({ column, direction }) => `${column} ${direction}`).join('; ')}</output>
      </p>
      <p>
        Details opened and closed: <output id="study-details">{details.map(({ id, open }) => `${id} ${open ? 'opened' : 'closed'}`).join('; ')}</output>
      </p>
      <MdmaWidgetsProvider theme="dark">
        <SessionTimeline id="timeline" compact />
        <SafetyCallout id="callout" topic={['clinical-setting', 'adulteration']} headingLevel={3} />
      </MdmaWidgetsProvider>
    </main>
  );
}
