/** `<mdma-widgets-provider>` under its default name: importing this module registers it. */
import { defineElement } from '../../internal/element/define.js';
import { MdmaWidgetsProvider } from './mdma-widgets-provider.component.js';

export * from './mdma-widgets-provider.component.js';
// Its tag in React's JSX and Vue's templates, typed (nothing at run time).
export type * from '../../frameworks.js';

defineElement('mdma-widgets-provider', MdmaWidgetsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mdma-widgets-provider': MdmaWidgetsProvider;
  }
}
