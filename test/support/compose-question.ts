/** The offline composer on a question and some passages, every question term weighing 1 and equally rare. */
import { type ComposeInput, composeAnswer } from "../../src/answering/compose-answer.js";
import { analyzeQuestion } from "../../src/answering/question-analysis.js";
import type { Source } from "../../src/core/types.js";
import { analyze } from "../../src/index-format/italian-analyzer.js";

export function composeQuestion(
  question: string,
  sources: Source[],
  extra: Partial<Pick<ComposeInput, "completionFrom" | "namedAct" | "statistics">> = {},
) {
  return composeAnswer({
    question: analyzeQuestion(question),
    sources,
    terms: [...new Set(analyze(question))].map((term) => ({ term, weight: 1 })),
    statistics: { documentCount: 50, documentFrequency: () => 2 },
    ...extra,
  });
}
