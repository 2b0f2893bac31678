import { html } from 'lit';
import { defineElement } from '../../internal/define.js';
import { WidgetElement } from '../../internal/widget-element.js';

/**
 * @summary Placeholder while the element is written.
 */
export class SessionTimeline extends WidgetElement {
  override render() {
    return html`<div class="widget" part="base" data-theme=${this.effectiveTheme}>session-timeline</div>`;
  }
}

defineElement('session-timeline', SessionTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'session-timeline': SessionTimeline;
  }
}
