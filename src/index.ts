/**
 * The whole library: importing it registers all four widgets and the provider under their default names, and gives
 * the bundled content as data (`faq`, `studies`, `sessions`, `safety`, `sources`).
 */
export * from './elements.js';
export * from './data/index.js';
export type { EleventyPluginOptions } from './eleventy.js';
