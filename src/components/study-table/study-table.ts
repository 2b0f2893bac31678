/** `<study-table>` under its default name: importing this module registers it. */
import { defineElement } from '../../internal/element/define.js';
import { StudyTable } from './study-table.component.js';

export * from './study-table.component.js';
// Its tag in React's JSX and Vue's templates, typed (nothing at run time).
export type * from '../../frameworks.js';

defineElement('study-table', StudyTable);

declare global {
  interface HTMLElementTagNameMap {
    'study-table': StudyTable;
  }
}
