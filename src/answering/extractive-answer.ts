/**
 * The offline answer: composed from the retrieved passages and the units they belong to (see compose-answer.ts),
 * each sentence followed by the number of its source. Nothing is written that is not in a source.
 */
import type { DetailedSearch } from "../retrieval/hybrid-index.js";
import { type ComposedAnswer, composeAnswer } from "./compose-answer.js";
import type { QuestionAnalysis } from "./question-analysis.js";
import type { TermStatistics } from "./relevance.js";
import { isQuotable, splitUnitSentences } from "./unit-sentences.js";

export function extractiveAnswer(
  question: QuestionAnalysis,
  search: Pick<DetailedSearch, "sources" | "terms" | "units">,
  statistics: TermStatistics,
): ComposedAnswer {
  return composeAnswer({
    question,
    sources: search.sources,
    terms: search.terms,
    statistics,
    unitText: (source, index) => search.units[index] ?? source.text,
  });
}

/** True when a sentence is prose worth quoting (not a heading, a list fragment or a template blank). */
export function isProse(sentence: string): boolean {
  const [first] = splitUnitSentences(sentence);
  return first !== undefined && isQuotable(first);
}
