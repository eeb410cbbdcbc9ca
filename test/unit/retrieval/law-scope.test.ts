import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import { lawScope, regionalLawNumbers } from "../../../src/retrieval/law-scope.js";

const termsOf = (question: string) => [...new Set(analyze(question))].map((term) => ({ term, weight: 1 }));
const titles = new Set([...analyze("L.R. 21/2012"), ...analyze("D.Lgs. 267/2000 (TUEL)")]);

describe("a law named in the question", () => {
  it("stops counting for the passage and marks its document when the index holds that law", () => {
    const scope = lawScope(
      "quante funzioni dobbiamo gestire insieme per la LR 21/12?",
      termsOf("quante funzioni dobbiamo gestire insieme per la LR 21/12?"),
      titles,
    );
    expect(scope.lawTerms.has("21_2012")).toBe(true);
    expect(scope.passageTerms.map((item) => item.term)).not.toContain("21_2012");
    expect(scope.passageTerms.map((item) => item.term)).toContain("funzion");
  });

  it("stays an ordinary term when no document is that law", () => {
    const question = "il contributo della legge 213/2023 a quanto ammonta?";
    const scope = lawScope(question, termsOf(question), titles);
    expect(scope.lawTerms.size).toBe(0);
    expect(scope.passageTerms.map((item) => item.term)).toContain("213_2023");
  });

  it("keeps the law's terms when the question is nothing but the law's name", () => {
    const scope = lawScope("TUEL?", termsOf("TUEL?"), titles);
    expect(scope.passageTerms.map((item) => item.term)).toContain("tuel");
  });

  it("never takes a kind of law for a law: 'D.Lgs. 152/2006' is not the TUEL because both are decreti legislativi", () => {
    const indexed = new Set([...titles, ...analyze("Legge 56/2014 (Delrio)")]);
    for (const question of [
      "cosa prevede l'art. 192 del dlgs 152/2006?",
      "il contributo della legge 213/2023 a quanto ammonta?",
    ]) {
      const scope = lawScope(question, termsOf(question), indexed);
      expect(scope.lawTerms.size, question).toBe(0);
      expect(
        scope.passageTerms.some((item) => item.term.includes("_")),
        question,
      ).toBe(true);
    }
  });

  it("reports a law named by number that no indexed document is, and not one that is ('LR 21/12')", () => {
    expect(lawScope("cosa prevede l'art. 192 del dlgs 152/2006?", [], titles).notIndexed).toEqual(["dlgs 152/2006"]);
    expect(lawScope("cosa dice l'art 24 c 5 della LR 21/12?", [], titles).notIndexed).toEqual([]);
    expect(lawScope("art 32 c 4 tuel cosa dice", [], titles).notIndexed).toEqual([]);
  });

  it("reads 'la legge regionale' with no number as the regional laws the index holds, and only then", () => {
    const regional = new Set(["21_2012"]);
    const question = "se diamo all'unione ced, polizia municipale e suap siamo a posto con la legge regionale?";
    const scope = lawScope(question, termsOf(question), titles, regional);
    expect(scope.lawTerms.has("21_2012")).toBe(true);
    expect(scope.passageTerms.map((item) => item.term)).not.toContain("regional");
    expect(scope.passageTerms.map((item) => item.term)).toContain("suap");
    // Without a regional law indexed, or with a law named by number, the words stay as they are.
    expect(lawScope(question, termsOf(question), titles).lawTerms.size).toBe(0);
    const numbered = lawScope("cosa dice la legge regionale 21/2012 sulla durata?", [], titles, regional);
    expect([...numbered.lawTerms]).toContain("21_2012");
    expect(lawScope("la regione ci da i contributi?", [], titles, regional).lawTerms.size).toBe(0);
    // "L.R." followed by its number is the numbered law, not a bare mention.
    expect(lawScope("art. 7 della L.R. 21/2012", [], titles, regional).notIndexed).toEqual([]);
  });

  it("finds the regional laws among the indexed titles, and no other law", () => {
    const indexed = ["L.R. 21/2012", "D.Lgs. 267/2000", "Legge regionale 13/2015", "PRT 2024-2026"].map(
      (title) => new Set(analyze(title)),
    );
    expect([...regionalLawNumbers(indexed)].sort()).toEqual(["13_2015", "21_2012"]);
  });
});
