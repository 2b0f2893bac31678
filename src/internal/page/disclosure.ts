/**
 * Native disclosures (`<details>`) in a widget's markup, each named by its `data-<key>` attribute or its nearest
 * ancestor's. Which are open is the widget's state, set on the elements: the markup stays as it was written (or as a
 * server wrote it), so a reader's toggle never replaces it.
 */
const idOf = (details: Element, key: string) => details.closest(`[data-${key}]`)!.getAttribute(`data-${key}`)!;

/**
 * The ids of the disclosures open in `root`. A pre-rendered widget reads them as it hydrates, so that what the reader
 * opened or closed before the script arrived stays as they left it.
 */
export function openDisclosures(root: ParentNode, selector: string, key: string): Set<string> {
  const ids = new Set<string>();
  for (const details of root.querySelectorAll<HTMLDetailsElement>(selector)) if (details.open) ids.add(idOf(details, key));
  return ids;
}

/** The state each disclosure was last given. */
const given = new WeakMap<HTMLDetailsElement, boolean>();

/**
 * Opens the disclosures whose ids `open` holds and closes the others, where that changed since a disclosure was last
 * given its state, as a binding would: one written anew (sorted, paged, replaced) opens as it was, and one the reader
 * has just toggled is never turned back before its `toggle` event tells the widget.
 */
export function showDisclosures(root: ParentNode, selector: string, key: string, open: ReadonlySet<string>): void {
  for (const details of root.querySelectorAll<HTMLDetailsElement>(selector)) {
    const shown = open.has(idOf(details, key));
    if (given.get(details) === shown) continue;
    given.set(details, shown);
    details.open = shown;
  }
}

/** Tells `toggled` each time a disclosure opens or closes, by the reader's hand or the widget's. */
export function onDisclosureToggle(root: Node, selector: string, key: string, toggled: (id: string, open: boolean) => void): void {
  // A toggle event does not bubble: it is heard on its way down.
  root.addEventListener(
    'toggle',
    (event) => {
      const details = event.target as HTMLDetailsElement;
      if (details.matches(selector)) toggled(idOf(details, key), details.open);
    },
    true,
  );
}
