/** `<mdma-faq>` under its default name: importing this module registers it. */
import { defineElement } from '../../internal/element/define.js';
import { MdmaFaq } from './mdma-faq.component.js';

export * from './mdma-faq.component.js';
// Its tag in React's JSX and Vue's templates, typed (nothing at run time).
export type * from '../../frameworks.js';

defineElement('mdma-faq', MdmaFaq);

declare global {
  interface HTMLElementTagNameMap {
    'mdma-faq': MdmaFaq;
  }
}
