import { describe, expect, it } from "vitest";
import { loadDocument } from "../../../src/ingestion/load-document.js";
import { type PdfTextItem, readingOrderText } from "../../../src/ingestion/reading-order.js";
import { makePlacedPdf, type PlacedLine } from "../../support/make-pdf.js";

const a4 = { bottom: 0, top: 842 };

/** A text item as pdf.js gives it: 10-point upright text at (x, y), about 5 points a character. */
function item(str: string, x: number, y: number, rotated = false): PdfTextItem {
  return { str, transform: rotated ? [0, 10, -10, 0, x, y] : [10, 0, 0, 10, x, y], width: str.length * 5, height: 10 };
}

// A deliberation whose working-group table is drawn after the paragraph that follows it on the page, as the
// notice-board software of the corpus does (Delibera 47/2026, p. 3).
const tableDrawnLast: PlacedLine[] = [
  { text: "Piazza Municipio n. 1 - Avella", x: 100, y: 40 },
  { text: "Costituire il Gruppo di Lavoro, composto dal seguente personale:", x: 60, y: 760 },
  { text: "Dato atto che la somma occorrente è di euro 1.200,00;", x: 60, y: 640 },
  { text: "Trasmettere il presente atto all'Ufficio Segreteria.", x: 60, y: 620 },
  { text: "Cognome e nome", x: 120, y: 730 },
  { text: "Servizio", x: 300, y: 730 },
  { text: "Maietta Vincenzo", x: 120, y: 715 },
  { text: "Ufficio Anagrafe", x: 300, y: 715 },
  { text: "Serino Domenico", x: 120, y: 700 },
  { text: "Ufficio Anagrafe", x: 300, y: 700 },
];

