/**
 * The one rule by which a widget's host data meets its bundled content, for all four widgets and their plain copies.
 * `mode: "replace"` (the default): the host's items are shown instead of ours. `mode: "extend"`: a host item with the
 * id of a bundled one takes its place, and the host's other items follow the bundled ones, in the host's order. A
 * widget with an order of its own then applies it: the timeline runs by week, the table by its sort.
 */
export function mergeItems<Entry>(
  bundled: readonly Entry[],
  hosted: readonly Entry[] | undefined,
  mode: 'replace' | 'extend' | undefined,
  idOf: (entry: Entry) => string,
): readonly Entry[] {
  if (!hosted) return bundled;
  if (mode !== 'extend') return hosted;
  const hostedById = new Map(hosted.map((entry) => [idOf(entry), entry]));
  const kept = bundled.map((entry) => hostedById.get(idOf(entry)) ?? entry);
  return [...kept, ...hosted.filter((entry) => !kept.includes(entry))];
}
