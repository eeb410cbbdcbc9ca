/**
 * Decides whether retrieval found something that answers, from the share of the question's meaning (terms
 * weighted by rarity, idf) that the best passages contain. Fused scores alone cannot say it: RRF always ranks
 * something first, even for "ricetta della carbonara". Threshold tuned on the dev sets with off-topic questions.
 */
import type { DetailedSearch } from "../retrieval/hybrid-index.js";

/**
 * Per-passage coverage (since the held-out set): 0.45 and 0.5 tie on the dev sets (60/62 correct); the lower one
 * says "Non ho trovato" less often to real questions written with other words than the passage.
 */
export const relevanceThreshold = 0.45;
/** Passages looked at for coverage: a question's terms may be split over two adjacent passages. */
const passagesConsidered = 3;

export interface TermStatistics {
  documentCount: number;
  documentFrequency(term: string): number;
}

export function idf(term: string, statistics: TermStatistics): number {
  return Math.log(1 + statistics.documentCount / (statistics.documentFrequency(term) + 1));
}

/**
 * 0..1: idf-weighted share of the question's own terms that one of the best passages contains, directly or via a
 * synonym or typo correction standing for that term. A passage is judged together with the other top passages of
 * the same file (an answer may run over two adjacent passages), never with passages of unrelated files: "tempo"
 * in a delibera and "Ferrara" in a scheda do not make "che tempo fa a Ferrara" answered.
 */
export function queryCoverage(search: DetailedSearch, statistics: TermStatistics): number {
  const own = search.terms.filter((item) => item.weight >= 1 && !relationWords.has(item.term)).map((item) => item.term);
  // Numbers alone ("quanto fa 17 per 23?") say nothing about a topic: every act is full of them.
  if (!own.some((term) => /[a-z]/.test(term))) return 0;
  const considered = search.sources.slice(0, passagesConsidered);
  let best = 0;
  considered.forEach((source, index) => {
    const sameFile = search.sources
      .slice(0, sameFilePassages)
      .flatMap((other, otherIndex) =>
        otherIndex === index || other.path === source.path ? (search.matchedTerms[otherIndex] ?? []) : [],
      );
    best = Math.max(best, coverageOf(own, coveredTerms(search, new Set(sameFile)), statistics));
  });
  return best;
}

/**
 * Stems of words that relate a question to its topic without naming one ("quali delibere riguardano il
 * personale?", "atti relativi al SUAP"): rare in acts, they would count as a missing topic. ("tratt" and "parl"
 * stay: they are also the stems of "trattamento" and "parlamento".)
 */
const relationWords = new Set(["riguard", "concern", "inerent", "relat"]);

/** Passages of the same file looked at together with a top passage. */
const sameFilePassages = 5;

/** Own terms found, plus own terms whose synonym or correction was found. */
function coveredTerms(search: DetailedSearch, matched: Set<string>): Set<string> {
  const covered = new Set(matched);
  for (const item of search.terms) {
    if (item.weight < 1 && matched.has(item.term)) for (const term of item.standsFor ?? []) covered.add(term);
  }
  return covered;
}

function coverageOf(own: string[], covered: Set<string>, statistics: TermStatistics): number {
  let found = 0;
  let total = 0;
  for (const term of own) {
    const weight = idf(term, statistics);
    total += weight;
    if (covered.has(term)) found += weight;
  }
  return total > 0 ? found / total : 0;
}
