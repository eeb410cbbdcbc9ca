/** Questions naming acts narrow retrieval to them; what is not indexed is said so. */
import { describe, expect, it } from "vitest";
import { decidingActLabel } from "../../../src/acts/index.js";
import { actNarrowing, actNotFoundAnswer } from "../../../src/answering/act-narrowing.js";
import { analyzeQuestion } from "../../../src/answering/question-analysis.js";
import { sourceLabel } from "../../../src/answering/source-label.js";
import type { Chunk, SourceAct } from "../../../src/core/types.js";

const dg42: SourceAct = {
  type: "delibera",
  organ: "giunta",
  number: "42",
  date: "2026-03-24",
  year: 2026,
  subject: "PIANO TRIENNALE DEL FABBISOGNO DI PERSONALE 2026/2028",
  label: "Delibera di Giunta n. 42 del 24/03/2026",
  subKind: null,
  sectorNumber: null,
  parent: null,
};

function chunk(act?: SourceAct): Chunk {
  const base: Chunk = {
    id: "a#1",
    path: "documenti/a.pdf",
    title: act?.label ?? "Legge",
    kind: "document",
    unione: null,
    article: null,
    page: 5,
    text: "testo",
  };
  return act ? { ...base, act } : base;
}

describe("actNarrowing", () => {
  it("filters on the act a question names by number or period, an annex matching through its act", () => {
    const narrowing = actNarrowing("cosa prevede la DG 42 del 2026?")!;
    expect(narrowing.description).toBe("la delibera di Giunta n. 42 del 2026");
    expect(narrowing.filter(chunk(dg42))).toBe(true);
    expect(narrowing.filter(chunk({ ...dg42, number: "43" }))).toBe(false);
    expect(narrowing.filter(chunk())).toBe(false);
    const annex = {
      ...dg42,
      type: "piano",
      number: null,
      parent: { type: "delibera", organ: "giunta", number: "42", date: "2026-03-24", year: 2026 },
    };
    expect(narrowing.filter(chunk(annex))).toBe(true);
    expect(actNarrowing("le delibere di Giunta del 2025 sul personale")!.filter(chunk(dg42))).toBe(false);
    // "det 272", "delib 42": the short forms officials type before a number.
    expect(actNarrowing("la det 272 del 2026 a chi paga?")?.description).toBe("la determinazione n. 272 del 2026");
    expect(actNarrowing("delib 42/2026")!.filter(chunk(dg42))).toBe(true);
  });

  it("finds the passages of other acts that cite an act named by number, and not those citing another one", () => {
    const citing = (text: string) => ({ ...chunk({ ...dg42, number: "5", organ: "consiglio" }), text });
    const citedBy = actNarrowing("la DG 23 con che numero è stata pubblicata all'albo?")!.citedBy!;
    expect(citedBy(citing("Vista la deliberazione di Giunta Comunale n.23 del 10.02.2026 (allegata);"))).toBe(true);
    expect(citedBy(citing("Vista la deliberazione di Consiglio Comunale n. 23 del 10.02.2026;"))).toBe(false);
    expect(citedBy(citing("Vista la deliberazione di Giunta Comunale n. 123 del 10.02.2026;"))).toBe(false);
    expect(citedBy(citing("per un importo di euro 23,00"))).toBe(false);
    expect(citedBy({ ...chunk(), text: "delibera di Giunta n. 23" })).toBe(false);
    expect(actNarrowing("le delibere di Giunta del 2026")!.citedBy).toBeNull();
  });

  it("leaves questions without a number or a period, and laws, unfiltered", () => {
    expect(actNarrowing("come si scrive la delibera di Giunta di conferimento?")).toBeNull();
    expect(actNarrowing("cosa dice l'art. 24 della L.R. 21/2012?")).toBeNull();
    expect(actNarrowing("la DGR 941/2024 cosa prevede?")).toBeNull();
  });

  it("says in Italian which act is not indexed", () => {
    expect(actNotFoundAnswer(actNarrowing("la determina 272 del 2026")!)).toMatch(
      /^Non ho trovato la determinazione n\. 272 del 2026 tra gli atti indicizzati\./,
    );
    expect(actNotFoundAnswer(actNarrowing("l'ordinanza sindacale n. 13")!)).toMatch(
      /^Non ho trovato l'ordinanza sindacale n\. 13 /,
    );
  });
});

describe("sourceLabel", () => {
  it("names an act by label and OGGETTO, then page, and marks OCR text", () => {
    expect(sourceLabel({ ...chunk(dg42), article: null })).toBe(
      "Delibera di Giunta n. 42 del 24/03/2026 — Piano triennale del fabbisogno di personale 2026/2028, p. 5",
    );
    expect(sourceLabel({ ...chunk(dg42), ocr: true })).toMatch(/, p\. 5 \(testo da OCR\)$/);
    expect(sourceLabel({ title: "L.R. 21/2012", article: "art. 24 c.4-bis", page: null })).toBe(
      "L.R. 21/2012, art. 24 c.4-bis",
    );
  });
});

describe("decidingActLabel", () => {
  it("names the act itself, or the act an annex was approved with, and nothing for an unnumbered document", () => {
    expect(decidingActLabel(dg42)).toBe("Delibera di Giunta n. 42 del 24/03/2026");
    const piao = {
      ...dg42,
      type: "piano",
      number: null,
      label: "PIAO",
      parent: { type: "delibera", organ: "giunta", number: "45", date: "2026-03-24", year: 2026 },
    };
    expect(decidingActLabel(piao)).toBe("Delibera di Giunta n. 45 del 24/03/2026");
    expect(decidingActLabel({ ...piao, parent: null })).toBeNull();
  });

  it("names an annexed document of the kind the question asks for by its own number ('che verbale è?')", () => {
    const verbale = {
      ...dg42,
      type: "verbale",
      organ: null,
      number: "3",
      date: "2026-03-17",
      parent: { type: "delibera", organ: "giunta", number: "42", date: "2026-03-24", year: 2026 },
    };
    expect(decidingActLabel(verbale)).toBe("Delibera di Giunta n. 42 del 24/03/2026");
    expect(decidingActLabel(verbale, analyzeQuestion("il revisore che verbale ha fatto e quando?").actType)).toBe(
      "Verbale n. 3 del 17/03/2026",
    );
    expect(decidingActLabel({ ...verbale, number: null }, "verbale")).toBe("Delibera di Giunta n. 42 del 24/03/2026");
  });
});
