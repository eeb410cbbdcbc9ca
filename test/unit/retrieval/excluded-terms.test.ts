/**
 * What a question sets aside is left out of the search, and a "(non …)" aside rules its passages down. Tried: a
 * negated aside, "a parte" closing the question and opening it, an aside with a question after it, and questions
 * that only look alike ("quanto costa esclusa l'IVA?", "va pagato a parte?").
 */
import { describe, expect, it } from "vitest";
import type { Chunk } from "../../../src/core/types.js";
import { buildBm25Index } from "../../../src/index-format/bm25-index.js";
import { createHashingEmbedder } from "../../../src/index-format/hashing-embedder.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import { withoutExcluded } from "../../../src/retrieval/excluded-terms.js";
import { createHybridIndex } from "../../../src/retrieval/hybrid-index.js";
import { createSynonymExpander } from "../../../src/retrieval/synonyms.js";

describe("withoutExcluded", () => {
  it("leaves out a negated aside and rules its terms out", () => {
    const { kept, excluded } = withoutExcluded("un ordine del giorno (non mozione) quanti giorni prima va presentato?");
    expect(analyze(kept)).not.toContain(analyze("mozione")[0]);
    expect(analyze(kept)).toContain(analyze("ordine")[0]);
    expect(excluded).toEqual(analyze("mozione"));
  });

  it("leaves out what 'a parte' sets aside, up to where the question resumes, without ruling it out", () => {
    const closing = withoutExcluded("la ragioneria che obiettivi ha, a parte trasparenza e formazione?");
    expect(analyze(closing.kept)).toEqual(analyze("la ragioneria che obiettivi ha"));
    expect(closing.excluded).toEqual([]);
    const opening = withoutExcluded("a parte la TARI, quali tributi si pagano al comune?");
    expect(analyze(opening.kept)).toEqual(analyze("quali tributi si pagano al comune?"));
  });

  it("keeps questions that only look alike as they are", () => {
    for (const question of ["quanto costa esclusa l'iva?", "va pagato a parte il trasporto?"]) {
      expect(withoutExcluded(question)).toEqual({ kept: question, excluded: [] });
    }
  });
});

describe("a search with a '(non …)' aside", () => {
  const article = (id: number, label: string, text: string): Chunk => ({
    id: `reg.pdf#${id}`,
    path: "documenti/reg.pdf",
    title: "Regolamento del Consiglio comunale",
    kind: "document",
    unione: null,
    article: label,
    page: 10 + id,
    section: undefined,
    text,
  });
  const chunks = [
    article(0, "art. 59", "La mozione è presentata al Presidente per l'ordine del giorno almeno dieci giorni prima."),
    article(1, "art. 63", "L'ordine del giorno è presentato al Presidente almeno tre giorni prima della seduta."),
  ];
  const index = createHybridIndex(
    { generation: "g", chunks, keywords: buildBm25Index(chunks), vectors: null },
    { embedder: createHashingEmbedder(), expander: createSynonymExpander([]) },
  );

  it("puts first the passage not about what the question rules out", async () => {
    // Tried: the same question without the aside finds the mozione first (its words are all there).
    const plain = await index.search("la mozione in consiglio quanti giorni prima va presentata?", { kind: "all" }, 2);
    expect(plain.sources[0]?.article).toBe("art. 59");
    const asked = "un ordine del giorno (non mozione) quanti giorni prima va presentato al presidente?";
    const found = await index.search(asked, { kind: "all" }, 2);
    expect(found.sources[0]?.article).toBe("art. 63");
  });
});
