import { html } from 'lit';
import { defineElement } from '../../internal/define.js';
import { WidgetElement } from '../../internal/widget-element.js';

/**
 * @summary Placeholder while the element is written.
 */
export class SafetyCallout extends WidgetElement {
  override render() {
    return html`<div class="widget" part="base" data-theme=${this.effectiveTheme}>safety-callout</div>`;
  }
}

defineElement('safety-callout', SafetyCallout);

declare global {
  interface HTMLElementTagNameMap {
    'safety-callout': SafetyCallout;
  }
}
