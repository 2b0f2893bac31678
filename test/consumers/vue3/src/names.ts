// The FAQ under a second name of the portal's choosing, typed like the default tag (as docs/frameworks.md shows).
import { defineWidgets } from 'mdma-therapy-widgets';

defineWidgets({ 'mdma-faq': 'portal-faq' });

declare module 'vue' {
  interface GlobalComponents {
    'portal-faq': GlobalComponents['mdma-faq'];
  }
}
