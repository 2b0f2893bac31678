import { html } from 'lit';
import { defineElement } from '../../internal/define.js';
import { WidgetElement } from '../../internal/widget-element.js';

/**
 * @summary Placeholder while the element is written.
 */
export class StudyTable extends WidgetElement {
  override render() {
    return html`<div class="widget" part="base" data-theme=${this.effectiveTheme}>study-table</div>`;
  }
}

defineElement('study-table', StudyTable);

declare global {
  interface HTMLElementTagNameMap {
    'study-table': StudyTable;
  }
}
