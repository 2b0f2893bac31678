import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { faq } from '../src/data/faq.js';
import '../src/components/mdma-faq/mdma-faq.js';

interface FaqArgs {
  questions: string;
  open: string;
  headingLevel: string;
  exclusive: boolean;
  searchable: boolean;
  theme: string;
}

const questionIds = faq.items.map((item) => item.id);

/** Questions a clinic adds after the bundled ones, in its own words. */
const clinicQuestions = {
  mode: 'extend',
  lastReviewed: '2026-10-01',
  items: [
    {
      id: 'clinic-referral',
      question: 'Can Riverside Clinic refer me to a trial?',
      answer: [
        'We cannot enrol anyone in a trial ourselves, but our doctors can talk through whether a listed trial might suit you.',
        {
          type: 'paragraph',
          content: ['Trials are listed on ', { text: 'ClinicalTrials.gov', href: 'https://clinicaltrials.gov/' }, '.'],
        },
      ],
      sources: [],
    },
  ],
};

/** The element with the story's arguments. */
const faqElement = ({ questions, open, headingLevel, exclusive, searchable, theme }: FaqArgs) =>
  html`<mdma-faq
    questions=${ifDefined(questions || undefined)}
    open=${ifDefined(open || undefined)}
    heading-level=${headingLevel}
    ?exclusive=${exclusive}
    ?searchable=${searchable}
    theme=${theme}
  ></mdma-faq>`;

const meta: Meta<FaqArgs> = {
  title: 'Widgets/mdma-faq',
  component: 'mdma-faq',
  args: { questions: '', open: '', headingLevel: 'auto', exclusive: false, searchable: false, theme: 'light' },
  argTypes: {
    questions: {
      description: 'Which questions to show, in order: ids separated by spaces or commas. Empty shows them all.',
      control: 'text',
    },
    open: { description: 'Answers open at start: ids, or "all".', control: 'text' },
    headingLevel: {
      name: 'heading-level',
      description: 'Level of the question headings: auto (one level below the heading before it) or 2 to 6.',
      control: 'select',
      options: ['auto', '2', '3', '4', '5', '6'],
    },
    exclusive: { description: 'Only one answer open at a time.', control: 'boolean' },
    searchable: { description: 'A search box that filters the questions and answers.', control: 'boolean' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    docs: { description: { component: `Question ids: ${questionIds.join(', ')}.` } },
  },
  render: (args) => faqElement(args),
};

export default meta;

type Story = StoryObj<FaqArgs>;

export const AllQuestions: Story = {};

export const ChosenQuestions: Story = {
  args: { questions: 'is-it-fda-approved what-is-mdma-assisted-therapy is-it-safe who-is-it-not-for' },
};

export const OneAnswerOpen: Story = { args: { questions: 'what-is-mdma-assisted-therapy is-it-safe do-the-effects-last', open: 'is-it-safe' } };

export const AllAnswersOpen: Story = { args: { questions: 'what-is-mdma-assisted-therapy is-it-safe', open: 'all' } };

export const HeadingLevelTwo: Story = { args: { headingLevel: '2', questions: 'what-is-mdma-assisted-therapy is-it-safe' } };

export const Exclusive: Story = { args: { exclusive: true, open: 'what-is-mdma-assisted-therapy' } };

export const Searchable: Story = { args: { searchable: true } };

/** Host data as a page would paste it: a `<script type="application/json">` child. */
function jsonChild(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  return script;
}

export const ClinicQuestionsAdded: Story = {
  args: { open: 'clinic-referral' },
  render: ({ open, theme }) => html`<mdma-faq theme=${theme} open=${ifDefined(open || undefined)}>${jsonChild(clinicQuestions)}</mdma-faq>`,
};

export const ClinicQuestionsOnly: Story = {
  args: { open: 'all' },
  render: ({ open, theme }) =>
    html`<mdma-faq theme=${theme} open=${ifDefined(open || undefined)} .data=${{ ...clinicQuestions, mode: 'replace' }}></mdma-faq>`,
};

export const Dark: Story = { args: { theme: 'dark', searchable: true, open: 'what-is-mdma-assisted-therapy' } };

export const FollowsTheSystemScheme: Story = { args: { theme: 'auto', searchable: true } };

export const Spanish: Story = {
  args: { searchable: true, open: 'what-is-mdma-assisted-therapy' },
  render: (args) => html`<div lang="es">${faqElement(args)}</div>`,
};

export const NarrowContainer: Story = {
  args: { searchable: true, open: 'is-it-safe', questions: 'what-is-mdma-assisted-therapy is-it-safe what-dose-is-used' },
  render: (args) => html`<div style="max-width: 320px">${faqElement(args)}</div>`,
};
