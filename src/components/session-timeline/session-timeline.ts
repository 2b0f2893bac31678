/** `<session-timeline>` under its default name: importing this module registers it. */
import { defineElement } from '../../internal/element/define.js';
import { SessionTimeline } from './session-timeline.component.js';

export * from './session-timeline.component.js';
// Its tag in React's JSX and Vue's templates, typed (nothing at run time).
export type * from '../../frameworks.js';

defineElement('session-timeline', SessionTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'session-timeline': SessionTimeline;
  }
}
