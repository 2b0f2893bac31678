/**
 * The whole library: importing it registers all four widgets under their default names. As the classic script
 * `dist/mdma-widgets.js` it also exposes `window.MdmaWidgets` with `define` for other names.
 */
export { MdmaWidgetsProvider } from './components/mdma-widgets-provider/mdma-widgets-provider.js';
export { MdmaFaq } from './components/mdma-faq/mdma-faq.js';
export { SafetyCallout } from './components/safety-callout/safety-callout.js';
export { SessionTimeline } from './components/session-timeline/session-timeline.js';
export { StudyTable } from './components/study-table/study-table.js';
export { defineWidgets, defineWidgets as define, widgets, type WidgetName } from './define.js';
export * from './data/index.js';
