/**
 * Registration under names of the page's choosing. Importing this module registers nothing: only `defineWidgets`
 * does, so a bundler user whose page already has a `<study-table>` can load ours as `<clinic-studies>`.
 */
import { MdmaFaq } from './components/mdma-faq/mdma-faq.component.js';
import { MdmaWidgetsProvider } from './components/mdma-widgets-provider/mdma-widgets-provider.component.js';
import { SafetyCallout } from './components/safety-callout/safety-callout.component.js';
import { SessionTimeline } from './components/session-timeline/session-timeline.component.js';
import { StudyTable } from './components/study-table/study-table.component.js';
import { defineNames } from './internal/element/define.js';

/** The elements under their default tag names: the four widgets and the provider. */
export const widgets = {
  'mdma-faq': MdmaFaq,
  'study-table': StudyTable,
  'session-timeline': SessionTimeline,
  'safety-callout': SafetyCallout,
  'mdma-widgets-provider': MdmaWidgetsProvider,
} as const;

export type WidgetName = keyof typeof widgets;

export { MdmaFaq, MdmaWidgetsProvider, SafetyCallout, SessionTimeline, StudyTable };

/**
 * Registers widgets under names of the host's choice, for a page where a default name is taken or a house prefix is
 * wanted: `defineWidgets({ 'mdma-faq': 'clinic-faq' })`. Never throws; returns, per default name, whether the new
 * name now shows the widget.
 */
export function defineWidgets(names: Partial<Record<WidgetName, string>>): Partial<Record<WidgetName, boolean>> {
  return defineNames(widgets, names);
}
