/**
 * A widget's bibliography: the sources its bundled content cites (`faqSources`, `studySources`, ...), which its host
 * data may cite too. It is handed to whatever validates or shows citations; nothing is registered anywhere, so a script
 * carries only the sources of the widgets it embeds, and what a widget may cite never depends on which others exist.
 */
import type { Source } from '../../data/types.js';

export type Bibliography = readonly Source[];

/** The source with this id in `bibliography`, if it has one. */
export const findSource = (bibliography: Bibliography, id: string): Source | undefined => bibliography.find((source) => source.id === id);

/** The works `sourceIds` cite, in first-cited order, each once; ids not in `bibliography` are dropped (validation reports them). */
export function citedSources(bibliography: Bibliography, sourceIds: Iterable<string>): Source[] {
  return [...new Set(sourceIds)].flatMap((id) => findSource(bibliography, id) ?? []);
}
