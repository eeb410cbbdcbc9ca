import { describe, expect, it } from "vitest";
import { missingFacts, normaliseForFacts, statesFact } from "../../eval/fact-match.js";

describe("fact matching of the evaluation", () => {
  it("unifies case, accents, apostrophes, emphasis and Italian date forms", () => {
    expect(normaliseForFacts("La **Giunta** è formata dai Sindaci")).toBe("la giunta e formata dai sindaci");
    expect(normaliseForFacts("entro il 30 giugno 2024")).toBe("entro il 30/06/2024");
    expect(normaliseForFacts("dal 1° gennaio 2025")).toBe("dal 01/01/2025");
    expect(normaliseForFacts("il 30.6.2024 e il 3-06-2024")).toBe("il 30/06/2024 e il 03/06/2024");
    expect(normaliseForFacts("dell’Unione")).toBe("dell'unione");
  });

  it("drops thousands separators but keeps decimals and dates", () => {
    expect(normaliseForFacts("20.865 abitanti, € 1.234.567,89")).toBe("20865 abitanti, € 1234567,89");
    expect(normaliseForFacts("DGR 941/2024")).toBe("dgr 941/2024");
  });

  it("needs a whole token: 3 is not in 30, giunta is not in giuntale", () => {
    const answer = normaliseForFacts("almeno 30.000 abitanti; la giuntale");
    expect(statesFact(answer, ["3"])).toBe(false);
    expect(statesFact(answer, ["giunta"])).toBe(false);
    expect(statesFact(answer, ["30000 abitanti"])).toBe(true);
    expect(statesFact(answer, ["30.000"])).toBe(true);
  });

  it("a fact is stated when any alternative is, and every fact must be", () => {
    const answer = "Lo statuto fissa una durata di almeno dieci anni [1]; ogni conferimento dura 5 anni [1].";
    expect(missingFacts(answer, [["10 anni", "dieci anni"], ["5 anni"]])).toEqual([]);
    expect(missingFacts(answer, [["10 anni", "dieci anni"], ["sindaci"]])).toEqual([["sindaci"]]);
  });
});
