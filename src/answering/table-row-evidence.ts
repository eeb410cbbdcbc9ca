/**
 * "una ditta vuole prendersi il legname di una particella del bosco comunale, quanto paga?": a fee table answers in
 * one row ("Concessione legname a privati/aziende | per una particella | € 2000,00") that shares two rare words with
 * the question and none of its context ("ditta", "prendersi", "bosco comunale"). The share of the question a passage
 * covers stays below the relevance threshold, and "Non ho trovato" was the answer. A row that states an amount and
 * two of the question's rare words (each in at most 0.6% of the passages) is evidence enough that the table answers.
 */
import { analyze } from "../index-format/italian-analyzer.js";
import type { DetailedSearch } from "../retrieval/hybrid-index.js";
import type { QuestionAnalysis } from "./question-analysis.js";
import type { TermStatistics } from "./relevance.js";
import { sentenceFeatures } from "./sentence-features.js";

const rareShare = 0.006;
/** Passages looked at: the row must be among the best found, not anywhere. */
const considered = 3;

export function tableRowAnswers(
  search: DetailedSearch,
  question: QuestionAnalysis,
  statistics: TermStatistics,
): boolean {
  if (!question.kinds.has("amount")) return false;
  const limit = Math.max(1, statistics.documentCount * rareShare);
  const rare = new Set(
    search.terms
      .filter((item) => item.weight >= 1 && /[a-z]/.test(item.term))
      .map((item) => item.term)
      .filter((term) => {
        const frequency = statistics.documentFrequency(term);
        return frequency > 0 && frequency <= limit;
      }),
  );
  if (rare.size < 2) return false;
  return search.sources.slice(0, considered).some((source) =>
    source.text.split("\n").some((line) => {
      // An amount as the answer's own datum gate reads it: "€ 2000,00", not "0,90 mc".
      if (line.length > 240 || !sentenceFeatures(line).carries.has("amount")) return false;
      const stated = analyze(line).filter((term) => rare.has(term));
      return new Set(stated).size >= 2;
    }),
  );
}
