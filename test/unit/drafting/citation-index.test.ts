import { describe, expect, it } from "vitest";
import { buildCitationIndex, citationIndexFromTexts } from "../../../src/drafting/citation-index.js";
import { parseCitationString } from "../../../src/drafting/legal-citations.js";
import { knowledgeDir } from "./drafting-fixtures.js";

const lawText = `---
short: "L.R. 21/2012"
---
# Legge
## Art. 19 — Durata
testo
## Art. 24 c.4 — Gestione integrale
testo
## Art. 24 c.5 — Personale
`;
const tuelText = `---
short: "D.Lgs. 267/2000"
aliases: ["TUEL"]
---
## Art. 30 — Convenzioni
## Art. 32 c.4 — Statuto e regolamenti
`;
const prtText = `---
short: "PRT 2024-2026"
---
## DGR 941/2024 — Adozione del PRT
## Direttiva Min. PA 14/1/2025 — Formazione
## Note senza unità citabile
`;

const index = citationIndexFromTexts([lawText, tuelText, prtText]);
const has = (citation: string) => index.has(parseCitationString(citation)!);

describe("citation index", () => {
  it("accepts the articles and commas that have a section", () => {
    expect(has("L.R. 21/2012 art. 24 c.4")).toBe(true);
    expect(has("L.R. 21/2012 art. 19")).toBe(true);
  });

  it('accepts "art. 24" when only comma sections of art. 24 exist', () => {
    expect(has("L.R. 21/2012 art. 24")).toBe(true);
  });

  it("accepts a comma of an article that has a whole-article section, but not an unknown comma", () => {
    expect(has("D.Lgs. 267/2000 art. 30 c.2")).toBe(true);
    expect(has("L.R. 21/2012 art. 24 c.9")).toBe(false);
  });

  it("rejects an invented article and an unknown source", () => {
    expect(has("L.R. 21/2012 art. 99")).toBe(false);
    expect(has("L. 241/1990 art. 15")).toBe(false);
  });

  it("treats TUEL and D.Lgs. 267/2000 as the same source", () => {
    expect(has("TUEL art. 30")).toBe(true);
    expect(has("TUEL art. 32 c.4")).toBe(true);
    expect(has("TUEL art. 31")).toBe(false);
  });

  it("makes DGR headings and named units before a dash citable", () => {
    expect(has("DGR 941/2024")).toBe(true);
    expect(has("Direttiva Min. PA 14/1/2025")).toBe(true);
    expect(has("Note senza unità citabile")).toBe(false);
  });

  it("reads the shipped knowledge/law with the legal premises of a convenzione", () => {
    const shipped = buildCitationIndex(knowledgeDir);
    for (const citation of [
      "D.Lgs. 267/2000 art. 30",
      "D.Lgs. 267/2000 art. 32",
      "L.R. 21/2012 art. 7",
      "L.R. 21/2012 art. 19",
      "L.R. 21/2012 art. 24 c.4",
    ]) {
      expect(shipped.has(parseCitationString(citation)!), citation).toBe(true);
    }
    expect(shipped.has(parseCitationString("L.R. 21/2012 art. 99")!)).toBe(false);
  });
});
