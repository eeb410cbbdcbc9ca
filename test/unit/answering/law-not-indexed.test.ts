/**
 * Asked what a law provides when no indexed document is that law, the answer says so: an act that only cites
 * "D.Lgs. 152/2006" never stands in for its text. Tried: a fake retriever reporting the law as not indexed, with
 * a passage of an ordinance that cites it and covers the question's words.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAskService } from "../../../src/answering/ask-service.js";
import { lawDisplayName } from "../../../src/answering/law-not-indexed.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { Source } from "../../../src/core/types.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import type { HybridRetriever } from "../../../src/retrieval/hybrid-retriever.js";

const question = "cosa prevede l'art. 192 del dlgs 152/2006 sull'abbandono dei rifiuti?";
const ordinance: Source = {
  id: "ord-15#1",
  path: "documenti/albo/ordinanza-15.pdf",
  title: "Ordinanza sindacale n. 15 del 22/04/2026",
  kind: "document",
  unione: null,
  article: null,
  page: 1,
  score: 1,
  text: "Visto l'art. 192 del D.Lgs. 152/2006 che vieta l'abbandono dei rifiuti, si ordina la rimozione dei rifiuti.",
};

function retriever(lawsNotIndexed: string[] | undefined): HybridRetriever {
  const terms = [...new Set(analyze(question))].map((term) => ({ term, weight: 1 }));
  return {
    async search() {
      return [ordinance];
    },
    async searchDetailed() {
      return {
        sources: [ordinance],
        terms,
        matchedTerms: [terms.map((item) => item.term)],
        units: [ordinance.text],
        ...(lawsNotIndexed ? { lawsNotIndexed } : {}),
      };
    },
    statistics: () => ({ documentCount: 100, documentFrequency: () => 1 }),
  };
}

const ask = (lawsNotIndexed?: string[]) =>
  createAskService({
    retriever: retriever(lawsNotIndexed),
    chatModel: null,
    promptsDir: join(import.meta.dirname, "..", "..", "..", "prompts"),
    logger: silentLogger(),
  }).ask(question, { scope: { kind: "all" } });

describe("a question on the text of a law that is not indexed", () => {
  it("says the law's text is not among the sources instead of quoting an act that cites it", async () => {
    const result = await ask(["dlgs 152/2006"]);
    expect(result.found).toBe(false);
    expect(result.answer).toMatch(/^Non ho trovato il testo della norma D\.Lgs\. 152\/2006 tra le fonti indicizzate/);
    expect(result.sources).toEqual([ordinance]);
  });

  it("answers from the passage when the law is indexed", async () => {
    const result = await ask();
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/rifiuti.*\[1\]$/s);
  });

  it("writes the law as officials do", () => {
    expect(lawDisplayName("dlgs 152/2006")).toBe("D.Lgs. 152/2006");
    expect(lawDisplayName("l.r. 21/2012")).toBe("L.R. 21/2012");
    expect(lawDisplayName("legge n. 213/2023")).toBe("L. 213/2023");
    expect(lawDisplayName("dpr 445/2000")).toBe("D.P.R. 445/2000");
  });
});
