// A clinic's page as a React 19 + TypeScript user writes it: one import registers the elements and types their tags.
import 'mdma-therapy-widgets';
import type { FaqData, MdmaFaq, ProviderData, StudyTableSortDetail } from 'mdma-therapy-widgets';
import { useEffect, useRef, useState } from 'react';
import { Wrapped } from './Wrapped.tsx';

/** The clinic's own question after the bundled ones; the shorthand answer is one paragraph. */
const clinicQuestions: FaqData = {
  mode: 'extend',
  items: [{ id: 'clinic-booking', question: 'How do I book an assessment with the clinic?', answer: ['Call the front desk on a weekday.'] }],
};

/** Host data for the widgets inside the provider: the clinic's words added after a bundled safety topic. */
const providerData: ProviderData = {
  safety: {
    mode: 'extend',
    items: [{ id: 'clinical-setting', severity: 'information', heading: 'At our clinic', body: ['Ask our team which treatments we offer.'] }],
  },
};

export function App() {
  const [toggles, setToggles] = useState<string[]>([]);
  const [sorts, setSorts] = useState<StudyTableSortDetail[]>([]);
  const [steps, setSteps] = useState<string[]>([]);
  const faq = useRef<MdmaFaq>(null);
  const [questionCount, setQuestionCount] = useState(0);

  useEffect(() => {
    // The ref is the element itself, typed: its render is awaited through Lit's own API.
    void faq.current?.updateComplete.then(() => {
      setQuestionCount(faq.current?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0);
    });
  }, []);

  return (
    <main>
      <h1>MDMA-assisted therapy at our clinic</h1>
      <mdma-faq
        ref={faq}
        id="native-faq"
        className="clinic-faq"
        searchable
        heading-level="2"
        data={clinicQuestions}
        onmdma-faq-toggle={(event) => {
          const { id, open, trigger } = event.detail;
          setToggles((list) => [...list, `${id} ${open ? 'opened' : 'closed'} by ${trigger}`]);
        }}
      />
      <p>
        Questions shown: <output id="question-count">{questionCount}</output>
      </p>
      <p>
        Answers toggled: <output id="faq-toggles">{toggles.join('; ')}</output>
      </p>

      <study-table
        id="native-studies"
        columns="study participants outcome"
        sort="participants"
        sort-direction="descending"
        page-size={10}
        onstudy-table-sort={(event) => setSorts((list) => [...list, event.detail])}
      />
      <p>
        Sorted by: <output id="study-sorts">{sorts.map(({ column, direction }) => `${column} ${direction}`).join('; ')}</output>
      </p>

      <mdma-widgets-provider theme="dark" data={providerData}>
        <session-timeline
          id="native-timeline"
          current="dosing-2"
          orientation="vertical"
          headingLevel={3}
          onsession-timeline-toggle={(event) => setSteps((list) => [...list, `${event.detail.stepId} ${event.detail.open}`])}
        />
        <safety-callout id="native-callout" topic="clinical-setting adulteration" severity="warning" heading-level={2} />
      </mdma-widgets-provider>
      <p>
        Steps toggled: <output id="timeline-toggles">{steps.join('; ')}</output>
      </p>

      <clinic-faq id="renamed-faq" questions="clinic-booking" data={clinicQuestions} heading-level="3" />

      <Wrapped />
    </main>
  );
}
