/**
 * A fee-table row that states an amount and two rare words of an amount question is evidence that the table answers,
 * though the question's context words are not in it. Tried: the row of a tariff table, the same question without an
 * amount on the row, a question that does not ask an amount, a row sharing only one rare word, and rare words shared
 * with a row that is not among the best sources.
 */
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../../src/answering/question-analysis.js";
import type { TermStatistics } from "../../../src/answering/relevance.js";
import { tableRowAnswers } from "../../../src/answering/table-row-evidence.js";
import type { Source } from "../../../src/core/types.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import type { DetailedSearch } from "../../../src/retrieval/hybrid-index.js";

const rare = new Set([...analyze("legname particella bosco")]);
const statistics: TermStatistics = {
  documentCount: 2000,
  documentFrequency: (term) => (rare.has(term) ? 3 : 400),
};

function page(text: string): Source {
  return {
    id: `dg51#${text.length}`,
    path: "documenti/dg51.pdf",
    title: "Delibera di Giunta n. 51",
    kind: "document",
    unione: null,
    article: null,
    page: 3,
    score: 1,
    text,
  };
}

function search(question: string, sources: Source[]): DetailedSearch {
  return {
    sources,
    terms: analyze(question).map((term) => ({ term, weight: 1 })),
    matchedTerms: sources.map(() => []),
    units: sources.map((source) => source.text),
  };
}

const question = "una ditta vuole prendersi il legname di una particella del bosco comunale, quanto deve pagare?";
const table = page(
  [
    "ONERI VARI",
    "Centri estivi e centri gioco per persona € 200,00",
    "Concessione legname a privati/aziende per una particella € 2000,00",
  ].join("\n"),
);

describe("tableRowAnswers", () => {
  it("takes a row with an amount and two rare words of the question as an answer", () => {
    expect(tableRowAnswers(search(question, [table]), analyzeQuestion(question), statistics)).toBe(true);
  });

  it("asks for the amount on the row, an amount asked, and two rare words on the same row", () => {
    const noAmount = page("Concessione legname a privati/aziende per una particella");
    expect(tableRowAnswers(search(question, [noAmount]), analyzeQuestion(question), statistics)).toBe(false);
    const notAmount = "il legname di una particella del bosco comunale a chi va?";
    expect(tableRowAnswers(search(notAmount, [table]), analyzeQuestion(notAmount), statistics)).toBe(false);
    const oneWord = page("Concessione legname a privati € 2000,00\nper una particella");
    expect(tableRowAnswers(search(question, [oneWord]), analyzeQuestion(question), statistics)).toBe(false);
  });

  it("looks only at the best sources found", () => {
    const other = page("Premesso che il Comune ha approvato il bilancio di previsione.");
    const sources = [other, other, other, table];
    expect(tableRowAnswers(search(question, sources), analyzeQuestion(question), statistics)).toBe(false);
  });
});
