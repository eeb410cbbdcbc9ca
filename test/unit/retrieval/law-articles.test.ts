/**
 * "Cosa dice l'art. 8 della LR 21/12?" when the indexed text of L.R. 21/2012 (a guide to chosen articles) has no
 * unit for art. 8 and never mentions it: the answer says so and lists the articles it holds, instead of quoting
 * an act's own "art. 8 c.2" or another article. Tried: a law document with units for art. 1, 7 and 24 (art. 24
 * citing "art. 19"), asked about art. 8 (absent), art. 24 (held), art. 19 (only mentioned), by number, by "TUEL",
 * with no law named, and with a law the index does not hold; then the ask service with such a search.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAskService } from "../../../src/answering/ask-service.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { Chunk, Source } from "../../../src/core/types.js";
import type { HybridRetriever } from "../../../src/retrieval/hybrid-retriever.js";
import { articleNotIndexed, buildLawArticleIndex } from "../../../src/retrieval/law-articles.js";

function lawChunk(title: string, article: string | null, text: string): Chunk {
  return { id: `${title}#${article}`, path: "law/x.md", title, kind: "law", unione: null, article, page: null, text };
}

const chunks: Chunk[] = [
  lawChunk("L.R. 21/2012", "art. 1", "Art. 1 — Finalità della legge."),
  lawChunk("L.R. 21/2012", "art. 7 c.3", "Almeno 3 di queste 7 funzioni."),
  lawChunk("L.R. 21/2012", "art. 24 c.5", "La Giunta è composta dai sindaci (vedi anche art. 19 sulla durata)."),
  lawChunk("D.Lgs. 267/2000", "art. 32", "L'Unione ha organi propri."),
  { ...lawChunk("Regolamento del Consiglio", "art. 8 c.2", "2. Il Presidente può decidere…"), kind: "document" },
];
const index = buildLawArticleIndex(chunks);

describe("an article of an indexed law that the index does not hold", () => {
  it("is reported with the articles the index holds", () => {
    expect(articleNotIndexed("cosa dice l'art 8 c 2 della LR 21/12?", index)).toEqual({
      law: "L.R. 21/2012",
      article: "8",
      held: ["1", "7", "24"],
    });
    expect(articleNotIndexed("cosa dice l'art 50 del tuel?", index)?.law).toBe("D.Lgs. 267/2000");
  });

  it("is not reported when the article has a unit, is mentioned, or no indexed law is named", () => {
    expect(articleNotIndexed("cosa dice l'art 24 c 5 della LR 21/12?", index)).toBeNull();
    expect(articleNotIndexed("art. 32 TUEL", index)).toBeNull();
    expect(articleNotIndexed("cosa prevede l'art. 19 della l.r. 21/2012?", index)).toBeNull();
    expect(articleNotIndexed("cosa dice l'art 8 del regolamento?", index)).toBeNull();
    expect(articleNotIndexed("cosa prevede l'art. 8 del dlgs 152/2006?", index)).toBeNull();
  });
});

describe("the ask service, asked what such an article says", () => {
  const act: Source = { ...chunks[4]!, score: 1 };
  const retriever = (missing: boolean): HybridRetriever => ({
    async search() {
      return [act];
    },
    async searchDetailed() {
      return {
        sources: [act],
        terms: [{ term: "president", weight: 1 }],
        matchedTerms: [["president"]],
        units: [act.text],
        ...(missing ? { articleNotIndexed: { law: "L.R. 21/2012", article: "8", held: ["1", "7", "24"] } } : {}),
      };
    },
    statistics: () => ({ documentCount: 100, documentFrequency: () => 1 }),
  });
  const ask = (missing: boolean) =>
    createAskService({
      retriever: retriever(missing),
      chatModel: null,
      promptsDir: join(import.meta.dirname, "..", "..", "..", "prompts"),
      logger: silentLogger(),
    }).ask("cosa dice l'art 8 c 2 della LR 21/12?", { scope: { kind: "all" } });

  it("says the article is not among the sources instead of quoting an act's art. 8", async () => {
    const result = await ask(true);
    expect(result.found).toBe(false);
    expect(result.answer).toMatch(/^Non ho trovato l'art\. 8 della norma L\.R\. 21\/2012 tra le fonti indicizzate/);
    expect(result.answer).toContain("art. 1, art. 7, art. 24");
    expect(result.answer).not.toContain("Presidente");
  });
});
