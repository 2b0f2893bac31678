/** The bundled, cited content of every widget, with its review dates. */
export * from './types.js';
export { sources, getSource, reviewDates, regulatoryReviewDates } from './sources.js';
export { faq } from './faq.js';
export { studies } from './studies.js';
export { sessions } from './sessions.js';
export { safety } from './safety.js';
