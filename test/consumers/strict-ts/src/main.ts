// An article page in TypeScript at its strictest, without React's or Vue's types installed.
import {
  defineWidgets,
  reviewDates,
  widgets,
  type FaqData,
  type FaqToggleDetail,
  type HeadingLevel,
  type MdmaFaq,
  type MdmaFaqEventMap,
  type SafetyData,
  type SessionData,
  type SessionTimelineToggleDetail,
  type StudyData,
  type StudyTableSortDetail,
  type Theme,
  type WidgetName,
} from 'mdma-therapy-widgets';
import { faq, studies } from 'mdma-therapy-widgets/data.js';
import type { PrerenderOptions } from 'mdma-therapy-widgets/ssr.js';

declare global {
  interface HTMLElementTagNameMap {
    'article-faq': MdmaFaq;
  }
}

const heard: string[] = [];
const output = document.querySelector<HTMLOutputElement>('#heard');
const show = (entry: string) => {
  heard.push(entry);
  if (output) output.value = heard.join('; ');
};

// Elements come typed from their tag names.
const questions = document.querySelector('mdma-faq');
const table = document.querySelector('study-table');
const timeline = document.querySelector('session-timeline');
const callout = document.querySelector('safety-callout');
if (!questions || !table || !timeline || !callout) throw new Error('The article is missing a widget.');

// Host data as the validators accept it, shorthand included.
const extraQuestion: FaqData = {
  mode: 'extend',
  language: 'en',
  lastReviewed: '2026-11-01',
  items: [
    {
      id: 'about-this-article',
      question: 'Who checks this article?',
      answer: ['Our editors.', { type: 'list', items: ['Once a year', [{ text: 'Write to us', href: 'https://example.org/contact' }]] }],
    },
  ],
};
questions.data = extraQuestion;
questions.questions = [...faq.items.slice(0, 2).map((item) => item.id), 'about-this-article'];
questions.headingLevel = 2 satisfies HeadingLevel;

const phase3: StudyData = studies.items.filter((study) => study.phase === 3);
table.data = phase3;
table.sort = 'participants';
table.sortDirection = 'descending';

const shortCourse: SessionData = { mode: 'extend', items: [] };
timeline.data = shortCourse;
timeline.data = undefined;

const ownTopic: SafetyData = [{ id: 'clinical-setting', severity: 'information', heading: 'Read this first', body: ['Talk to a doctor.'] }];
callout.data = { items: ownTopic, mode: 'extend' };
const theme: Theme = 'auto';
callout.theme = theme;

// Events are typed on the element, on the document and on the window: they bubble out of the shadow roots.
questions.addEventListener('mdma-faq-toggle', (event) => show(`element ${event.detail.id} ${event.detail.open}`));
document.addEventListener('mdma-faq-toggle', (event) => show(`document ${event.detail.id} ${event.detail.trigger}`));
window.addEventListener('mdma-faq-toggle', (event: MdmaFaqEventMap['mdma-faq-toggle']) => show(`window ${event.detail.id}`));
document.addEventListener('study-table-sort', ({ detail }: CustomEvent<StudyTableSortDetail>) => show(`sort ${detail.column} ${detail.direction}`));
window.addEventListener('session-timeline-toggle', ({ detail }: CustomEvent<SessionTimelineToggleDetail>) => show(`step ${detail.stepId}`));

const toggles: FaqToggleDetail[] = [];
questions.addEventListener('mdma-faq-toggle', (event) => toggles.push(event.detail));

// Registration and server rendering are typed too.
const names: readonly WidgetName[] = Object.keys(widgets) as WidgetName[];
const renamed: Partial<Record<WidgetName, boolean>> = defineWidgets({ 'mdma-faq': 'article-faq' });
const articleFaq = document.querySelector('article-faq');
if (articleFaq) articleFaq.headingLevel = 3;
const prerenderOptions: PrerenderOptions = { lang: 'en', data: extraQuestion };
console.info(names.length, renamed, prerenderOptions.lang, reviewDates.lastReviewed);
