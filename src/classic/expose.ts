/**
 * `window.MdmaWidgets`, the global of the classic scripts. Each script (all-in-one or one element) adds what it
 * exports, and the first copy of a name wins: after a script is loaded twice, `MdmaWidgets.MdmaFaq` is still the class
 * that is registered. `MdmaWidgets.define` renames any element of any of our scripts on the page.
 */
import { defineNames, type ElementsByName } from '../internal/element/define.js';
import { version } from '../version.js';

type Registry = Record<string, CustomElementConstructor>;

const registryKey = Symbol.for('mdma-therapy-widgets/elements');

/** Every element our scripts on this page brought, by default name: the first script to bring one is the one used. */
function sharedRegistry(): Registry {
  const global = globalThis as typeof globalThis & { [registryKey]?: Registry };
  global[registryKey] ??= {};
  return global[registryKey];
}

/** `MdmaWidgets.define({ 'mdma-faq': 'clinic-faq' })`: registers any of our elements on the page under another name. */
function define(names: Record<string, string>): Record<string, boolean> {
  return defineNames(sharedRegistry() as ElementsByName<string>, names) as Record<string, boolean>;
}

/** Adds `exports` to `window.MdmaWidgets` (keeping names already there) and `elements` to the shared registry. */
export function expose(exports: Record<string, unknown>, elements: Registry): void {
  const registry = sharedRegistry();
  for (const [name, element] of Object.entries(elements)) registry[name] ??= element;
  const global = globalThis as typeof globalThis & { MdmaWidgets?: Record<string, unknown> };
  const target = (global.MdmaWidgets ??= {});
  for (const [name, value] of Object.entries({ define, version, ...exports })) {
    if (!Object.hasOwn(target, name)) target[name] = value;
  }
}
