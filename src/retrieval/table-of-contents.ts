/**
 * Recognises index pages (indice, sommario) of regolamenti and delibere from their text alone: several entries
 * that end in a dot leader and a page number ("Articolo 5 - Presidenza ........ 5"). Works on flattened
 * passages too, where the chunker has joined the lines of a long index page into one paragraph.
 */
const leaderEntry = /(?:\.\s?){4,}\s*\d{1,3}\b|…{2,}\s*\d{1,3}\b|_{4,}\s*\d{1,3}\b/g;
const minEntries = 3;

export function isTableOfContents(text: string): boolean {
  let entries = 0;
  for (const _match of text.matchAll(leaderEntry)) {
    if (++entries >= minEntries) return true;
  }
  return false;
}
