import { describe, expect, it } from "vitest";
import { closestNames, levenshtein, matchName, normalizeName } from "../../../src/core/fuzzy-match.js";

const unioni = [
  { value: "terre-del-delta", names: ["terre-del-delta", "Unione Terre del Delta"] },
  { value: "terre-d-acqua", names: ["terre-d-acqua", "Unione Terre d'Acqua"] },
];

describe("fuzzy name matching", () => {
  it("folds accents, case and punctuation", () => {
    expect(normalizeName("Città  d'Acqua!")).toBe("citta d acqua");
  });

  it("matches ids, full names and a distinctive word", () => {
    expect(matchName("terre del delta", unioni)).toBe("terre-del-delta");
    expect(matchName("Delta", unioni)).toBe("terre-del-delta");
    expect(matchName("Terre d'Acqua", unioni)).toBe("terre-d-acqua");
    expect(matchName("terre-d-aqua", unioni)).toBe("terre-d-acqua");
  });

  it("refuses ambiguous or unknown names", () => {
    expect(matchName("terre", unioni)).toBeNull();
    expect(matchName("Bassa Romagna", unioni)).toBeNull();
    expect(matchName("", unioni)).toBeNull();
  });

  it("suggests the closest names", () => {
    expect(closestNames("stauts", ["status", "help", "draft"])[0]).toBe("status");
  });

  it("bounds the edit distance: exact up to the bound, bound + 1 beyond it", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("kitten", "sitting", 3)).toBe(3);
    expect(levenshtein("kitten", "sitting", 2)).toBe(3);
    expect(levenshtein("stauts", "status", 2)).toBe(2);
    expect(levenshtein("", "abc", 1)).toBe(2);
  });

  it("gives the right answers on a 39.000-character name (no whole-text distance is computed)", () => {
    // Tried: the long `/unione bozza` text typed where a name is expected.
    const long = "bozza di convenzione per la polizia locale ".repeat(900);
    expect(matchName(long, unioni)).toBeNull();
    expect(closestNames(long, ["terre-del-delta", "terre-d-acqua"])).toHaveLength(2);
    expect(levenshtein(long, "terre del delta", 10)).toBe(11);
    expect(matchName(`${"terre del delta ".repeat(2_500)}`, unioni)).toBe("terre-del-delta");
  });
});
