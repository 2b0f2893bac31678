import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The one line a Vue user adds: these tags are custom elements, not Vue components to resolve (the last one is the
// portal's own name for a second FAQ).
const widgetTags = ['mdma-faq', 'study-table', 'session-timeline', 'safety-callout', 'mdma-widgets-provider', 'portal-faq'];

// Relative asset paths: the build is opened from a sub-path of the test server.
export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => widgetTags.includes(tag) } } })],
});
