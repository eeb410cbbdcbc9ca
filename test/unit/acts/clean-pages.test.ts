import { describe, expect, it } from "vitest";
import { cleanPages, documentText, pageAtOffset } from "../../../src/acts/index.js";

// An Unione's deliberation as pdf-parse returns it: the same letterhead and footer on every page, layout line
// breaks inside paragraphs, a hyphenated word, a table with tab-separated cells.
const header = [
  "UNIONE DEI COMUNI DELLA BASSA PIANURA",
  "Provincia di Ferrara",
  "Piazza Libertà 1 - 44021 Codigoro (FE) - Tel. 0533 729111 - PEC unione@pec.example.it",
];
const footer = (page: number): string[] => [
  "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate",
  `Pagina ${page} di 3`,
];
const body1 = [
  "DELIBERAZIONE DELLA GIUNTA DELL'UNIONE",
  "N. 12 DEL 31/03/2026",
  "OGGETTO: APPROVAZIONE DEL PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE 2026-2028 E",
  "DELLA DOTAZIONE ORGANICA",
  "LA GIUNTA DELL'UNIONE",
  "Premesso che l'Unione esercita in forma associata le funzioni conferite dai Comuni aderenti con le",
  "convenzioni approvate dai rispettivi Consigli comunali e che il pro-",
  "gramma delle assunzioni deve essere coerente con il piano;",
  "Visto il parere tecnico-",
  "amministrativo favorevole espresso dal responsabile del servizio personale ai sensi dell'art.",
  "49 del D.Lgs. 267/2000;",
];
const body2 = [
  "ART. 2 DOTAZIONE",
  "Profilo\tPosti coperti\tPosti programmati",
  "Istruttore amministrativo\t4\t2",
  "Agente di polizia locale 6 3 1",
  "DELIBERA",
  "1. di approvare il piano triennale dei fabbisogni di personale 2026-2028 allegato alla presente",
  "deliberazione quale parte integrante e sostanziale;",
  "2. di dichiarare la presente deliberazione immediatamente eseguibile.",
];
const body3 = [
  "ART. 3 DISPOSIZIONI FINALI",
  "La presente deliberazione è pubblicata all'albo pretorio on line.",
  "IL PRESIDENTE",
  "f.to Mario Rossi",
];
const pages = [body1, body2, body3].map((body, index) => [...header, ...body, ...footer(index + 1)].join("\n"));

describe("page cleanup", () => {
  const document = cleanPages(pages);
  const texts = document.pages.map((page) => page.text);

  it("strips the letterhead, page numbers and signature notices repeated on every page, and keeps them as removed", () => {
    for (const text of texts) {
      expect(text).not.toContain("Piazza Libertà");
      expect(text).not.toMatch(/Pagina \d di 3/);
      expect(text).not.toContain("firmato digitalmente");
      expect(text).not.toContain("BASSA PIANURA");
    }
    const removed = document.removed.map((line) => line.text);
    expect(removed).toContain("UNIONE DEI COMUNI DELLA BASSA PIANURA");
    expect(document.removed.find((line) => line.kind === "numero-pagina")?.pages).toEqual([1, 2, 3]);
  });

  it("names the ente from the letterhead", () => {
    expect(document.ente).toBe("Unione dei Comuni della Bassa Pianura");
    expect(document.letterhead[0]).toBe("UNIONE DEI COMUNI DELLA BASSA PIANURA");
  });

  it("rejoins layout breaks into paragraphs and undoes hyphenation, keeping compounds", () => {
    expect(texts[0]).toContain(
      "Premesso che l'Unione esercita in forma associata le funzioni conferite dai Comuni aderenti con le convenzioni approvate",
    );
    expect(texts[0]).toContain("il programma delle assunzioni");
    expect(texts[0]).toContain("parere tecnico-amministrativo favorevole");
    expect(texts[0]).toContain("ai sensi dell'art. 49 del D.Lgs. 267/2000;");
    expect(texts[0]).toContain(
      "OGGETTO: APPROVAZIONE DEL PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE 2026-2028 E DELLA DOTAZIONE ORGANICA",
    );
  });

  it("keeps headings, numbered items and table rows on their own lines", () => {
    const lines = texts[1]!.split("\n");
    expect(lines).toContain("ART. 2 DOTAZIONE");
    expect(lines).toContain("Profilo | Posti coperti | Posti programmati");
    expect(lines).toContain("Istruttore amministrativo | 4 | 2");
    expect(lines).toContain("Agente di polizia locale 6 3 1");
    expect(lines).toContain("DELIBERA");
    expect(lines).toContain(
      "1. di approvare il piano triennale dei fabbisogni di personale 2026-2028 allegato alla presente deliberazione quale parte integrante e sostanziale;",
    );
    expect(lines).toContain("2. di dichiarare la presente deliberazione immediatamente eseguibile.");
  });

  it("does not mistake article headings at the top of each page for a running header", () => {
    expect(texts[1]).toContain("ART. 2 DOTAZIONE");
    expect(texts[2]).toContain("ART. 3 DISPOSIZIONI FINALI");
  });

  it("keeps a signature that appears on one page only", () => {
    expect(texts[2]).toContain("IL PRESIDENTE");
    expect(texts[2]).toContain("f.to Mario Rossi");
  });

  it("joins pages into one text and finds the page of an offset", () => {
    const { text, pageStarts } = documentText(document);
    expect(pageStarts).toHaveLength(3);
    expect(pageAtOffset(pageStarts, text.indexOf("DELIBERA\n"))).toBe(2);
    expect(pageAtOffset(pageStarts, text.indexOf("DISPOSIZIONI FINALI"))).toBe(3);
    expect(pageAtOffset(pageStarts, 0)).toBe(1);
  });
});

