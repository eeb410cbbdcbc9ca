/**
 * End-of-line hyphens: "pro-\ngramma" is one word split by the layout, "tecnico-\namministrativo" is a compound
 * that keeps its hyphen. Real acts have far more compounds than syllable breaks, so the document's own words
 * decide: the joined word or the hyphenated form seen elsewhere in the document wins; otherwise two words that
 * both exist on their own, or a left part that is already a long word ending in a vowel ("economico-"), keep the
 * hyphen; the rest (short or consonant-final fragments: "pro-", "program-") are joined.
 */

/** Whole-word lookups in one document's text. */
export interface Lexicon {
  has(word: string): boolean;
}

// Marks a line-end hyphen break inside the searched text: "pro-" and "gramma" must not vouch for themselves.
const breakMark = "\u0001";

/** A lexicon over the document's lines; searching is done on demand, for the few words a break asks about. */
export function buildLexicon(lines: readonly string[]): Lexicon {
  const text = lines.map((line) => (line.endsWith("-") ? `${line.slice(0, -1)}${breakMark}` : line)).join("\n");
  // Three spellings instead of lowercasing the whole document: this runs for the few words breaks ask about,
  // each answer remembered.
  const known = new Map<string, boolean>();
  return {
    has(word) {
      const cached = known.get(word);
      if (cached !== undefined) return cached;
      const found = spellings(word).some((spelling) => containsWord(text, spelling));
      known.set(word, found);
      return found;
    },
  };
}

function spellings(word: string): string[] {
  const lower = word.toLowerCase();
  return [...new Set([lower, lower.charAt(0).toUpperCase() + lower.slice(1), lower.toUpperCase()])];
}

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 1;
  return /\p{L}/u.test(char);
}

function containsWord(text: string, word: string): boolean {
  if (!word) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  }
  return false;
}

/** What joins a line ending in "letter-" to the next line: "-" for a compound, "" for a split word. */
export function hyphenJoiner(line: string, next: string, lexicon: Lexicon): "-" | "" {
  const left = /(\p{L}+)-$/u.exec(line)?.[1] ?? "";
  const right = /^(\p{L}+)/u.exec(next)?.[1] ?? "";
  return keepsHyphen(left, right, lexicon) ? "-" : "";
}

export function keepsHyphen(left: string, right: string, lexicon: Lexicon): boolean {
  // "Avella-\nSperone", "PUBBLICI-\nURBANISTICA": a capital after the break is never a split syllable.
  if (/^\p{Lu}/u.test(right) && !/^\p{Lu}+$/u.test(left + right)) return true;
  if (lexicon.has(left + right)) return false;
  if (lexicon.has(`${left}-${right}`)) return true;
  if (left.length >= 2 && right.length >= 3 && lexicon.has(left) && lexicon.has(right)) return true;
  return left.length >= 5 && /[aeiouàèéìòù]$/i.test(left);
}
