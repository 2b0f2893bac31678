// The component catalogue: Storybook for web components, built with Vite. Stories live in stories/, one file per element.
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const sourceFolder = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Every element module registers its tag when imported (`import '../src/components/mdma-faq/mdma-faq.js'`), but
 * package.json's `sideEffects` names only the built files in dist/, so the bundler would drop those imports from the
 * stories as unused. Source modules keep their side effects.
 */
const sourceModulesRegisterElements: Plugin = {
  name: 'mdma:source-modules-register-elements',
  transform(code, id) {
    if (!id.startsWith(sourceFolder)) return null;
    return { code, map: null, moduleSideEffects: true };
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), sourceModulesRegisterElements],
      // Lit's decorators are TypeScript's legacy ones (tsconfig.json: experimentalDecorators, useDefineForClassFields
      // false). The Oxc transform reads that from tsconfig.json; saying so here keeps the stories working if it ever
      // stops, because class fields defined on the instance would shadow Lit's reactive accessors.
      oxc: {
        ...(viteConfig.oxc || {}),
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      // Storybook's renderer imports lit-html unbundled; pre-bundling Lit for the stories would load a second copy.
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        exclude: [...(viteConfig.optimizeDeps?.exclude ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'],
      },
      // The catalogue is a static site: no source maps, and no warning about the size of Storybook's own bundle.
      build: { ...viteConfig.build, sourcemap: false, chunkSizeWarningLimit: 2000 },
    };
  },
};

export default config;
