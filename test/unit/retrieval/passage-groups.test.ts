import { describe, expect, it } from "vitest";
import type { Chunk } from "../../../src/core/types.js";
import { buildBm25Index } from "../../../src/index-format/bm25-index.js";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import { buildPassageGroups, unitText } from "../../../src/retrieval/passage-groups.js";

function chunk(id: number, text: string, article: string | null, page: number | null, path = "doc.pdf"): Chunk {
  return { id: `${path}#${id}`, path, title: "Regolamento", kind: "document", unione: null, article, page, text };
}

const chunks = [
  chunk(1, "Art. 3 - Convocazione\nIl Presidente convoca il Consiglio.", "art. 3", 2),
  chunk(2, "Art. 3 - Convocazione\nL'avviso è consegnato cinque giorni prima.", "art. 3", 3),
  chunk(3, "Art. 4 - Sedute\nLe sedute sono pubbliche.", "art. 4", 3),
  chunk(4, "Premesse senza articolo sulla pagina.", null, 5),
  chunk(5, "Altro testo della stessa pagina.", null, 5),
];

describe("passage groups", () => {
  it("joins the consecutive passages of one article across a page break into one unit, heading shown once", () => {
    const groups = buildPassageGroups(chunks);
    expect(groups.unitOf(1)).toEqual([0, 1]);
    expect(groups.unitOf(2)).toEqual([2, 2]);
    expect(groups.unitOf(4)).toEqual([3, 4]);
    const text = unitText(chunks, groups.unitOf(1), 1);
    expect(text.match(/Art\. 3 - Convocazione/g)).toHaveLength(1);
    expect(text).toContain("Il Presidente convoca il Consiglio.");
    expect(text).toContain("cinque giorni prima");
  });

  it("starts a new unit where a passage opens its own section, even under the same article", () => {
    const guide = [
      chunk(1, "Art. 19 — Durata dell'Unione\nAlmeno dieci anni.", "art. 19", null, "law/lr.md"),
      chunk(2, "Art. 19 — Durata dei conferimenti\nAlmeno cinque anni.", "art. 19", null, "law/lr.md"),
      chunk(3, "Art. 19 — Durata dei conferimenti\nLa revoca anticipata non ha effetto.", "art. 19", null, "law/lr.md"),
    ];
    const groups = buildPassageGroups(guide);
    expect(groups.unitOf(0)).toEqual([0, 0]);
    expect(groups.unitOf(2)).toEqual([1, 2]);
  });

  it("ranks pages as documents built from the passages' postings, with no text analysed again", () => {
    const groups = buildPassageGroups(chunks);
    const pages = buildBm25Index(chunks).grouped(groups.contextOf, groups.contextCount);
    expect(pages.documentCount).toBe(3);
    const terms = [...new Set(analyze("consiglio sedute pubbliche"))].map((term) => ({ term, weight: 1 }));
    const [best] = pages.search(terms, () => true, 3);
    expect(best?.position).toBe(groups.contextOf[2]);
    expect(best?.terms.sort()).toEqual(
      terms
        .filter((term) => term.term !== "consigl")
        .map((term) => term.term)
        .sort(),
    );
  });
});
