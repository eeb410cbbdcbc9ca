import { describe, expect, it } from "vitest";
import type { Chunk } from "../../../src/core/types.js";
import { buildBm25Index } from "../../../src/index-format/bm25-index.js";
import { createHashingEmbedder } from "../../../src/index-format/hashing-embedder.js";
import { createHybridIndex } from "../../../src/retrieval/hybrid-index.js";
import { buildPassageGroups, unitWindow } from "../../../src/retrieval/passage-groups.js";
import { createSynonymExpander } from "../../../src/retrieval/synonyms.js";

/** A padding sentence of about 900 characters, words no question here asks about. */
const filler = (seed: string) =>
  `Il servizio ${seed} si svolge secondo le modalità già descritte, con la cura ordinaria degli uffici. `.repeat(9);

function passage(id: number, text: string): Chunk {
  return {
    id: `det.pdf#${id}`,
    path: "documenti/det.pdf",
    title: "Determinazione n. 195 del 17/03/2026",
    kind: "document",
    unione: null,
    article: null,
    page: 4,
    section: "dispositivo",
    text,
  };
}

// One dispositivo on one page, five passages, longer than the part of a unit an answer reads (3,000 characters).
const chunks = [
  passage(0, `1. di AVVIARE la procedura per l'accordo quadro di supporto al RUP. ${filler("alfa")}`),
  passage(1, `2. di STABILIRE che l'accordo quadro vale € 23.790,00. ${filler("beta")}`),
  passage(2, `3. di APPROVARE l'avviso. ${filler("gamma")}`),
  passage(3, `4. di PUBBLICARE l'avviso. ${filler("delta")}`),
  passage(4, `8. di DARE ATTO che il RUP dell'accordo quadro è l'arch. Pasquale Maiella. ${filler("epsilon")}`),
];

describe("one source per unit, as far as the answer reads it", () => {
  const index = createHybridIndex(
    { generation: "g", chunks, keywords: buildBm25Index(chunks), vectors: null },
    { embedder: createHashingEmbedder(), expander: createSynonymExpander([]) },
  );

  it("reads a long unit around the passage found, not all of it", () => {
    const groups = buildPassageGroups(chunks);
    expect(groups.unitOf(0)).toEqual([0, 4]);
    const [start, end] = unitWindow(chunks, groups.unitOf(0), 0);
    expect(start).toBe(0);
    expect(end).toBeLessThan(4);
  });

  it("keeps a passage of the same unit that lies beyond the part read around the first one", async () => {
    // Tried: the RUP's name sits in item 8 of a long dispositivo whose item 1 matches the question better.
    // Before, the whole unit counted as one source, its text was read around item 1, and the name was lost.
    const found = await index.search(
      "avviare la procedura dell'accordo quadro di supporto al RUP Maiella",
      { kind: "all" },
      5,
    );
    const ids = found.sources.map((source) => source.id);
    expect(ids[0]).toBe("det.pdf#0");
    expect(ids).toContain("det.pdf#4");
    expect(found.units.some((unit) => unit.includes("Pasquale Maiella"))).toBe(true);
    // Each passage is read once: the second source starts where the first one's text ends.
    const first = found.units[ids.indexOf("det.pdf#0")]!;
    const second = found.units[ids.indexOf("det.pdf#4")]!;
    for (const item of ["1. di AVVIARE", "2. di STABILIRE", "3. di APPROVARE", "4. di PUBBLICARE", "8. di DARE ATTO"])
      expect(Number(first.includes(item)) + Number(second.includes(item))).toBeLessThanOrEqual(1);
  });

  it("still gives one source for passages the first one's text already shows", async () => {
    const found = await index.search("accordo quadro", { kind: "all" }, 5);
    const ids = found.sources.map((source) => source.id);
    // Items 1 and 2 are read together: only one of them is a source.
    expect(ids.filter((id) => id === "det.pdf#0" || id === "det.pdf#1")).toHaveLength(1);
  });
});
