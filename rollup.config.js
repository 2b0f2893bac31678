// Bundles the compiled ES modules (tsc writes them to dist/) into the one classic script a page loads with a
// plain <script> tag: Lit inlined, minified, self-registering, exposing `window.MdmaWidgets`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { loadGuard } from './scripts/load-guard.js';

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/mdma-widgets.js',
    format: 'iife',
    name: 'MdmaWidgets',
    // A second copy of the script must not replace the first copy's global.
    extend: true,
    sourcemap: false,
    // One console message, never an uncaught error, when the page cannot run the script; a second copy stands aside.
    ...loadGuard,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
    // ASCII only: a page served without a charset must not garble "−", "’" or "ñ" in the content.
    terser({ ecma: 2021, module: false, format: { comments: false, ascii_only: true }, compress: { passes: 2 } }),
  ],
};
