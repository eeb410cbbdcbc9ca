import { describe, expect, it } from "vitest";
import { draftToDocx } from "../../../src/drafting/draft-docx.js";
import type { Draft } from "../../../src/drafting/draft-types.js";
import { draftToJson, draftToMarkdown } from "../../../src/drafting/render-draft.js";
import { docxParts, docxPartText } from "./docx-text.js";

function sampleDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    tipo: "convenzione",
    title: "Convenzione per il conferimento all'Unione della Prova della funzione Polizia locale",
    unione: "unione-prova",
    unioneName: "Unione della Prova",
    funzione: "polizia-locale",
    sections: [
      {
        id: "parti-premesse",
        title: "Parti e premesse",
        text: "Tra i Comuni:\n\n- Comune di Primavalle;\n- Comune di Secondaria;",
        sources: ["D.Lgs. 267/2000 art. 30"],
        number: 1,
      },
      {
        id: "rapporti-finanziari",
        title: "Rapporti finanziari",
        text: "1. Le quote sono:\n\n| Comune | Popolazione | Quota |\n|---|---:|---:|\n| Primavalle | 12.000 | 52,00% |\n| Totale | 20.000 | 100,00% |\n\n2. [DA COMPLETARE: sede]",
        sources: [],
        number: 8,
      },
    ],
    missing: ["sede"],
    numbering: "articoli",
    notice: "Nota di prova.",
    ...overrides,
  };
}

describe("draftToJson", () => {
  it("has exactly the keys of the --json contract", () => {
    const json = draftToJson(sampleDraft()) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["tipo", "unione", "funzione", "sections", "missing"]);
    const sections = json.sections as Record<string, unknown>[];
    expect(Object.keys(sections[0]!)).toEqual(["id", "title", "text", "sources"]);
    expect(json).toMatchObject({
      tipo: "convenzione",
      unione: "unione-prova",
      funzione: "polizia-locale",
      missing: ["sede"],
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("draftToMarkdown", () => {
  it("numbers articles by their place in the template and lists what is missing", () => {
    const markdown = draftToMarkdown(sampleDraft());
    expect(markdown).toContain("# Convenzione per il conferimento");
    expect(markdown).toContain("## Art. 1 – Parti e premesse");
    expect(markdown).toContain("## Art. 8 – Rapporti finanziari");
    expect(markdown).toContain("BOZZA – Unione della Prova");
    expect(markdown).toContain("> Nota di prova.");
    expect(markdown).toMatch(/## Dati da completare\n\n- sede/);
  });

  it("numbers the paragraphs of a plan without the word Art.", () => {
    const markdown = draftToMarkdown(sampleDraft({ tipo: "piano-formativo", numbering: "paragrafi" }));
    expect(markdown).toContain("## 8. Rapporti finanziari");
    expect(markdown).not.toContain("Art. 8");
  });
});

describe("draftToDocx", () => {
  it("writes a .docx whose XML holds the title, the numbered articles, the table and the BOZZA label with the date", async () => {
    const buffer = await draftToDocx(sampleDraft(), new Date("2024-06-30T10:00:00Z"));
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    const text = await docxPartText(buffer);
    expect(text).toContain("Convenzione per il conferimento all'Unione della Prova");
    expect(text).toContain("BOZZA – Unione della Prova – 30/06/2024");
    expect(text).toContain("Art. 1 – Parti e premesse");
    expect(text).toContain("Art. 8 – Rapporti finanziari");
    expect(text).toContain("52,00%");
    expect(text).toContain("Dati da completare");
    expect(text).not.toContain("|---");
    const xml = await docxPartText(buffer, "word/document.xml");
    expect(xml).not.toMatch(/\{\{/);
    const parts = await docxParts(buffer);
    const headerPart = parts.find((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headerPart).toBeDefined();
    expect(await docxPartText(buffer, headerPart)).toContain("BOZZA – Unione della Prova – 30/06/2024");
  });

  it("says ESEMPIO FITTIZIO in the header of a draft of the fictional Unione", async () => {
    const buffer = await draftToDocx(sampleDraft({ example: true }), new Date("2025-01-02T10:00:00Z"));
    expect(await docxPartText(buffer)).toContain("BOZZA – ESEMPIO FITTIZIO – Unione della Prova – 02/01/2025");
  });
});