describe("PDF text in reading order", () => {
  it("puts a table drawn last where it stands on the page, its cells on one line", async () => {
    const document = await loadDocument(await makePlacedPdf(tableDrawnLast), "delibera.pdf");
    const lines = document.units[0]!.text.split("\n").map((line) => line.trim());
    const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
    // pdf-parse alone gives the drawing order: the names after "Trasmettere …". Through the loader they follow the
    // lead-in they complete; this also fails if pdf-parse stops calling the hook (pdf-loader.ts).
    expect(at("Costituire")).toBeLessThan(at("Maietta"));
    expect(at("Serino")).toBeLessThan(at("Dato atto"));
    expect(lines.some((line) => /^Maietta Vincenzo\s+Ufficio Anagrafe$/.test(line))).toBe(true);
    // The footer drawn first closes the page.
    expect(lines.at(-1)).toBe("Piazza Municipio n. 1 - Avella");
  });

  it("reads a real PDF in two columns column by column, through pdf-parse's own reading of the same content", async () => {
    const left = ["L'Unione esercita in forma associata", "le funzioni conferite dai Comuni", "secondo lo statuto."];
    const right = ["La Giunta è composta dai sindaci", "dei Comuni che fanno parte", "dell'Unione stessa."];
    const lines: PlacedLine[] = [
      ...left.map((text, row) => ({ text, x: 40, y: 700 - 14 * row })),
      ...right.map((text, row) => ({ text, x: 320, y: 700 - 14 * row })),
    ];
    const text = (await loadDocument(await makePlacedPdf(lines), "bollettino.pdf")).units[0]!.text;
    expect(text.indexOf("secondo lo statuto.")).toBeLessThan(text.indexOf("La Giunta"));
    expect(text).not.toMatch(/associata\s+La Giunta/);
  });

  it("keeps the drawing order of a page in two columns of prose", () => {
    const left = [
      "L'Unione esercita in forma associata",
      "le funzioni conferite dai Comuni",
      "secondo lo statuto vigente.",
    ];
    const right = ["La Giunta è composta dai sindaci", "dei Comuni che fanno parte", "dell'Unione, come da statuto."];
    const items = [
      ...left.map((text, row) => item(text, 40, 700 - 14 * row)),
      ...right.map((text, row) => item(text, 320, 700 - 14 * row)),
    ];
    // Laid out by rows, each line would read across both columns; drawn column by column, each column stays whole.
    expect(readingOrderText(items)).toBeNull();
  });

  it("keeps the drawing order when the act number's box stands beside the OGGETTO's box", () => {
    // Drawn as one block going down: the left box, then the right one starting back on the first row.
    const items = [
      item("N. 30 DEL", 40, 700),
      item("17/03/2026", 40, 688),
      item("OGGETTO: SERVIZIO DI INTERPRETARIATO E", 150, 700),
      item("TRADUZIONE. LIQUIDAZIONE FEBBRAIO 2026.", 150, 688),
      item("Registro Generale", 40, 660),
    ];
    expect(readingOrderText(items)).toBeNull();
  });

  it("keeps the drawing order of a page drawn box by box (an organisation chart)", () => {
    const boxes = ["Servizi Generali", "Polizia Locale", "Servizio Tecnico", "Tributi", "Anagrafe"];
    const items = boxes.flatMap((name, box) =>
      [name, "Responsabile:", "da nominare"].map((line, row) => item(line, 40 + 100 * box, 700 - 14 * row)),
    );
    expect(readingOrderText(items)).toBeNull();
  });

  it("keeps the drawing order of a page whose only block out of place is its footer or letterhead", () => {
    const items = [
      item("Piazza Municipio n. 1 - Avella", 100, 40),
      item("COMUNE DI AVELLA", 250, 800),
      item("Vista la proposta di deliberazione;", 60, 700),
      item("Ritenuto di dover provvedere in merito;", 60, 686),
    ];
    // Margins are 10% of the page at the top and at the bottom: the body, drawn in order, needs nothing.
    expect(readingOrderText(items, a4)).toBeNull();
    // A table of the body drawn after the text below it is still put back in its place.
    const table = [...items, item("Dato atto che la spesa è finanziata;", 60, 600), item("Maietta Vincenzo", 120, 650)];
    expect(readingOrderText(table, a4)?.indexOf("Maietta")).toBeLessThan(
      readingOrderText(table, a4)!.indexOf("Dato atto"),
    );
  });

  it("reads a stamp along the margin after the page, not one letter a row", () => {
    const items = [
      item("Il Responsabile del Servizio", 60, 700),
      item("Documento firmato digitalmente", 20, 400, true),
      item("dott. Pasquale Maiella", 60, 686),
    ];
    expect(readingOrderText(items)).toBe(
      "Il Responsabile del Servizio\ndott. Pasquale Maiella\nDocumento firmato digitalmente",
    );
  });

  // The water plan's budget (Delibera 3/2026, p. 13) is drawn column by column: the items, then each year's amounts.
  // Read in that order, "Canone di attraversamento ANAS" stood forty lines away from its "10.000,00 €".
  const budget = [
    "Stipendi e costi fissi",
    "Assistenza software",
    "Analisi chimiche acque",
    "Carburanti per automezzi",
    "Spese postali bollette",
    "Canone di attraversamento circumvesuviana",
    "Canone di attraversamento ANAS",
    "Energia elettrica pozzi",
    "Manutenzione reti",
  ];
  const drawnByColumn = (labels: string[], figure: (row: number) => string) => [
    item("Riepilogo costi da impegnare", 60, 760),
    ...labels.map((label, row) => item(label, 60, 740 - 14 * row)),
    ...labels.map((_label, row) => item(figure(row), 300, 740 - 14 * row)),
    ...labels.map((_label, row) => item(figure(row + 1), 400, 740 - 14 * row)),
  ];

  it("reads a table of figures drawn column by column row by row, each label beside its amounts", () => {
    const items = drawnByColumn(budget, (row) => `${row + 10}.000,00 €`);
    // Drawing order goes back up the page for each column: before, such a page kept it.
    const text = readingOrderText(items, a4);
    expect(text?.split("\n")).toContain("Canone di attraversamento ANAS\t16.000,00 €\t17.000,00 €");
  });

  it("keeps the drawing order of boxes drawn column by column when their cells are not figures", () => {
    // The same layout with words in the second and third columns (a performance plan's objectives, an organisation
    // chart): laid out by rows, each line would read across unrelated boxes.
    const items = drawnByColumn(budget, (row) => `obiettivo di gestione ${row}`);
    expect(readingOrderText(items, a4)).toBeNull();
  });

  it("separates cells across a blank drawn over the whole row, and keeps a bullet with its item", () => {
    const items = [
      item("Carburanti per automezzi", 60, 700),
      { ...item(" ", 180, 700), width: 400 },
      item("10.000,00 €", 300, 700),
      item("•", 40, 680),
      item("Di approvare le tariffe", 60, 680),
    ];
    // pdf.js gives some files' blanks the width of the row: the amount would have been glued to the label.
    expect(readingOrderText(items)).toBe("Carburanti per automezzi\t10.000,00 €\n• Di approvare le tariffe");
  });

  it("keeps a superscript on its line and separates far cells with a tab", () => {
    const items = [item("comma 1", 60, 700), { ...item("bis", 96, 704), height: 6 }, item("11", 300, 700)];
    expect(readingOrderText(items)).toBe("comma 1bis\t11");
  });
});
