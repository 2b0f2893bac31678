// Bundles the compiled ES modules (tsc writes them to dist/, scripts/minify-templates.js tightens their templates) into
// the classic scripts a page loads with a plain <script> tag, each minified, self-registering, with Lit inlined and
// hydration support for pre-rendered elements:
//   dist/mdma-widgets.js         every element (window.MdmaWidgets)
//   dist/cdn/<tag>.js            one element each, for a page that embeds only that one
// Their entry modules (src/classic/) are only inputs here: the build removes dist/classic/ afterwards.
// And the embed pages, for hosts that take an iframe but no script (src/embed/, bundled over their compiled modules):
//   dist/embed/<tag>.html        one widget each, with the attributes its address gives, reporting its height
//   dist/embed/frame.js          their script, run after the widget's own
//   dist/embed/resize.js         for the host page, where it may add a script: sizes each iframe to its page
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

/** The embed pages' titles, by widget: what a browser shows for the page opened on its own. */
const embedTitles = {
  'mdma-faq': 'Questions and answers about MDMA-assisted therapy for PTSD',
  'study-table': 'Studies of MDMA-assisted therapy for PTSD',
  'session-timeline': 'The course of MDMA-assisted therapy for PTSD',
  'safety-callout': 'Safety information about MDMA-assisted therapy for PTSD',
};

/**
 * The embed page of `tag`: the widget's own script, then frame.js, which creates the widget from the address. Links
 * open in a new tab (a source in the frame would replace the widget), and only scripts: no inline script or style, so
 * a strict Content-Security-Policy on the server that hosts dist/ needs nothing added.
 */
const embedPage = (tag) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${embedTitles[tag]}</title>
    <base target="_blank">
    <script defer src="../cdn/${tag}.js"></script>
    <script defer src="frame.js" data-widget="${tag}"></script>
  </head>
  <body>
    <noscript>This widget needs JavaScript.</noscript>
  </body>
</html>
`;

/** Writes the embed pages beside the script they load. */
function embedPages() {
  return {
    name: 'embed-pages',
    generateBundle() {
      for (const tag of Object.keys(embedTitles)) this.emitFile({ type: 'asset', fileName: `${tag}.html`, source: embedPage(tag) });
    },
  };
}

const onwarn = (warning, warn) => {
  // Lit's modules use `this` at the top level only where it is undefined in a module, as intended.
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

export default [
  ...scripts.map(({ input, file }) => ({ input, output: outputFor(file), plugins, onwarn })),
  { input: 'dist/embed/frame.js', output: { ...output, file: 'dist/embed/frame.js' }, plugins: [...plugins, embedPages()], onwarn },
  { input: 'dist/embed/resize.js', output: { ...output, file: 'dist/embed/resize.js' }, plugins, onwarn },
];
