/**
 * The ids of the disclosures open in `root`: each `<details>` that `selector` matches, named by its `data-<key>`
 * attribute or its nearest ancestor's. A pre-rendered widget reads them as it hydrates, so that what the reader opened
 * or closed before the script arrived stays as they left it.
 */
export function openDisclosures(root: ParentNode, selector: string, key: string): Set<string> {
  const ids = new Set<string>();
  for (const details of root.querySelectorAll<HTMLDetailsElement>(selector)) {
    if (details.open) ids.add(details.closest(`[data-${key}]`)!.getAttribute(`data-${key}`)!);
  }
  return ids;
}
