import { describe, expect, it } from "vitest";
import { createShapePrior } from "../../../src/retrieval/shape-prior.js";

describe("the prior of a passage's shape", () => {
  it("halves an index page and an act's closing block, and leaves a passage that says something whole", () => {
    const prior = createShapePrior([
      { text: "Articolo 1 - Oggetto ........ 3\nArticolo 2 - Nomina ........ 4\nArticolo 3 - Durata ........ 5" },
      {
        text: "CERTIFICATO DI ESECUTIVITÀ\nSi certifica che la deliberazione è divenuta esecutiva\nf.to Anna Alaia\nCopia conforme all'originale.",
      },
      { text: "Il Consiglio approva il regolamento delle commissioni consiliari composto da 20 articoli." },
    ]);
    expect([prior(0), prior(1), prior(2)]).toEqual([0.5, 0.5, 1]);
    // A question about the closing ("fino a quando resta all'albo?", "chi ha firmato?") keeps the closing block
    // whole; an index page is still halved.
    expect([prior(0, true), prior(1, true), prior(2, true)]).toEqual([0.5, 1, 1]);
    // Bad input: a position with no passage is judged as empty text, never throws.
    expect(prior(99)).toBe(1);
  });
});
