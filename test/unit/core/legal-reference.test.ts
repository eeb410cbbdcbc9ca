import { describe, expect, it } from "vitest";
import {
  articleAtStart,
  commaOfLine,
  formatArticle,
  latinSuffixes,
  unitOfHeading,
} from "../../../src/core/legal-reference.js";
import { extractCitations, formatCitation } from "../../../src/drafting/legal-citations.js";
import { legalTerms } from "../../../src/index-format/italian-analyzer.js";

describe("legal references: one reading for the analyzer, the chunker and the citation checks", () => {
  it("reads every suffix from bis to octies, written with a hyphen, a space or nothing", () => {
    for (const suffix of latinSuffixes) {
      for (const written of [`Art. 24-${suffix}`, `Art. 24 ${suffix}`, `art. 24${suffix}`]) {
        expect(articleAtStart(written)).toMatchObject({ article: `24-${suffix}`, comma: null });
      }
    }
    expect(articleAtStart("Articolo 7 c.4-octies — Titolo")).toMatchObject({ article: "7", comma: "4-octies" });
  });

  it("does not read a word that starts like a suffix as one ('24 terzo' is article 24)", () => {
    expect(articleAtStart("Art. 24 terzo comma")).toMatchObject({ article: "24", comma: null });
  });

  it("writes references the way officials cite them, the same from every reader", () => {
    expect(formatArticle({ article: "24-bis", comma: "4-quater" })).toBe("art. 24-bis c.4-quater");
    expect(unitOfHeading("## Art. 24 bis, comma 4 ter — Eccezioni")).toBe("art. 24-bis c.4-ter");
    expect(commaOfLine("comma 4 septies. Il Comune…")).toBe("c.4-septies");
    const [citation] = extractCitations("ai sensi dell'art. 24 bis, comma 4 ter della L.R. 21/2012");
    expect(citation && formatCitation(citation)).toBe("L.R. 21/2012 art. 24-bis c.4-ter");
    expect(legalTerms("art. 24 bis, comma 4 ter")).toEqual(["art24bis", "comma4ter", "art24bisc4ter"]);
  });
});
