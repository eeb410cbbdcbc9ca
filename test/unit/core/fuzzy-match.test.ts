import { describe, expect, it } from "vitest";
import { closestNames, matchName, normalizeName } from "../../../src/core/fuzzy-match.js";

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
});
