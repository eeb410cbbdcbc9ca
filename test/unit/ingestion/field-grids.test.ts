import { describe, expect, it } from "vitest";
import { fieldGridLines } from "../../../src/ingestion/field-grids.js";
import { loadDocument } from "../../../src/ingestion/load-document.js";
import type { PdfTextItem } from "../../../src/ingestion/reading-order.js";
import { makePlacedPdf, type PlacedLine } from "../../support/make-pdf.js";

/** A text item as pdf.js gives it: 10-point upright text at (x, y), about 5 points a character. */
function item(str: string, x: number, y: number): PdfTextItem {
  return { str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10 };
}

// The accounting box a determina closes with (Determina 326/2026, p. 3): headings over two rows, values below.
const box: PlacedLine[] = [
  { text: "Descrizione Capitolo: ACQUISTO REGISTRI STATO CIVILE", x: 40, y: 560 },
  { text: "Piano", x: 45, y: 540 },
  { text: "Quinti Livello", x: 300, y: 540 },
  { text: "N. Impegno", x: 480, y: 540 },
  { text: "Finanziario", x: 40, y: 528 },
  { text: "Missione", x: 130, y: 528 },
  { text: "Capitolo", x: 210, y: 528 },
  { text: "p.f.", x: 310, y: 528 },
  { text: "Esercizio", x: 400, y: 528 },
  { text: "Provvisorio", x: 480, y: 528 },
  { text: "1.03.01.02.014", x: 40, y: 514 },
  { text: "01.07", x: 135, y: 514 },
  { text: "274.9", x: 215, y: 514 },
  { text: "14 - Stampati", x: 300, y: 514 },
  { text: "2026", x: 405, y: 514 },
  { text: "60", x: 490, y: 514 },
];

const items = (lines: PlacedLine[]) => lines.map((line) => item(line.text, line.x, line.y));

describe("grids of headings over values", () => {
  it("pair each value with the heading it stands under, headings over two rows read as one", () => {
    expect(fieldGridLines(items(box))).toBe(
      "Piano Finanziario: 1.03.01.02.014 — Missione: 01.07 — Capitolo: 274.9 — Quinti Livello p.f.: 14 - Stampati — Esercizio: 2026 — N. Impegno Provvisorio: 60.",
    );
  });

  it("leave out what is not a grid: a letterhead's footer under the headings, justified prose, a lone label", () => {
    const footer = [
      ...box.slice(0, 10),
      {
        text: "Piazza Municipio n. 1, C.A.P: 83021 - Avella (AV); P. IVA 00248800641; Tel/Fax 081.8259343",
        x: 40,
        y: 514,
      },
    ];
    expect(fieldGridLines(items(footer))).toBe("");
    // Words of a justified line stand apart like cells; they open in lower case and run on as prose.
    const prose = [item("che", 40, 700), item("lo", 120, 700), item("stesso", 200, 700), item("gruppo 7 di", 40, 686)];
    expect(fieldGridLines(prose)).toBe("");
    expect(fieldGridLines([item("Capitolo:", 40, 700), item("274.9", 100, 686)])).toBe("");
  });

  it("put a value set right in a wide column under the heading that starts before it", () => {
    // The liquidation box (Determina 326/2026, p. 3): "613" stands right of "Numero Liquid.", overlapping no heading.
    const liquidation = [
      item("Numero Liquid.", 73, 167),
      item("Importo Liquidazione", 239, 167),
      item("Esercizio", 431, 167),
      item("613", 161, 145),
      item("183,00", 356, 145),
      item("2026", 441, 145),
    ];
    expect(fieldGridLines(liquidation)).toBe("Numero Liquid.: 613 — Importo Liquidazione: 183,00 — Esercizio: 2026.");
  });

  it("read a row that fills every column as a record of its own, and a row of names as no values", () => {
    const interventions = [
      item("N.", 40, 700),
      item("Intervento", 80, 700),
      item("CUP", 300, 700),
      item("Importo", 420, 700),
      ...[
        ["2", "Mensa scolastica – Scuola Elementare", "J25E22000370006", "7.320,00"],
        ["3", "Mensa scolastica – Scuola Media", "J25E24000230006", "7.320,00"],
      ].flatMap(([n, what, cup, amount], row) => [
        item(n!, 40, 686 - 14 * row),
        item(what!, 80, 686 - 14 * row),
        item(cup!, 300, 686 - 14 * row),
        item(amount!, 420, 686 - 14 * row),
      ]),
    ];
    // Before, the rows were joined by column ("N.: 2 3; Importo: 7.320,00 7.320,00"): which amount was whose?
    expect(fieldGridLines(interventions).split("\n")).toEqual([
      "N.: 2 — Intervento: Mensa scolastica – Scuola Elementare — CUP: J25E22000370006 — Importo: 7.320,00.",
      "N.: 3 — Intervento: Mensa scolastica – Scuola Media — CUP: J25E24000230006 — Importo: 7.320,00.",
    ]);
    // A staff table: a row of names under words is no grid of headings and values ("Silvia: FUSCO").
    const staff = [
      item("Silvia", 40, 700),
      item("Tempo indeterminato e", 160, 700),
      item("Istruttore", 300, 700),
      item("FUSCO", 40, 686),
      item("parziale (50%)", 160, 686),
      item("amministrativo", 300, 686),
    ];
    expect(fieldGridLines(staff)).toBe("");
  });

  it("add the paired line to the page a real PDF gives", async () => {
    const document = await loadDocument(await makePlacedPdf(box), "determina.pdf");
    const text = document.units[0]!.text;
    // Read as drawn, "Capitolo" and "274.9" stand on different lines; the paired line says which is which.
    expect(text).toContain("Capitolo: 274.9 —");
    expect(text).toContain("Descrizione Capitolo: ACQUISTO REGISTRI STATO CIVILE");
  });
});
