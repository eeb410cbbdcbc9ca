/**
 * Officials type fast: "conferimeto", "protezzione", "delibrato". A question stem the index has never seen is
 * replaced, at a lower weight, by the closest indexed stem (edit distance 1, or 2 for long words), preferring the
 * most frequent one on ties. A typo can also break the stemmer ("conferimeto" -> "conferimet", while
 * "conferimento" -> "confer"): then the longest indexed stem the word starts with is taken, if little is left over.
 * Short stems and numbers are left alone: "sab" -> "sal" would be noise, not a fix — except a doubled consonant.
 */
import { analyze } from "../index-format/italian-analyzer.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";

export interface Vocabulary {
  vocabulary(): readonly string[];
  documentFrequency(term: string): number;
}

export const correctionWeight = 0.7;
/**
 * Everyday words the acts never use, which are not typos of words they do use: "domani" is not "domanda" ("che
 * tempo fa domani a Ferrara?" was answered with a staff table). Left as they are, they stay words of the question
 * that no passage has — which is what makes such a question unanswered.
 */
const everyday = new Set(analyze("domani dopodomani stasera stamattina stanotte settimana prossima weekend"));
const minLength = 5;
/** A stem shorter than this is not completed: "sp" would go on as anything. */
const minCompleted = 4;
/** At most this many letters after an indexed stem the misspelt stem starts with. */
const maxLeftover = 4;

export interface TypoCorrector {
  /** The closest indexed term, or null when the term is known, too short, or nothing is close enough. */
  correct(term: string): string | null;
  /** Own terms of the question unknown to the index, followed by their corrections (weight `correctionWeight`). */
  expand(terms: WeightedTerm[]): WeightedTerm[];
}

export function createTypoCorrector(index: Vocabulary): TypoCorrector {
  const byLength = new Map<number, string[]>();
  for (const term of index.vocabulary()) {
    if (/\d/.test(term)) continue;
    const bucket = byLength.get(term.length) ?? [];
    bucket.push(term);
    byLength.set(term.length, bucket);
  }
  const correct = (term: string): string | null => {
    if (/\d/.test(term) || index.documentFrequency(term) > 0 || everyday.has(term)) return null;
    if (term.length < minLength) return doubledConsonantFix(term, index) ?? indexedCompletion(term);
    const limit = term.length >= 8 ? 2 : 1;
    let best: { term: string; distance: number; frequency: number } | null = null;
    for (let length = term.length - limit; length <= term.length + limit; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        const distance = boundedDistance(term, candidate, limit);
        if (distance > limit) continue;
        const frequency = index.documentFrequency(candidate);
        if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency))
          best = { term: candidate, distance, frequency };
      }
    }
    return best?.term ?? longestIndexedPrefix(term) ?? indexedCompletion(term);
  };
  // "fogna" → "fogn", which no act has: acts write "fognaria", "fognature". The most frequent indexed stem that
  // goes on from the question's, by a few letters, is the same word.
  const indexedCompletion = (term: string): string | null => {
    if (term.length < minCompleted) return null;
    let best: { term: string; frequency: number } | null = null;
    for (let length = term.length + 1; length <= term.length + maxLeftover; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        if (!candidate.startsWith(term)) continue;
        const frequency = index.documentFrequency(candidate);
        if (!best || frequency > best.frequency) best = { term: candidate, frequency };
      }
    }
    return best?.term ?? null;
  };
  const longestIndexedPrefix = (term: string): string | null => {
    for (let length = term.length - 1; length >= Math.max(minLength, term.length - maxLeftover); length--) {
      const prefix = term.slice(0, length);
      if (index.documentFrequency(prefix) > 0) return prefix;
    }
    return null;
  };
  return {
    correct,
    expand(terms) {
      const present = new Set(terms.map((item) => item.term));
      const added: WeightedTerm[] = [];
      for (const item of terms) {
        if (item.weight < 1) continue;
        const corrected = correct(item.term);
        if (!corrected || present.has(corrected)) continue;
        present.add(corrected);
        added.push({ term: corrected, weight: correctionWeight, standsFor: [item.term] });
      }
      return [...terms, ...added];
    },
  };
}

/**
 * The commonest slip in Italian is a single consonant for a double one, or the reverse ("ufici", "comissione"):
 * even a short stem is fixed when doubling or undoubling one consonant gives an indexed stem (the most frequent).
 */
function doubledConsonantFix(term: string, index: Vocabulary): string | null {
  if (term.length < 3) return null;
  let best: { term: string; frequency: number } | null = null;
  for (let at = 0; at < term.length; at++) {
    const letter = term[at]!;
    if (!/[bcdfglmnpqrstvz]/.test(letter)) continue;
    const variant =
      term[at + 1] === letter ? term.slice(0, at) + term.slice(at + 1) : term.slice(0, at + 1) + term.slice(at);
    const frequency = index.documentFrequency(variant);
    if (frequency > 0 && (!best || frequency > best.frequency)) best = { term: variant, frequency };
  }
  return best?.term ?? null;
}

/** Levenshtein distance, giving up (returning limit + 1) as soon as every cell of a row exceeds the limit. */
export function boundedDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    previous = current;
  }
  return previous[right.length]!;
}
