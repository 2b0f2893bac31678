// Bundles the compiled ES modules (tsc writes them to dist/, scripts/minify-templates.js tightens their templates) into
// the classic scripts a page loads with a plain <script> tag, each minified, self-registering, with Lit inlined and
// hydration support for pre-rendered elements:
//   dist/mdma-widgets.js         every element (window.MdmaWidgets)
//   dist/cdn/<tag>.js            one element each, for a page that embeds only that one
// Their entry modules (src/classic/) are only inputs here: the build removes dist/classic/ afterwards.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { loadGuard } from './scripts/load-guard.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export const plugins = [
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  // ASCII only: a page served without a charset must not garble "−", "’" or "ñ" in the content.
  terser({ ecma: 2022, module: false, format: { comments: false, ascii_only: true }, compress: { passes: 2 } }),
];

/** The classic scripts: where each comes from, and where it goes. */
export const scripts = [
  { input: 'dist/classic/mdma-widgets.js', file: 'dist/mdma-widgets.js' },
  ...['mdma-faq', 'study-table', 'session-timeline', 'safety-callout', 'mdma-widgets-provider'].map((tag) => ({
    input: `dist/classic/${tag}.js`,
    file: `dist/cdn/${tag}.js`,
  })),
];

/** The output options every classic script shares: an IIFE with no exports (each sets `window.MdmaWidgets` itself). */
export const output = { format: 'iife', sourcemap: false };

/** The output options of the classic script written to `file`. */
export function outputFor(file) {
  // One console message, never an uncaught error, when the page cannot run the script; a second copy stands aside.
  return { ...output, file, ...loadGuard(file, version) };
}

export default scripts.map(({ input, file }) => ({
  input,
  output: outputFor(file),
  plugins,
  onwarn(warning, warn) {
    // Lit's modules use `this` at the top level only where it is undefined in a module, as intended.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
}));
