import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';

interface ProviderArgs {
  theme: string;
  lang: string;
}

/** One provider configuring the four widgets at once, as a health portal would: a theme and a language for all. */
const meta: Meta<ProviderArgs> = {
  title: 'Widgets/mdma-widgets-provider',
  component: 'mdma-widgets-provider',
  args: { theme: 'light', lang: 'en' },
  argTypes: {
    theme: {
      description: 'Colour scheme for every widget inside; a widget’s own `theme` attribute wins.',
      control: 'inline-radio',
      options: ['light', 'dark', 'auto'],
    },
    lang: {
      description: 'Interface language for every widget inside (the `lang` attribute on the provider).',
      control: 'inline-radio',
      options: ['en', 'es'],
    },
  },
  render: ({ theme, lang }) =>
    html`<mdma-widgets-provider theme=${ifDefined(theme || undefined)} lang=${ifDefined(lang || undefined)}>
      <safety-callout topic="clinical-setting"></safety-callout>
      <mdma-faq></mdma-faq>
      <session-timeline compact></session-timeline>
      <study-table compact columns="study participants outcome"></study-table>
    </mdma-widgets-provider>`,
};

export default meta;
type Story = StoryObj<ProviderArgs>;

export const AllFourLight: Story = {};

export const AllFourDark: Story = { args: { theme: 'dark' } };

export const AllFourInSpanish: Story = { args: { lang: 'es' } };
