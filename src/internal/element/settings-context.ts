import { createContext } from '@lit/context';
import type { HeadingLevelSetting } from '../page/heading.js';

export type Theme = 'light' | 'dark' | 'auto';

export const themes: readonly Theme[] = ['light', 'dark', 'auto'];

/** Host data for all four kinds at once, as a `<mdma-widgets-provider>` receives it; each element validates its own kind. */
export interface HostData {
  readonly faq?: unknown;
  readonly studies?: unknown;
  readonly sessions?: unknown;
  readonly safety?: unknown;
}

/** The kinds of host data, one per widget: the keys of a provider's `data`. */
export type HostDataKind = keyof HostData;

export const hostDataKinds: readonly HostDataKind[] = ['faq', 'studies', 'sessions', 'safety'];

/** What a `<mdma-widgets-provider>` gives every widget inside it. */
export interface WidgetSettings {
  readonly theme?: Theme;
  /** The level of every widget's headings, where a widget sets none itself. */
  readonly headingLevel?: HeadingLevelSetting;
  readonly data?: HostData;
}

export const widgetSettingsContext = createContext<WidgetSettings | undefined>(Symbol('mdma-widget-settings'));
