import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import { isTableOfContents } from "../../../src/retrieval/table-of-contents.js";
import { boundedDistance, correctionWeight, createTypoCorrector } from "../../../src/retrieval/typo-correction.js";

const vocabulary = (frequencies: Record<string, number>) => ({
  vocabulary: () => Object.keys(frequencies),
  documentFrequency: (term: string) => frequencies[term] ?? 0,
});

describe("typo correction of question terms", () => {
  const index = vocabulary({
    [analyze("conferimento")[0]!]: 9,
    [analyze("protezione")[0]!]: 5,
    [analyze("deliberato")[0]!]: 4,
    sal: 3,
    "21_2012": 2,
  });
  const corrector = createTypoCorrector(index);

  it("maps misspelt stems unknown to the index to the closest indexed stem", () => {
    expect(corrector.correct(analyze("conferimeto")[0]!)).toBe(analyze("conferimento")[0]);
    expect(corrector.correct(analyze("protezzione")[0]!)).toBe(analyze("protezione")[0]);
    expect(corrector.correct(analyze("delibrato")[0]!)).toBe(analyze("deliberato")[0]);
  });

  it("fixes a single consonant typed for a double one even in a short stem ('ufici' → 'uffici')", () => {
    const offices = createTypoCorrector(vocabulary({ [analyze("uffici")[0]!]: 7, [analyze("ufo")[0]!]: 1 }));
    expect(offices.correct(analyze("ufici")[0]!)).toBe(analyze("uffici")[0]);
    expect(offices.correct("ufx")).toBeNull();
  });

  it("leaves known, short, numeric and far-away terms alone", () => {
    expect(corrector.correct(analyze("conferimento")[0]!)).toBeNull();
    expect(corrector.correct("sab")).toBeNull();
    expect(corrector.correct("21_2013")).toBeNull();
    expect(corrector.correct("carbonar")).toBeNull();
  });

  it("completes a stem no act has to the commonest indexed one that goes on from it ('fogna' → 'fognaria')", () => {
    // Tried: "incentivi fogna centro urbano" searched "fogn", which no act has; the acts write "rete fognaria".
    const sewers = createTypoCorrector(
      vocabulary({ [analyze("fognaria")[0]!]: 6, [analyze("fognature")[0]!]: 2, fo: 1 }),
    );
    expect(sewers.correct(analyze("fogna")[0]!)).toBe(analyze("fognaria")[0]);
    // Bad input: too short a stem is never completed ("fo" would go on as anything), nor one nothing goes on from.
    expect(sewers.correct("fa")).toBeNull();
    expect(sewers.correct(analyze("ponte")[0]!)).toBeNull();
  });

  it("leaves everyday words the acts never use alone: 'domani' is not a typo of 'domanda'", () => {
    const requests = createTypoCorrector(vocabulary({ [analyze("domanda")[0]!]: 12 }));
    expect(requests.correct(analyze("domani")[0]!)).toBeNull();
    expect(requests.correct(analyze("domada")[0]!)).toBe(analyze("domanda")[0]);
  });

  it("adds corrections at a lower weight, saying which question term they stand for", () => {
    const typo = analyze("protezzione")[0]!;
    const expanded = corrector.expand([{ term: typo, weight: 1 }]);
    expect(expanded).toContainEqual({ term: analyze("protezione")[0], weight: correctionWeight, standsFor: [typo] });
  });

  it("bounds the edit distance and gives up early", () => {
    expect(boundedDistance("kitten", "sitting", 3)).toBe(3);
    expect(boundedDistance("abcdef", "uvwxyz", 1)).toBe(2);
  });
});

describe("index pages of regolamenti", () => {
  it("recognises an index even when its lines were flattened into one paragraph", () => {
    const index =
      "INDICE Articolo 1 - Oggetto ........ 3 Articolo 2 - Competenze ........ 3 Articolo 3 - Composizione ........ 4";
    expect(isTableOfContents(index)).toBe(true);
    expect(isTableOfContents(index.replace(/\n/g, " "))).toBe(true);
  });

  it("does not take an article with a number or an ellipsis for an index", () => {
    expect(isTableOfContents("Articolo 5 - Presidenza\n1. Il Presidente convoca... entro 5 giorni.")).toBe(false);
  });
});
