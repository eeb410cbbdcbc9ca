/**
 * A question in several parts on one act: when the passages found lack a datum asked, the answering act is searched
 * again on its own (a fake retriever that applies the `include` filter over a few passages) and its dispositivo
 * completes the answer. Tried: a law answer (never completed from elsewhere), and an act with nothing more to say.
 */
import { describe, expect, it } from "vitest";
import { answerCompletedFromAct } from "../../../src/answering/act-completion.js";
import { analyzeQuestion } from "../../../src/answering/question-analysis.js";
import type { Chunk, Source } from "../../../src/core/types.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import type { HybridRetriever } from "../../../src/retrieval/hybrid-retriever.js";

const path = "documenti/albo/determina-216.pdf";
const chunk = (id: string, text: string, extra: Partial<Chunk> = {}): Source => ({
  id,
  path,
  title: "Determinazione n. 216",
  kind: "document",
  unione: null,
  article: null,
  page: 1,
  section: "premesse",
  score: 1,
  text,
  ...extra,
});

const premesse = chunk(
  "p1",
  "Occorreva procedere all'acquisto di nuove pistole semiautomatiche per il personale della Polizia Municipale.",
);
const other = chunk("x1", "Il regolamento della polizia municipale disciplina l'armamento degli agenti.", {
  path: "documenti/albo/regolamento.pdf",
  section: undefined,
});
const decided = chunk("p3", "Di liquidare alla ditta Armeria Piccolo la somma di € 2.552,00 IVA compresa.", {
  page: 3,
  section: "dispositivo",
});
const published = chunk("p4", "Di pubblicare la presente determinazione all'albo pretorio on line.", {
  page: 3,
  section: "dispositivo",
});
const question = "le pistole nuove dei vigili quanto le abbiamo pagate?";
const terms = [...new Set(analyze(question))].map((term) => ({ term, weight: 1 }));
const statistics = { documentCount: 50, documentFrequency: () => 2 };

/** Searches over all passages, applying the include filter like the real index does. */
function retriever(all: Source[]): HybridRetriever & { includes: number } {
  const fake = {
    includes: 0,
    async search() {
      return all;
    },
    async searchDetailed(_query: string, _scope: unknown, topK: number, filter: { include?: (c: Chunk) => boolean }) {
      if (filter?.include) fake.includes++;
      const sources = all.filter((source) => filter?.include?.(source) ?? true).slice(0, topK);
      return { sources, terms, matchedTerms: sources.map(() => []), units: sources.map((source) => source.text) };
    },
    statistics: () => statistics,
  };
  return fake as HybridRetriever & { includes: number };
}

const firstSearch = (sources: Source[]) => ({ sources, terms, units: sources.map((source) => source.text) });

describe("an answer completed from the answering act", () => {
  it("adds the amount the act's dispositivo decides and, as the lead states none, opens the answer with it", async () => {
    const fake = retriever([premesse, other, decided, published]);
    const { composed, search } = await answerCompletedFromAct(
      fake,
      { kind: "all" },
      question,
      analyzeQuestion(question),
      firstSearch([premesse, other]),
      statistics,
    );
    // The fact first, as source [1]; the passage that found the act follows as its context.
    expect(composed.text.split("\n")[0]).toMatch(/€ 2\.552,00 IVA compresa\. \[1\]$/);
    expect(composed.text).toMatch(/pistole.*\[2\]$/m);
    expect(composed.order.map((index) => search.sources[index]!.id)).toEqual(["p3", "p1", "x1"]);
  });

  it("searches the documents published with the act too: an annex is completed by the deliberation approving it", async () => {
    const folder = "documenti/albo";
    const annex = chunk("a1", "Le commissioni consiliari permanenti sono composte da consiglieri comunali.", {
      path: `${folder}/Delibera_14__5420_REGOLAMENTO_COMMISSIONI_2.pdf`,
      section: undefined,
    });
    const approving = chunk("d1", "Di approvare il regolamento delle commissioni, composto da n. 20 articoli.", {
      path: `${folder}/Delibera_14__5420_DeliberadiConsiglio_Copia_14_2026_1.pdf`,
      section: "dispositivo",
    });
    const unrelated = chunk("u1", "Di approvare il regolamento dei contributi, composto da n. 12 articoli.", {
      path: `${folder}/Delibera_15__5421_DeliberadiConsiglio_Copia_15_2026_1.pdf`,
      section: "dispositivo",
    });
    const asked = "il regolamento delle commissioni consiliari di quanti articoli è composto?";
    const { composed, search } = await answerCompletedFromAct(
      retriever([annex, unrelated, approving]),
      { kind: "all" },
      asked,
      analyzeQuestion(asked),
      firstSearch([annex]),
      statistics,
    );
    // Searched within the annex's own file alone, the count was nowhere; another deliberation's is not its count.
    expect(composed.text).toContain("n. 20 articoli");
    expect(search.sources.map((source) => source.id)).not.toContain("u1");
  });

  it("never searches again for an answer from the law, nor for a question that asks no datum", async () => {
    const law = { ...premesse, id: "l1", path: "law/lr.md", kind: "law" as const, page: null, section: undefined };
    const fake = retriever([law, decided]);
    await answerCompletedFromAct(
      fake,
      { kind: "all" },
      question,
      analyzeQuestion(question),
      firstSearch([law]),
      statistics,
    );
    const why = "perché hanno comprato le pistole nuove?";
    await answerCompletedFromAct(fake, { kind: "all" }, why, analyzeQuestion(why), firstSearch([premesse]), statistics);
    expect(fake.includes).toBe(0);
  });

  it("keeps the answer as it was when the act has nothing more (bad input: an act of one passage)", async () => {
    const fake = retriever([premesse]);
    const { composed, search } = await answerCompletedFromAct(
      fake,
      { kind: "all" },
      question,
      analyzeQuestion(question),
      firstSearch([premesse]),
      statistics,
    );
    expect(search.sources).toHaveLength(1);
    expect(composed.text).toMatch(/pistole.*\[1\]$/);
  });
});
