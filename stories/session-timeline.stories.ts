import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/session-timeline/session-timeline.js';
import type { SessionData } from '../src/internal/host-content/input.js';
import { sessions } from '../src/data/sessions.js';

interface SessionTimelineArgs {
  current: string;
  compact: boolean;
  orientation: string;
  headingLevel: string;
  theme: string;
}

const stepIds = sessions.items.map((step) => step.id);

const talk = (text: string) => [{ type: 'paragraph' as const, content: [text] }];

/** A clinic's own course: four preparation sessions, two dosing sessions with two integration sessions after each. */
const clinicCourse: SessionData = {
  lastReviewed: '2026-10-01',
  items: [
    ...[0, 1, 2, 3].map((week, index) => ({
      id: `prep-${index + 1}`,
      phase: 'preparation' as const,
      name: `Preparation session ${index + 1}`,
      durationMinutes: 60,
      durationApproximate: false,
      week,
      summary: 'A one-hour talk with your two therapists.',
      details: talk('You get to know your therapists and talk through what the dosing days will be like.'),
      sources: [],
    })),
    ...[4, 8].flatMap((week, index) => [
      {
        id: `dosing-${index + 1}`,
        phase: 'dosing' as const,
        name: `Dosing day ${index + 1}`,
        durationMinutes: 420,
        durationApproximate: true,
        week,
        summary: 'A day of about 7 hours at the clinic with both therapists.',
        details: talk('You stay at the clinic for the whole day, with both therapists present throughout.'),
        sources: ['maps-mapp2'],
      },
      ...[1, 2].map((offset) => ({
        id: `integration-${index + 1}-${offset}`,
        phase: 'integration' as const,
        name: `Integration session ${offset} after dosing day ${index + 1}`,
        durationMinutes: 90,
        durationApproximate: false,
        week: week + offset,
        summary: 'A 90-minute talk about what came up.',
        details: talk('You and your therapists make sense of the dosing day together.'),
        sources: [],
      })),
    ]),
  ],
};

/** The element with the story's arguments, and optionally a host schedule. */
const timeline = ({ current, compact, orientation, headingLevel, theme }: SessionTimelineArgs, schedule?: SessionData) =>
  html`<session-timeline
    current=${ifDefined(current || undefined)}
    ?compact=${compact}
    orientation=${orientation}
    heading-level=${headingLevel}
    theme=${theme}
    .data=${schedule}
  ></session-timeline>`;

const meta: Meta<SessionTimelineArgs> = {
  title: 'Widgets/session-timeline',
  component: 'session-timeline',
  args: { current: '', compact: false, orientation: 'auto', headingLevel: 'auto', theme: 'light' },
  argTypes: {
    current: {
      description: 'The step the reader is at: marked as current, the steps before it as done. Empty for none.',
      control: 'select',
      options: ['', ...stepIds],
    },
    compact: { description: 'Shows the three phases only, with their sessions, lengths and weeks.', control: 'boolean' },
    orientation: {
      description: 'How the week axis runs: by the element’s width (auto), or forced.',
      control: 'inline-radio',
      options: ['auto', 'horizontal', 'vertical'],
    },
    headingLevel: { name: 'heading-level', description: 'Heading level of the step names: auto (one level below the heading before it) or 2 to 6.', control: 'select', options: ['auto', '2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => timeline(args),
};

export default meta;

type Story = StoryObj<SessionTimelineArgs>;

export const BundledCourse: Story = {};

export const CurrentStep: Story = { args: { current: 'dosing-2' } };

export const Compact: Story = { args: { compact: true } };

export const Horizontal: Story = { args: { orientation: 'horizontal' } };

export const Vertical: Story = { args: { orientation: 'vertical' } };

export const HeadingLevelTwo: Story = { args: { headingLevel: '2' } };

export const NarrowSidebar: Story = {
  args: { current: 'integration-1-2' },
  render: (args) => html`<div style="width: 320px">${timeline(args)}</div>`,
};

export const ClinicSchedule: Story = {
  render: (args) => timeline(args, clinicCourse),
};

export const Dark: Story = { args: { theme: 'dark', current: 'integration-2-1' } };

export const FollowsTheSystemScheme: Story = { args: { theme: 'auto' } };

export const Spanish: Story = {
  args: { current: 'dosing-1' },
  render: (args) => html`<div lang="es">${timeline(args)}</div>`,
};
