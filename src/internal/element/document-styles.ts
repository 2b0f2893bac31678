/**
 * A widget's styles in whichever document it is in. Constructed stylesheets belong to the document they were made
 * for: a widget moved into a frame (appended there, or through `adoptNode`) loses them, and that frame's document may
 * not adopt them. Each time the element changes documents it adopts its styles anew: Lit's own sheets at home, and
 * elsewhere copies made by the other document's window (one per stylesheet and document).
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

const copies = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function cssTextOf(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) return Array.from(style.cssRules, (rule) => rule.cssText).join('\n');
  return style.cssText;
}

/** Adopts `element`'s styles into its shadow root, made for the document the element is in now. */
export function adoptStylesInDocument(element: ReactiveElement): void {
  const root = element.shadowRoot;
  if (!root) return;
  const styles = (element.constructor as typeof ReactiveElement).elementStyles;
  const document = element.ownerDocument;
  if (document === globalThis.document) {
    adoptStyles(root, styles);
    return;
  }
  // A document without a window (made by DOMParser, say) shows nothing; the styles follow when the element moves on.
  const view = document.defaultView as (Window & typeof globalThis) | null;
  if (!view?.CSSStyleSheet || !('adoptedStyleSheets' in root)) return;
  let sheets = copies.get(document);
  if (!sheets) copies.set(document, (sheets = new Map()));
  const made = sheets;
  root.adoptedStyleSheets = styles.map((style) => {
    const text = cssTextOf(style);
    let sheet = made.get(text);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(text);
      made.set(text, sheet);
    }
    return sheet;
  });
}
