import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index-format/italian-analyzer.js";
import { createFamilyExpander } from "../../../src/retrieval/word-families.js";

const indexed = new Set(analyze("provvedere alla trasmissione del piano; il documento trasmesso; la ratifica; spesa"));
const vocabulary = { vocabulary: () => [...indexed], documentFrequency: (term: string) => (indexed.has(term) ? 3 : 0) };
const own = (question: string) => [...new Set(analyze(question))].map((term) => ({ term, weight: 1 }));

describe("word families the stemmer keeps apart", () => {
  it("bring the noun and the participle the index holds for a verb asked ('trasmettere' → trasmissione, trasmesso)", () => {
    const terms = createFamilyExpander(vocabulary).expand(own("chi deve trasmettere il piano?"));
    const added = terms.filter((item) => item.weight < 1);
    expect(added.map((item) => item.term).sort()).toEqual(["trasmess", "trasmission"]);
    // Added at a lower weight, standing for the word asked: the question's own words still weigh most.
    expect(added.every((item) => item.weight > 0.5 && item.standsFor?.[0] === "trasmett")).toBe(true);
  });

  it("add nothing the index does not hold, nothing for words outside a family, and nothing for added terms", () => {
    const expander = createFamilyExpander(vocabulary);
    expect(expander.expand(own("chi ha ratificato la delibera?")).map((item) => item.term)).toContain("ratif");
    // "eleggere" has a family, but no member of it is indexed here.
    expect(expander.expand(own("quando si elegge il sindaco?")).filter((item) => item.weight < 1)).toEqual([]);
    expect(expander.expand(own("quanto costa il servizio?")).filter((item) => item.weight < 1)).toEqual([]);
    expect(expander.expand([{ term: "spend", weight: 0.4 }])).toEqual([{ term: "spend", weight: 0.4 }]);
  });

  it("raise a member a synonym group brought at a lower weight to the weight of the word itself", () => {
    const terms = [...own("chi deve trasmettere il piano?"), { term: "trasmission", weight: 0.1, standsFor: ["x"] }];
    const expanded = createFamilyExpander(vocabulary).expand(terms);
    expect(expanded.filter((item) => item.term === "trasmission")).toEqual([
      { term: "trasmission", weight: expect.any(Number), standsFor: ["trasmett"] },
    ]);
    expect(expanded.find((item) => item.term === "trasmission")!.weight).toBeGreaterThan(0.5);
  });
});
