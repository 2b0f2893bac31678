/** Citations as text: which sources a widget cites, and how each is written. */
import { getCitation as getSource } from './bibliography.js';
import type { Source } from '../data/types.js';

/** The language citations are written in: the works' titles and publishers, and the notes with them, are English. */
export const citationLanguage = 'en';

/** The citations behind `sourceIds`, in first-cited order, each once; unknown ids are dropped (validation reports them). */
export function citedSources(sourceIds: Iterable<string>): Source[] {
  const seen = new Set<string>();
  const cited: Source[] = [];
  for (const id of sourceIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const source = getSource(id);
    if (source) cited.push(source);
  }
  return cited;
}

/**
 * A citation in short form: "Mitchell JM, et al. (2023). Title. Nature Medicine 29(10):2473-2480." A web page cited by
 * the date it was read has no publication year to give; its note says when it was accessed.
 */
export function citationText(source: Source): string {
  // An organisation's own page names it as author, title and publisher alike: it is written once.
  const title = source.title === source.authors ? '' : ` ${source.title}.`;
  const publisher = source.publisher === source.authors || source.publisher === source.title ? '' : source.publisher;
  const where = [publisher, source.volumePages].filter(Boolean).join(' ');
  const year = source.accessed ? '' : ` (${source.year})`;
  return `${source.authors}${year}.${title}${where ? ` ${where}.` : ''}`;
}
