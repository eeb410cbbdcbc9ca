import { describe, expect, it } from "vitest";
import { sourceLabel } from "../../../src/answering/source-label.js";
import { isProse } from "../../../src/answering/unit-sentences.js";

describe("sentences worth quoting in an extractive answer", () => {
  it("keeps a full sentence", () => {
    expect(isProse("Ogni conferimento di funzioni all'Unione dura almeno cinque anni.")).toBe(true);
    // A paragraph of an act that ends with no full stop is still a sentence when it is long.
    expect(
      isProse(
        "Premesso che con delibera n. 41 è stata approvata la modulistica che per errore riporta euro 12,50 in luogo del importo corretto di € 50,00",
      ),
    ).toBe(true);
    expect(isProse("Servizio finanziario e tributi")).toBe(false);
  });

  it("drops list fragments and headings", () => {
    expect(isProse("polizia municipale e amministrativa locale;")).toBe(false);
    expect(isProse("- il servizio di polizia locale;")).toBe(false);
    // A short item that states a figure is a fact, not a fragment.
    expect(isProse("- Durata contratto: 3 mesi;")).toBe(true);
    expect(isProse("- che l'incarico avrà una durata pari a 3 MESI;")).toBe(true);
    expect(isProse("Art. 24 c.4 — Gestione integrale della funzione conferita")).toBe(false);
  });

  it("drops template lines whose data is still blank, but not a sentence ending in an ellipsis", () => {
    expect(
      isProse("2. La presente convenzione ha durata di … anni dalla decorrenza, nel rispetto della durata minima."),
    ).toBe(false);
    expect(isProse("Le funzioni restano in capo all'Unione per tutta la durata della convenzione…")).toBe(true);
  });
});

describe("source labels", () => {
  it("does not repeat a unit already in the title", () => {
    expect(
      sourceLabel({ title: "Direttiva Min. PA 14/1/2025", article: "Direttiva Min. PA 14/1/2025", page: null }),
    ).toBe("Direttiva Min. PA 14/1/2025");
    expect(sourceLabel({ title: "L.R. 21/2012", article: "art. 24 c.4", page: null })).toBe(
      "L.R. 21/2012, art. 24 c.4",
    );
    expect(sourceLabel({ title: "Delibera 45", article: "art. 5", page: 3 })).toBe("Delibera 45, art. 5, p. 3");
  });
});
