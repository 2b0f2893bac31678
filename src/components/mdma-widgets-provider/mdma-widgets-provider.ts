/** `<mdma-widgets-provider>` under its default name: importing this module registers it. */
import { defineElement } from '../../internal/define.js';
import { MdmaWidgetsProvider } from './mdma-widgets-provider.component.js';

export * from './mdma-widgets-provider.component.js';

defineElement('mdma-widgets-provider', MdmaWidgetsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mdma-widgets-provider': MdmaWidgetsProvider;
  }
}
