import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<string, string>>;

/**
 * CSS custom properties for an element, bound as its `style` attribute: `<span style=${cssProperties({ '--_at': '25' })}>`.
 * On a server they are written into the attribute, so pre-rendered HTML is drawn right before any script runs. In the
 * browser they are set through the CSSOM (`style.setProperty`), never by writing the attribute, so they work under a
 * Content-Security-Policy without `'unsafe-inline'` styles (Lit's `styleMap` writes the attribute on first render).
 */
class CssPropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    // Lit gives `strings` only to an attribute with text besides the binding, which it would write after the
    // properties were set, removing them.
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || partInfo.strings !== undefined) {
      throw new Error('cssProperties must be the whole value of a style attribute');
    }
  }

  /** What a server writes: the declarations as the attribute's text. */
  render(properties: Properties): string {
    return Object.entries(properties)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [properties]: [Properties]): typeof noChange {
    const style = part.element.style;
    for (const name of this.#previous) if (!Object.hasOwn(properties, name)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
