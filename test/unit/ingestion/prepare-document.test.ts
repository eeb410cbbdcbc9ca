/**
 * What ingestion makes of a loaded document before chunking: cleaned pages, sentences completed across page
 * breaks, an act's parts marked, and which files are acts.
 */
import { describe, expect, it } from "vitest";
import { markSections } from "../../../src/ingestion/act-sections.js";
import type { LoadedDocument } from "../../../src/ingestion/loaded-document.js";
import { completeBrokenSentences, prepareDocument } from "../../../src/ingestion/prepare-document.js";
import { splitSentences } from "../../../src/ingestion/sentence-splitter.js";
import { loadText } from "../../../src/ingestion/text-loader.js";

const letterhead = ["COMUNE DI AVELLA", "Provincia di Avellino", "Piazza Municipio, 1 - 83021 Avella (AV)"];

function pdfOf(pages: string[]): LoadedDocument {
  return { title: null, format: "pdf", units: pages.map((text, index) => ({ text, page: index + 1 })) };
}

const deliberation = pdfOf([
  [
    ...letterhead,
    "COPIA",
    "DELIBERAZIONE DELLA GIUNTA COMUNALE",
    "N. 42 del 24/03/2026",
    "OGGETTO: APPROVAZIONE DEL PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE 2026/2028.",
    "LA GIUNTA COMUNALE",
    "Visto il D.Lgs. n. 165/2001 e in particolare l'art. 6 sul piano dei fabbisogni;",
    "Ritenuto di dover provvedere in merito;",
    "Pag. 1 di 2",
  ].join("\n"),
  [
    ...letterhead,
    "COPIA",
    "DELIBERA",
    "1. di approvare il piano triennale dei fabbisogni di personale 2026/2028;",
    "2. di dichiarare la presente immediatamente eseguibile.",
    "Pag. 2 di 2",
  ].join("\n"),
]);

describe("prepareDocument", () => {
  it("cleans a deliberation's pages, recognises the act and marks its OGGETTO, premesse and dispositivo", () => {
    const { document, act } = prepareDocument(deliberation, "documenti/DGC_42_2026.pdf", "document");
    expect(act).toMatchObject({ type: "delibera", organ: "giunta", number: "42", date: "2026-03-24" });
    const text = document.units.map((unit) => unit.text).join("\n");
    expect(text).not.toMatch(/Provincia di Avellino|Pag\. \d di|^COPIA$/m);
    const sectionOf = (phrase: string) => document.units.find((unit) => unit.text.includes(phrase))?.section;
    expect(sectionOf("OGGETTO: APPROVAZIONE")).toBe("oggetto");
    expect(sectionOf("Ritenuto di dover provvedere")).toBe("premesse");
    expect(sectionOf("di approvare il piano")).toBe("dispositivo");
    expect(document.units.find((unit) => unit.text.includes("di approvare"))?.page).toBe(2);
  });

  it("takes neither a law nor a template for an act, and a Markdown file only when its text heads a numbered act", () => {
    expect(prepareDocument(deliberation, "law/dgc.pdf", "law").act).toBeNull();
    expect(prepareDocument(deliberation, "templates/dgc.pdf", "template").act).toBeNull();
    const scheda = loadText(Buffer.from("# Terre del Delta\n\nLa Giunta dell'Unione approva il piano.\n"), "markdown");
    expect(prepareDocument(scheda, "unioni/terre-del-delta/scheda.md", "record").act).toBeNull();
    const markdownAct = loadText(
      Buffer.from(
        "COMUNE DI CODIGORO\n\nDELIBERAZIONE DEL CONSIGLIO COMUNALE\nN. 12 del 30/04/2025\n\nOGGETTO: CONFERIMENTO ALL'UNIONE DELLA FUNZIONE DI POLIZIA LOCALE.\n\nIL CONSIGLIO COMUNALE\nVisto lo statuto dell'Unione;\n\nDELIBERA\n1. di conferire all'Unione la funzione di polizia locale.\n",
      ),
      "markdown",
    );
    const prepared = prepareDocument(markdownAct, "unioni/terre-del-delta/dcc-12-2025.md", "record");
    expect(prepared.act).toMatchObject({ type: "delibera", organ: "consiglio", number: "12" });
    expect(prepared.document.units.some((unit) => unit.section === "dispositivo")).toBe(true);
  });

  it("keeps a document whose every line looks like a running header (bad input: nothing would be left)", () => {
    const repeated = pdfOf(["COMUNE DI AVELLA\nPag. 1", "COMUNE DI AVELLA\nPag. 2", "COMUNE DI AVELLA\nPag. 3"]);
    const { document, act } = prepareDocument(repeated, "documenti/vuoto.pdf", "document");
    expect(document.units.map((unit) => unit.text)).toEqual(repeated.units.map((unit) => unit.text));
    expect(act).toBeNull();
  });

  it("carries the OCR mark of a page", () => {
    const scanned: LoadedDocument = {
      title: null,
      format: "pdf",
      units: [
        { text: "AVVISO PUBBLICO\nSi rende noto che il mercato settimanale si terrà il martedì.", page: 1, ocr: true },
      ],
    };
    expect(prepareDocument(scanned, "documenti/avviso.pdf", "document").document.units[0]).toMatchObject({ ocr: true });
  });
});

describe("completeBrokenSentences", () => {
  it("moves the end of a sentence cut by a page break back to the page where it starts", () => {
    const pages = completeBrokenSentences(
      [
        "Il Consiglio approva il piano ai sensi dell'art. 42 del",
        "TUEL e ne dispone la pubblicazione. Il Sindaco firma.",
      ],
      [false, true],
      splitSentences,
    );
    expect(pages[0]).toBe(
      "Il Consiglio approva il piano ai sensi dell'art. 42 del TUEL e ne dispone la pubblicazione.",
    );
    expect(pages[1]).toBe("Il Sindaco firma.");
  });

  it("rejoins a word hyphenated across the break and leaves pages that do not continue alone", () => {
    expect(completeBrokenSentences(["la delibe-", "razione è esecutiva."], [false, true], splitSentences)).toEqual([
      "la deliberazione è esecutiva.",
      "",
    ]);
    expect(completeBrokenSentences(["Fine.", "Inizio."], [false, false], splitSentences)).toEqual(["Fine.", "Inizio."]);
  });
});

describe("markSections", () => {
  it("splits a page where the dispositivo starts, keeping page numbers and other fields", () => {
    const units = markSections([
      { text: "OGGETTO: nomina.\nVisto lo statuto;\nDELIBERA\n1. di nominare il revisore.", page: 3, ocr: true },
    ]);
    expect(units.map((unit) => [unit.section, unit.page, unit.ocr])).toEqual([
      ["oggetto", 3, true],
      ["premesse", 3, true],
      ["dispositivo", 3, true],
    ]);
  });
});
