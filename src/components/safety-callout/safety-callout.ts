/** `<safety-callout>` under its default name: importing this module registers it. */
import { defineElement } from '../../internal/element/define.js';
import { SafetyCallout } from './safety-callout.component.js';

export * from './safety-callout.component.js';
// Its tag in React's JSX and Vue's templates, typed (nothing at run time).
export type * from '../../frameworks.js';

defineElement('safety-callout', SafetyCallout);

declare global {
  interface HTMLElementTagNameMap {
    'safety-callout': SafetyCallout;
  }
}