describe("page cleanup on odd input", () => {
  it("strips a protocol stamp and a COPIA banner even on a one-page document", () => {
    const page = [
      "COPIA",
      "COMUNE DI VALLEVERDE",
      "AVVISO PUBBLICO",
      "Si rende noto che il termine è prorogato.",
      "COMUNE DI VALLEVERDE - ABC123 - REG_UFF_PROT - 0004902 - Ingresso - 24/04/2026 - 15:43",
    ].join("\n");
    const document = cleanPages([page]);
    expect(document.pages[0]!.text).toBe("AVVISO PUBBLICO\nSi rende noto che il termine è prorogato.");
    expect(document.ente).toBe("Comune di Valleverde");
    expect(document.removed.map((line) => line.kind).sort()).toEqual(["copia", "segnatura"]);
  });

  it("reports a scan without text (bad input: empty pages) and keeps going", () => {
    const document = cleanPages(["", "   \n  "]);
    expect(document.hasText).toBe(false);
    expect(document.pages.map((page) => page.text)).toEqual(["", ""]);
    expect(document.ente).toBeNull();
  });

  it("handles degenerate pages (bad input: 100,000 spaces, 20,000 lines each ending in a hyphen)", () => {
    expect(cleanPages([`${" ".repeat(100_000)}x`]).pages[0]!.text).toBe("x");
    const hyphenated = cleanPages([Array.from({ length: 20_000 }, () => "parola-").join("\n")]);
    expect(hyphenated.pages[0]!.blocks).toHaveLength(1);
    expect(hyphenated.pages[0]!.text.startsWith("parola-parola-parola")).toBe(true);
  });

  it("does not take a sentence naming a Comune for a letterhead", () => {
    const document = cleanPages(["Il Comune di Valleverde è capofila del progetto.\nAltro testo."]);
    expect(document.ente).toBeNull();
    expect(document.pages[0]!.text).toContain("Il Comune di Valleverde è capofila del progetto.");
  });

  it("strips a running title that carries the page number, but keeps numbered headings atop several pages", () => {
    const pages = [1, 2, 3, 4, 5, 6].map((page) =>
      [
        `Piano Industriale 2026 – 2028 Servizio Idrico Integrato COMUNE DI VALLEVERDE ${page}`,
        `DESCRIZIONE OBIETTIVO ${(page % 3) + 1}`,
        `Ridurre le perdite della rete idrica nel distretto ${["nord", "sud", "est", "ovest", "centro", "collina"][page - 1]}.`,
        `Indicatore: metri di rete sostituiti, obiettivo ${page * 150} metri.`,
      ].join("\n"),
    );
    const document = cleanPages(pages);
    expect(document.pages.map((page) => page.text.split("\n")[0])).toEqual(
      [2, 3, 1, 2, 3, 1].map((k) => `DESCRIZIONE OBIETTIVO ${k}`),
    );
    expect(document.removed).toEqual([
      {
        text: "Piano Industriale 2026 – 2028 Servizio Idrico Integrato COMUNE DI VALLEVERDE 1",
        kind: "ripetuta",
        pages: [1, 2, 3, 4, 5, 6],
      },
    ]);
  });

  it("marks a paragraph that continues from the previous page", () => {
    const document = cleanPages([
      "Premesso che la convenzione per la gestione associata del servizio di polizia locale è stata approvata dai Consigli dei",
      "Comuni aderenti nel corso del 2025;\nVisto lo statuto;",
    ]);
    expect(document.pages[1]!.continuesPrevious).toBe(true);
  });

  it("drops the address and contact lines under the ente's name on a one-page act (nothing repeats to tell them)", () => {
    const document = cleanPages([
      [
        "COMUNE DI VALLEVERDE",
        "Provincia di Ferrara",
        "Piazza della Repubblica 1 - 44021 Valleverde (FE)",
        "Tel. 0533 123456 - PEC comune.valleverde@pec.example.it",
        "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO",
        "Registro Generale N. 272 del 16/04/2026",
        "OGGETTO: IMPEGNO DI SPESA PER LA FORNITURA DI CANCELLERIA.",
      ].join("\n"),
    ]);
    expect(document.ente).toBe("Comune di Valleverde");
    expect(document.pages[0]!.text.split("\n")[0]).toBe("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO");
    expect(document.letterhead).toContain("Tel. 0533 123456 - PEC comune.valleverde@pec.example.it");
  });
});
