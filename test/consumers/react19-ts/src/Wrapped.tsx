// The same widgets through the React components of `mdma-therapy-widgets/react.js`, as a React 18 user writes them:
// camelCase props, objects as properties, and `on<EventName>` handlers.
import { useState } from 'react';
import { MdmaFaq, SafetyCallout, SessionTimeline, StudyTable } from 'mdma-therapy-widgets/react.js';

export function Wrapped() {
  const [toggles, setToggles] = useState<string[]>([]);
  const [sorts, setSorts] = useState<string[]>([]);
  return (
    <section>
      <h2>Through the React components</h2>
      <MdmaFaq
        id="wrapped-faq"
        questions={['is-it-safe', 'what-dose-is-used']}
        headingLevel={3}
        exclusive
        onMdmaFaqToggle={(event) => setToggles((list) => [...list, `${event.detail.id} ${event.detail.open}`])}
      />
      <p>
        Answers toggled: <output id="wrapped-faq-toggles">{toggles.join('; ')}</output>
      </p>
      <StudyTable id="wrapped-studies" compact phase={[3]} onStudyTableSort={(event) => setSorts((list) => [...list, event.detail.column])} />
      <p>
        Sorted by: <output id="wrapped-study-sorts">{sorts.join('; ')}</output>
      </p>
      <SessionTimeline id="wrapped-timeline" compact />
      <SafetyCallout id="wrapped-callout" topic="health-risks" headingLevel={3} />
    </section>
  );
}
