import { html } from 'lit';
import { defineElement } from '../../internal/define.js';
import { WidgetElement } from '../../internal/widget-element.js';

/**
 * @summary Placeholder while the element is written.
 */
export class MdmaFaq extends WidgetElement {
  override render() {
    return html`<div class="widget" part="base" data-theme=${this.effectiveTheme}>mdma-faq</div>`;
  }
}

defineElement('mdma-faq', MdmaFaq);

declare global {
  interface HTMLElementTagNameMap {
    'mdma-faq': MdmaFaq;
  }
}
