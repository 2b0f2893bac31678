/** The FAQ's search: the words a reader types, matched without case or accents, and marked where they are found. */

/** Lower case without accents, so "dosis" finds "Dosis" and "efectos" finds "efectós". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Ways readers often misspell the drug's street name, and the word the answers use. */
const spellings = new Map(['ecstacy', 'extasy', 'extacy', 'exstacy', 'exstasy', 'ecstasey', 'ectasy'].map((word) => [word, 'ecstasy']));

/** The words of a search, each as `searchable` writes it, a common misspelling as the word meant. */
export function searchWords(query: string): string[] {
  return searchable(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => spellings.get(word) ?? word);
}

/**
 * Where `words` occur in the text under `root`, as ranges, found as `searchable` matches them. A text whose searchable
 * form has another length (letters that lower-case or decompose into more than one) is searched, not marked.
 */
export function wordRanges(root: Node, words: readonly string[]): Range[] {
  const ranges: Range[] = [];
  // 4: NodeFilter.SHOW_TEXT.
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = searchable(node.nodeValue!);
    if (text.length !== node.nodeValue!.length) continue;
    for (const word of words) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        ranges.push(range);
      }
    }
  }
  return ranges;
}
