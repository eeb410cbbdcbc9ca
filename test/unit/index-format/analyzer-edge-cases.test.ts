import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import { createSynonymExpander } from "../../../src/retrieval/synonyms.js";

describe("Italian analyzer edge cases found with the held-out set", () => {
  it("keeps 'comunicazione' and 'comunità' apart from 'comuni' (Snowball gives 'comun' to all three)", () => {
    const comuni = analyze("i comuni")[0];
    expect(analyze("comunicazione")).not.toContain(comuni);
    expect(analyze("comunità")).not.toContain(comuni);
    expect(analyze("piano di comunicazione")).toEqual(analyze("piani della comunicazione"));
  });

  it("treats 'consiliare', 'consiliari' and the misspelling 'consigliare' as one term", () => {
    expect(analyze("commissione consigliare")).toEqual(analyze("commissioni consiliari"));
  });

  it("reads a bare 'c4' after an article as comma 4, but not a staff grade like 'C/C1'", () => {
    expect(analyze("art.24 c4")).toEqual(expect.arrayContaining(["art24", "comma4", "art24c4"]));
    expect(analyze("art 24 comma 4 quater")).toEqual(expect.arrayContaining(["art24c4quater"]));
    expect(analyze("ex categoria C/C1")).not.toContain("comma1");
  });

  it("expands a two-digit year only in an act number ('L.R. 21/12'), never in a date ('il 21/12')", () => {
    expect(analyze("l.r.21/12")).toContain("21_2012");
    expect(analyze("DGR n. 941/24")).toContain("941_2024");
    expect(analyze("il 21/12 alle ore 10")).not.toContain("21_2012");
  });

  it("drops colloquial filler verbs ('vogliono', 'facciamo') that matched random passages", () => {
    expect(analyze("quanti ne vogliono assumere se facciamo il concorso")).toEqual(
      analyze("quanti ne assumere se il concorso"),
    );
  });

  it("does not let a glossary phrase that lost a content word ('nuovo comune' -> 'comune') trigger its group", () => {
    const expander = createSynonymExpander([
      ["fusione di comuni", "nuovo comune"],
      ["giunta dell'unione", "esecutivo"],
    ]);
    expect(expander.expand("quanti comuni ci sono?").some((term) => term.weight < 1)).toBe(false);
    const expanded = expander.expand("la giunta dell'unione");
    expect(expanded.find((term) => term.weight < 1)?.standsFor).toEqual(analyze("giunta dell'unione"));
  });
});
