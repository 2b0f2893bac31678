/** Citations as text: which sources a widget cites, and how each is written. */
import type { Source } from '../../data/types.js';

/** The language citations are written in: the works' titles and publishers, and the notes with them, are English. */
export const citationLanguage = 'en';

/**
 * A citation in short form, in three pieces: what comes before the work's name, its name (the title, or the
 * organisation's for its own page), and what follows. "Mitchell JM, et al. (2023). | Title | . Nature Medicine
 * 29(10):2473-2480." A web page cited by the date it was read has no publication year to give; its note says when it
 * was accessed.
 */
export function citationParts(source: Source): [before: string, name: string, after: string] {
  const year = source.accessed ? '' : ` (${source.year})`;
  const publisher = source.publisher === source.authors || source.publisher === source.title ? '' : source.publisher;
  const where = [publisher, source.volumePages].filter(Boolean).join(' ');
  const after = where ? ` ${where}.` : '';
  // An organisation's own page names it as author, title and publisher alike: it is written once, as the name.
  return source.title === source.authors ? ['', source.authors, `${year}.${after}`] : [`${source.authors}${year}. `, source.title, `.${after}`];
}

/** A journal article's DOI: its link is the DOI's, `https://doi.org/…`. */
export function doiOf(source: Source): string | undefined {
  const prefix = 'https://doi.org/';
  return source.url.startsWith(prefix) ? source.url.slice(prefix.length) : undefined;
}

/** A citation in short form, as text: "Mitchell JM, et al. (2023). Title. Nature Medicine 29(10):2473-2480." */
export function citationText(source: Source): string {
  return citationParts(source).join('');
}
