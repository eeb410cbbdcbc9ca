import { describe, expect, it } from "vitest";
import { datumBesideSubject } from "../../../src/answering/datum-beside-subject.js";

// The question's own terms as the composer weighs them: the rarer, the heavier ("anfiteatr" names the item).
const own = [
  { term: "stanz", weight: 1.2 },
  { term: "anfiteatr", weight: 3.1 },
  { term: "roman", weight: 2.4 },
];
const total = "2. di STABILIRE che l'importo massimo complessivo dell'accordo quadro è pari a € 23.790,00;";
const list = "• Abbattimento Barriere Anfiteatro Romano (CUP J27B23000010001);\n• Abbattimento Barriere Museo MIA;";
const table =
  "N. Intervento CUP Importo 2 Mensa scolastica – Scuola Elementare J25E22000370006 7.320,00 4 Abbattimento Barriere Anfiteatro Romano J27B23000010001 1.830,00 5 Abbattimento Barriere Museo MIA J27B23000020001 3.660,00";

describe("the amount beside the item asked", () => {
  it("is taken from the act's line that names the item when the answer states only the total", () => {
    const found = datumBesideSubject(
      own,
      [`${list}\n${total}`],
      [
        { unit: 0, text: `${list}\n${total}` },
        { unit: 3, text: table },
      ],
    );
    expect(found?.unit).toBe(3);
    // A run-on table line is cut to the item: its own figure, not the next item's.
    expect(found?.text).toBe("… 4 Abbattimento Barriere Anfiteatro Romano J27B23000010001 1.830,00 …");
  });

  it("adds nothing when the answer already states an amount beside the item, or the act never names it", () => {
    const stated = "Abbattimento Barriere Anfiteatro Romano: € 1.830,00;";
    expect(datumBesideSubject(own, [stated], [{ unit: 1, text: table }])).toBeNull();
    const elsewhere = [{ unit: 0, text: total }];
    expect(datumBesideSubject(own, [total], elsewhere)).toBeNull();
  });

  it("takes no figure that stands far after the item: it belongs to another one", () => {
    const farther = `Anfiteatro Romano ${"parola ".repeat(20)}€ 9.999,00`;
    const line = `${"x ".repeat(130)}${farther}`;
    expect(datumBesideSubject(own, [total], [{ unit: 2, text: line }])).toBeNull();
  });

  it("takes the figure in euro beside the item over a bare decimal that is its share", () => {
    // Tried: "quanto spetta all'ing. Costanzo?" was answered by the list of the working group, whose "0,25" is his
    // coefficient; the table with "€ 1.012,50" was never quoted.
    const person = [{ term: "costanz", weight: 3 }];
    const group =
      "nelle persone che di seguito si elencano: Arch. Pasquale Maiella 0,50 Responsabile unico del procedimento ing. Aristide Costanzo 0,25 Consulente tecnico Dott. Nisi Elisabetta 0,10 Consulente Contabile";
    const shares =
      "Arch. Pasquale Maiella 0,50 Responsabile unico del procedimento € 2.025,00 ing. Aristide Costanzo 0,25 Consulente tecnico € 1.012,50 Dott. Nisi Elisabetta 0,10 Consulente Contabile € 405,00";
    const found = datumBesideSubject(
      person,
      [group],
      [
        { unit: 0, text: group },
        { unit: 2, text: shares },
      ],
    );
    expect(found).toEqual({ unit: 2, text: "… ing. Aristide Costanzo 0,25 Consulente tecnico € 1.012,50 …" });
    // Without a figure in euro anywhere, the bare decimal the answer states beside the item is kept.
    expect(datumBesideSubject(person, [group], [{ unit: 0, text: group }])).toBeNull();
  });

  it("reads a misspelt item by its correction, and takes no table header for a figure", () => {
    // Tried: "tari per un capanone di produzione industriale quanto si paga al mq?" looked for "capanone", which no
    // act writes, and added nothing; "Quota fissa (€/mq/anno)" was once quoted as if it stated an amount.
    const misspelt = [{ term: "capanon", weight: 3 }];
    const header = "N. componenti | Quota fissa (€/mq/anno) | Quota variabile (€/anno)";
    const row = "20 | Attività industriali con capannoni di produzione | 0,89 | 2,669";
    const tariffs = [{ unit: 4, text: `${header}\n${row}` }];
    expect(datumBesideSubject(misspelt, [header], tariffs)).toBeNull();
    expect(datumBesideSubject(misspelt, [header], tariffs, new Map([["capanon", ["capannon"]]]))).toEqual({
      unit: 4,
      text: row,
    });
    const fixed = [{ term: "quot", weight: 3 }];
    expect(datumBesideSubject(fixed, ["Di approvare le tariffe TARI 2026:"], [{ unit: 1, text: header }])).toBeNull();
  });
});
