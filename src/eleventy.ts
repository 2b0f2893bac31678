/**
 * An Eleventy plugin (Eleventy 2 and 3): the `mdmaWidget` shortcode renders a widget into a page with `prerender()` (see
 * ssr.ts), in Nunjucks, Liquid and JavaScript templates; with `scripts`, each page that shows a widget gets the one
 * deferred script it needs, and the scripts are copied to the site.
 *
 *   import mdmaWidgets from 'mdma-therapy-widgets/eleventy.js';
 *   export default function (eleventyConfig) {
 *     eleventyConfig.addPlugin(mdmaWidgets, { scripts: '/mdma-therapy-widgets/' });
 *   }
 *
 *   {% mdmaWidget "mdma-faq", { "searchable": true } %}
 *
 * The server renderer (and @lit-labs/ssr, which it needs) is loaded at the first widget, so a site's configuration
 * loads without it, and Eleventy 2 can `require()` this module from a CommonJS configuration.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WidgetName } from './define.js';
import type { prerender, PrerenderOptions } from './ssr.js';

/** What the plugin is given with `addPlugin(mdmaWidgets, options)`. */
export interface EleventyPluginOptions {
  /**
   * Where the site serves the package's `dist/` folder (`/mdma-therapy-widgets/`, or a CDN's address of this version).
   * Given, each page that shows a widget gets one deferred script tag before `</body>`: the widget's own script, or the
   * all-in-one script for a page with two kinds of widget or more. A path on the site (starting with one `/`) also has
   * the scripts copied there.
   */
  readonly scripts?: string;
  /** The shortcode's name: `mdmaWidget` unless given. */
  readonly shortcode?: string;
}

/** The page a shortcode or a transform works for, as Eleventy gives it. */
interface PageContext {
  readonly page?: { readonly outputPath?: string | false };
}

/** What the plugin uses of Eleventy's configuration API, the same in Eleventy 2 and 3. */
interface EleventyConfig {
  addAsyncShortcode(name: string, shortcode: (this: PageContext, ...args: never[]) => Promise<string>): void;
  addTransform(name: string, transform: (this: PageContext, content: string, outputPath?: string) => string): void;
  addPassthroughCopy(copies: Record<string, string>): void;
  on(event: 'eleventy.before', listener: () => void): void;
}

type Attributes = Parameters<typeof prerender>[1];

/** The package's dist/ folder: this module's. */
const distFolder = fileURLToPath(new URL('.', import.meta.url));

export default function mdmaWidgets(eleventyConfig: EleventyConfig, options: EleventyPluginOptions = {}): void {
  const scripts = options.scripts?.replace(/\/?$/, '/').replace(/"/g, '&quot;');
  /** The widgets rendered into each page of this build, by the page's output path. */
  const rendered = new Map<string, Set<string>>();

  eleventyConfig.addAsyncShortcode(
    options.shortcode ?? 'mdmaWidget',
    async function (this: PageContext, tag: WidgetName, attributes: Attributes = {}, renderOptions: PrerenderOptions = {}) {
      const { prerender } = await import('./ssr.js');
      const html = await prerender(tag, attributes, renderOptions);
      const page = this.page?.outputPath;
      if (page) rendered.set(page, (rendered.get(page) ?? new Set()).add(tag));
      return html;
    },
  );
  if (scripts === undefined) return;

  eleventyConfig.on('eleventy.before', () => rendered.clear());
  eleventyConfig.addTransform('mdma-widgets-script', function (this: PageContext, content: string, outputPath?: string) {
    const tags = rendered.get(this.page?.outputPath || outputPath || '');
    if (!tags) return content;
    const [tag] = tags;
    const script = `<script defer src="${scripts}${tags.size === 1 ? `cdn/${tag}.js` : 'mdma-widgets.js'}"></script>`;
    const end = content.lastIndexOf('</body>');
    return end === -1 ? `${content}${script}` : `${content.slice(0, end)}${script}\n${content.slice(end)}`;
  });
  if (/^\/(?!\/)/.test(scripts)) {
    // Passthrough copies are named relative to the project, where Eleventy runs.
    const from = relative(process.cwd(), distFolder).split(sep).join('/');
    const to = scripts.slice(1);
    eleventyConfig.addPassthroughCopy({ [`${from}/mdma-widgets.js`]: `${to}mdma-widgets.js`, [`${from}/cdn`]: `${to}cdn` });
  }
}
