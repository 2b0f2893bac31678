// The FAQ under a second name of the clinic's choosing, typed like the default tag (as docs/frameworks.md shows).
import { defineWidgets, type MdmaFaq } from 'mdma-therapy-widgets';

defineWidgets({ 'mdma-faq': 'clinic-faq' });

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'clinic-faq': IntrinsicElements['mdma-faq'];
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-faq': MdmaFaq;
  }
}
