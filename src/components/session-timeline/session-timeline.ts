/** `<session-timeline>` under its default name: importing this module registers it. */
import { defineElement } from '../../internal/define.js';
import { SessionTimeline } from './session-timeline.component.js';

export * from './session-timeline.component.js';

defineElement('session-timeline', SessionTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'session-timeline': SessionTimeline;
  }
}
