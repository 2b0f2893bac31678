/** `<mdma-faq>` under its default name: importing this module registers it. */
import { defineElement } from '../../internal/define.js';
import { MdmaFaq } from './mdma-faq.component.js';

export * from './mdma-faq.component.js';

defineElement('mdma-faq', MdmaFaq);

declare global {
  interface HTMLElementTagNameMap {
    'mdma-faq': MdmaFaq;
  }
}
