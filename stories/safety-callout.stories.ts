import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/safety-callout/safety-callout.js';

interface SafetyCalloutArgs {
  topic: string;
  severity: string;
  headingLevel: string;
  theme: string;
}

const topics = ['clinical-setting', 'adulteration', 'regulatory-status', 'health-risks', 'crisis-support'];

/** A crisis topic as a host in the United Kingdom would give it, replacing the US numbers. */
const ukCrisisSupport = {
  language: 'en-GB',
  lastReviewed: '2026-10-01',
  items: [
    {
      id: 'crisis-support',
      severity: 'urgent',
      heading: 'If you need help now',
      body: ['If you are thinking about suicide, or are worried about someone, you can talk to Samaritans at any time, day or night.'],
      region: 'United Kingdom',
      contacts: [
        { name: 'Samaritans', action: 'Call 116 123', href: 'tel:116123' },
        { name: 'NHS 111', action: 'Call 111 and choose the mental health option', href: 'tel:111' },
        { name: 'Emergency services', action: 'Call 999', href: 'tel:999' },
      ],
    },
  ],
};

/** The element with the story's arguments. */
const callout = ({ topic, severity, headingLevel, theme }: SafetyCalloutArgs) =>
  html`<safety-callout
    topic=${topic}
    severity=${ifDefined(severity || undefined)}
    heading-level=${headingLevel}
    theme=${theme}
  ></safety-callout>`;

const meta: Meta<SafetyCalloutArgs> = {
  title: 'Widgets/safety-callout',
  component: 'safety-callout',
  args: { topic: 'clinical-setting', severity: '', headingLevel: 'auto', theme: 'light' },
  argTypes: {
    topic: {
      description: 'One or more topics, space- or comma-separated; several are stacked in the order given.',
      control: 'select',
      options: [...topics, topics.join(' ')],
    },
    severity: {
      description: "Raises or lowers every topic's level; empty keeps each topic's own.",
      control: 'select',
      options: ['', 'information', 'warning', 'urgent'],
    },
    headingLevel: { name: 'heading-level', description: 'Heading level: auto (one level below the heading before it) or 2 to 6.', control: 'select', options: ['auto', '2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => callout(args),
};

export default meta;

type Story = StoryObj<SafetyCalloutArgs>;

export const ClinicalSetting: Story = {};

export const Adulteration: Story = { args: { topic: 'adulteration' } };

export const RegulatoryStatus: Story = { args: { topic: 'regulatory-status' } };

export const HealthRisks: Story = { args: { topic: 'health-risks' } };

export const CrisisSupport: Story = { args: { topic: 'crisis-support' } };

export const SeveralTopicsStacked: Story = { args: { topic: topics.join(' ') } };

export const InformationLevel: Story = { args: { topic: 'clinical-setting', severity: 'information' } };

export const WarningLevel: Story = { args: { topic: 'regulatory-status', severity: 'warning' } };

export const UrgentLevel: Story = { args: { topic: 'adulteration', severity: 'urgent' } };

export const HeadingLevelTwo: Story = { args: { topic: 'crisis-support', headingLevel: '2' } };

export const ClinicNumberAdded: Story = {
  args: { topic: 'crisis-support' },
  render: ({ topic, theme }) =>
    html`<safety-callout topic=${topic} theme=${theme}>
      <p>Riverside Clinic patients: call our duty team on <a href="tel:02079460000">020 7946 0000</a>, 9am to 5pm.</p>
    </safety-callout>`,
};

export const BodyReplaced: Story = {
  args: { topic: 'clinical-setting' },
  render: ({ topic, theme }) =>
    html`<safety-callout topic=${topic} theme=${theme}>
      <div slot="body">
        <p>Riverside Clinic offers MDMA-assisted therapy only within its approved research programme, with two trained therapists present.</p>
      </div>
    </safety-callout>`,
};

export const CrisisNumbersOutsideTheUs: Story = {
  args: { topic: 'crisis-support' },
  render: ({ topic, theme }) => html`<safety-callout topic=${topic} theme=${theme} .data=${ukCrisisSupport}></safety-callout>`,
};

export const Dark: Story = { args: { topic: topics.join(' '), theme: 'dark' } };

export const FollowsTheSystemScheme: Story = { args: { topic: 'crisis-support', theme: 'auto' } };

export const Spanish: Story = {
  args: { topic: 'regulatory-status crisis-support' },
  render: (args) => html`<div lang="es">${callout(args)}</div>`,
};

export const NarrowContainer: Story = {
  args: { topic: 'crisis-support health-risks' },
  render: (args) => html`<div style="max-width: 320px">${callout(args)}</div>`,
};
