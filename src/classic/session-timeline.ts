/** The classic script of `<session-timeline>` alone, `dist/cdn/session-timeline.js`: registers it, with hydration support first. */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { SessionTimeline } from '../components/session-timeline/session-timeline.js';
import { expose } from './expose.js';

expose({ SessionTimeline }, { 'session-timeline': SessionTimeline });
