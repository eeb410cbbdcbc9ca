/**
 * Decides whether retrieval found something that answers, from the share of the question's meaning (terms
 * weighted by rarity, idf) that the best passages contain. Fused scores alone cannot say it: RRF always ranks
 * something first, even for "ricetta della carbonara". Threshold tuned on the dev sets with off-topic questions.
 */
import type { DetailedSearch } from "../retrieval/hybrid-index.js";

export const relevanceThreshold = 0.5;
/** Passages looked at for coverage: a question's terms may be split over two adjacent passages. */
const passagesConsidered = 3;

export interface TermStatistics {
  documentCount: number;
  documentFrequency(term: string): number;
}

export function idf(term: string, statistics: TermStatistics): number {
  return Math.log(1 + statistics.documentCount / (statistics.documentFrequency(term) + 1));
}

/** 0..1: idf-weighted share of the question's own terms found in the top passages (directly or via a synonym). */
export function queryCoverage(search: DetailedSearch, statistics: TermStatistics): number {
  const own = search.terms.filter((item) => item.weight >= 1).map((item) => item.term);
  if (own.length === 0) return 0;
  const matched = new Set(search.matchedTerms.slice(0, passagesConsidered).flat());
  const synonymMatched = search.terms.some((item) => item.weight < 1 && matched.has(item.term));
  let covered = 0;
  let total = 0;
  for (const term of own) {
    const weight = idf(term, statistics);
    total += weight;
    // A colloquial word unknown to the corpus ("vigile") counts as covered when one of its synonyms matched.
    if (matched.has(term) || (synonymMatched && statistics.documentFrequency(term) === 0)) covered += weight;
  }
  return total > 0 ? covered / total : 0;
}
