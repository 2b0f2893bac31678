import { warn } from './log.js';

/** Marks our element classes, so a second copy of the library can tell its own tags from another library's. */
const libraryMark = Symbol.for('mdma-therapy-widgets');

/** A tag name a custom element may take: lowercase, starts with a letter, contains a hyphen. */
const validTagName = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

type ElementClass = CustomElementConstructor & { [libraryMark]?: true };

/** What this copy of the library registered: each registered class and the default name of the widget it is. */
const registeredHere = new Map<CustomElementConstructor, string>();

/**
 * Registers `element` as `tag` without ever throwing into the host page. If the tag is taken (our own script loaded
 * twice, or another library owns the name) it is skipped with one warning saying how to load it under another name.
 * Returns whether `tag` now names this element.
 */
export function defineElement(tag: string, element: CustomElementConstructor, defaultTag: string = tag): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  try {
    const existing = registry.get(tag) as ElementClass | undefined;
    // Already this element under this name (every registration is a subclass of it): nothing to do.
    if (existing && (existing === element || existing.prototype instanceof element)) return true;
    const widgetThere = existing && registeredHere.get(existing);
    if (widgetThere !== undefined) {
      warn(
        tag,
        `name taken by <${widgetThere}>, so <${defaultTag}> was not registered under it; pick another: ` +
          `MdmaWidgets.define({ '${defaultTag}': 'my-${defaultTag}' }).`,
      );
      return false;
    }
    if (existing?.[libraryMark]) {
      warn(
        tag,
        'already defined by another copy of mdma-therapy-widgets (a script included twice); the first copy is used.',
      );
      return false;
    }
    if (existing) {
      warn(
        tag,
        `already defined by another script, so the widget was not registered; rename it: MdmaWidgets.define({ '${defaultTag}': ` +
          `'my-${defaultTag}' }) (or defineWidgets from 'mdma-therapy-widgets/define.js').`,
      );
      return false;
    }
    if (!validTagName.test(tag)) {
      warn(tag, `"${tag}" is not a valid element name (lowercase, with a hyphen); not registered.`);
      return false;
    }
    // A constructor can be registered only once, so every registration gets its own subclass.
    const registered = class extends (element as new () => HTMLElement) {} as unknown as ElementClass;
    (registered as ElementClass)[libraryMark] = true;
    registry.define(tag, registered);
    registeredHere.set(registered, defaultTag);
    return true;
  } catch (cause) {
    warn(tag, 'the widget could not be registered.', cause);
    return false;
  }
}

/** Our elements by their default names. */
export type ElementsByName<Name extends string> = Partial<Readonly<Record<Name, CustomElementConstructor>>>;

/**
 * Registers elements of `elements` under names of the host's choice (`{ 'mdma-faq': 'clinic-faq' }`). Never throws;
 * returns, per default name, whether the new name now shows the element.
 */
export function defineNames<Name extends string>(
  elements: ElementsByName<Name>,
  names: Partial<Record<Name, string>>,
): Partial<Record<Name, boolean>> {
  const results: Partial<Record<Name, boolean>> = {};
  if (typeof names !== 'object' || names === null) {
    warn('define', "define expects an object such as { 'mdma-faq': 'my-faq' }; nothing was registered.");
    return results;
  }
  for (const [name, tag] of Object.entries(names)) {
    const element = Object.hasOwn(elements, name) ? elements[name as Name] : undefined;
    if (!element) {
      warn('define', `"${name}" is not one of ${Object.keys(elements).join(', ')}; skipped.`);
      continue;
    }
    if (typeof tag !== 'string') {
      warn(name, `the new name for <${name}> must be a string; skipped.`);
      continue;
    }
    results[name as Name] = defineElement(tag, element, name);
  }
  return results;
}
