/** `<study-table>` under its default name: importing this module registers it. */
import { defineElement } from '../../internal/define.js';
import { StudyTable } from './study-table.component.js';

export * from './study-table.component.js';

defineElement('study-table', StudyTable);

declare global {
  interface HTMLElementTagNameMap {
    'study-table': StudyTable;
  }
}
