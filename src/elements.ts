/**
 * The elements: importing this registers all four widgets and the provider under their default names. The classic
 * script `dist/mdma-widgets.js` exposes it as `window.MdmaWidgets`, with `define` for other names.
 */
import './components/mdma-widgets-provider/mdma-widgets-provider.js';
import './components/mdma-faq/mdma-faq.js';
import './components/safety-callout/safety-callout.js';
import './components/session-timeline/session-timeline.js';
import './components/study-table/study-table.js';

export * from './components/mdma-widgets-provider/mdma-widgets-provider.component.js';
export * from './components/mdma-faq/mdma-faq.component.js';
export * from './components/safety-callout/safety-callout.component.js';
export * from './components/session-timeline/session-timeline.component.js';
export * from './components/study-table/study-table.component.js';
export { defineWidgets, defineWidgets as define, widgets, type WidgetName } from './define.js';
export type * from './internal/host-content/input.js';
export type * from './frameworks.js';
export type { Theme } from './internal/element/settings-context.js';
export type { HeadingLevel } from './internal/page/heading.js';
export type { HeadingLevelValue, WidgetElement } from './internal/element/widget-element.js';
export type { PrerenderOptions } from './ssr.js';
export { version } from './version.js';
