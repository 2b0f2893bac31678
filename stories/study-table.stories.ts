import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { studies } from '../src/data/studies.js';
import '../src/components/study-table/study-table.js';

interface StudyTableArgs {
  studies: string;
  columns: string;
  sort: string;
  sortDirection: string;
  condition: string;
  phase: string;
  compact: boolean;
  pageSize: string;
  theme: string;
}

const studyIds = studies.items.map((study) => study.id);
const columnKeys = ['study', 'phase', 'design', 'condition', 'participants', 'comparator', 'primary-outcome', 'result', 'outcome', 'effect-size'];

/** A portal's own register of studies: many rows, to show paging and sorting at scale. */
function portalStudies(count: number) {
  const conditions = ['Chronic PTSD', 'Severe PTSD', 'PTSD after military service', 'PTSD with depression'];
  return {
    mode: 'replace',
    lastReviewed: '2026-10-01',
    items: Array.from({ length: count }, (_, index) => ({
      id: `register-${index + 1}`,
      name: `Register entry ${index + 1}`,
      year: 2010 + (index % 16),
      sourceId: 'mitchell-2023-mapp2',
      design: 'Randomized, placebo-controlled trial (illustrative register entry)',
      phase: 2 + (index % 2),
      condition: conditions[index % conditions.length],
      participants: index % 17 === 0 ? null : 20 + ((index * 37) % 180),
      comparator: 'Placebo with the same therapy',
      primaryOutcome: { measure: 'Change in CAPS-5 total severity score', timepoint: '18 weeks' },
      headlineResult: 'Illustrative entry: not a real study.',
      outcome:
        index % 5 === 0
          ? null
          : {
              term: 'response',
              definition: 'a fall of at least 10 points on CAPS-5',
              timepoint: '18 weeks',
              mdmaPercent: 40 + ((index * 13) % 50),
              comparatorPercent: 20 + ((index * 7) % 40),
            },
      effectSize: null,
      findings: 'Illustrative entry.',
      sources: ['mitchell-2023-mapp2'],
    })),
  };
}

/** Host data as a page would paste it: a `<script type="application/json">` child. */
function jsonChild(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  return script;
}

function renderTable(args: StudyTableArgs, content: unknown = '') {
  return html`<study-table
    studies=${ifDefined(args.studies || undefined)}
    columns=${ifDefined(args.columns || undefined)}
    sort=${ifDefined(args.sort || undefined)}
    sort-direction=${ifDefined(args.sortDirection || undefined)}
    condition=${ifDefined(args.condition || undefined)}
    phase=${ifDefined(args.phase || undefined)}
    page-size=${ifDefined(args.pageSize || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    ?compact=${args.compact}
    >${content}</study-table
  >`;
}

const meta: Meta<StudyTableArgs> = {
  title: 'Widgets/study-table',
  component: 'study-table',
  args: {
    studies: '',
    columns: '',
    sort: '',
    sortDirection: '',
    condition: '',
    phase: '',
    compact: false,
    pageSize: '',
    theme: '',
  },
  argTypes: {
    studies: { description: 'Which studies to show, in order: ids separated by spaces or commas. Empty shows them all.', control: 'text' },
    columns: {
      description: `The summary columns, in order (the study always comes first; every field is in each row's details): ${columnKeys.join(', ')}.`,
      control: 'text',
    },
    sort: {
      description: 'The column sorted at first.',
      control: 'select',
      options: ['', 'study', 'phase', 'condition', 'participants', 'comparator', 'outcome'],
    },
    sortDirection: {
      name: 'sort-direction',
      description: 'Direction of the initial sort.',
      control: 'inline-radio',
      options: ['', 'ascending', 'descending'],
    },
    condition: { description: 'Shows only studies whose condition contains this text, ignoring case.', control: 'text' },
    phase: { description: 'Shows only studies of these trial phases, e.g. "3" or "2 3".', control: 'text' },
    compact: { description: 'Denser rows and smaller type.', control: 'boolean' },
    pageSize: { name: 'page-size', description: 'Studies per page (default 25).', control: 'text' },
    theme: { description: 'Colour scheme; empty follows the page (or the toolbar).', control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
  },
  parameters: {
    docs: { description: { component: `Study ids: ${studyIds.join(', ')}.` } },
  },
  render: (args) => renderTable(args),
};

export default meta;

type Story = StoryObj<StudyTableArgs>;

export const AllStudies: Story = {};

export const ChosenStudies: Story = { args: { studies: 'mitchell-2023-mapp2 mitchell-2021-mapp1 mithoefer-2011' } };

export const ChosenColumns: Story = { args: { columns: 'study participants outcome effect-size' } };

/** More than five summary columns: a table from 60em, cards below. */
export const ManyColumns: Story = { args: { columns: 'study phase design participants comparator result outcome' } };

export const SortedByParticipants: Story = { args: { sort: 'participants', sortDirection: 'descending' } };

export const SortedByOutcome: Story = { args: { sort: 'outcome' } };

export const FilteredByCondition: Story = { args: { condition: 'anxiety' } };

export const PhaseThreeOnly: Story = { args: { phase: '3' } };

export const NothingMatches: Story = { args: { phase: '3', condition: 'anxiety' } };

export const Compact: Story = { args: { compact: true, columns: 'study phase participants outcome' } };

export const Paged: Story = { args: { pageSize: '4' } };

export const TenThousandHostStudies: Story = {
  args: { sort: 'participants' },
  render: (args) => html`<study-table
    .data=${portalStudies(10_000)}
    sort=${ifDefined(args.sort || undefined)}
    sort-direction=${ifDefined(args.sortDirection || undefined)}
    columns=${ifDefined(args.columns || undefined)}
    phase=${ifDefined(args.phase || undefined)}
    condition=${ifDefined(args.condition || undefined)}
    page-size=${ifDefined(args.pageSize || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    ?compact=${args.compact}
  ></study-table>`,
};

export const HostStudiesFromJsonChild: Story = {
  render: (args) => renderTable(args, jsonChild({ ...portalStudies(3), mode: 'extend' })),
};

/** The table in a column of a page: a dashed outline marks the column's edge. */
function inColumn(width: string, args: StudyTableArgs) {
  return html`<div style="width: ${width}; outline: 1px dashed #888">${renderTable(args)}</div>`;
}

/** A 320 px sidebar: one card per study, details inside the card. */
export const InASidebar: Story = {
  args: { sort: 'study' },
  render: (args) => inColumn('320px', args),
};

/** An 800 px article column: a table of the summary, each study's details one button away. */
export const InAnArticleColumn: Story = {
  render: (args) => inColumn('800px', args),
};

/** A 1440 px health portal page. */
export const OnAFullPage: Story = {
  render: (args) => inColumn('1440px', args),
};

export const Dark: Story = { args: { theme: 'dark', sort: 'participants' } };

export const FollowsTheSystemScheme: Story = { args: { theme: 'auto' } };

export const Spanish: Story = {
  args: { sort: 'outcome' },
  render: (args) => html`<div lang="es">${renderTable(args)}</div>`,
};
