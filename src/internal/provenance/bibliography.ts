/**
 * The sources this script can cite, by id: each widget brings the sources of its bundled content when it is first
 * created (`static bibliography`), so a script that embeds one widget carries only that widget's sources. Host data
 * may cite any of them.
 */
import type { Source } from '../../data/types.js';

const known = new Map<string, Source>();

/** Makes `sources` citable. */
export function addSources(sources: readonly Source[]): void {
  for (const source of sources) if (!known.has(source.id)) known.set(source.id, source);
}

/** The source with this id, if this script carries it. */
export function getCitation(id: string): Source | undefined {
  return known.get(id);
}
