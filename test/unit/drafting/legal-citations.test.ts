import { describe, expect, it } from "vitest";
import {
  canonicalSource,
  extractCitations,
  formatCitation,
  parseCitationString,
} from "../../../src/drafting/legal-citations.js";

const formatted = (text: string) => extractCitations(text).map(formatCitation);

describe("canonicalSource", () => {
  it("treats TUEL and the decree's number as the same source, whatever the spelling", () => {
    expect(canonicalSource("TUEL")).toBe("D.Lgs. 267/2000");
    expect(canonicalSource("d.lgs. n. 267/2000")).toBe("D.Lgs. 267/2000");
    expect(canonicalSource("decreto legislativo 267/2000")).toBe("D.Lgs. 267/2000");
    expect(canonicalSource("legge regionale 21/2012")).toBe("L.R. 21/2012");
    expect(canonicalSource("D.G.R. 941/2024")).toBe("DGR 941/2024");
    expect(canonicalSource("D.L. 78/2010")).toBe("D.L. 78/2010");
  });

  it("returns null for text that names no source", () => {
    expect(canonicalSource("la convenzione dell'Unione")).toBeNull();
  });
});

describe("extractCitations", () => {
  it("attaches an article to the source that follows it", () => {
    expect(formatted("ai sensi dell'art. 30 del D.Lgs. 267/2000")).toEqual(["D.Lgs. 267/2000 art. 30"]);
    expect(formatted("secondo l'art. 24 c.4 della L.R. 21/2012")).toEqual(["L.R. 21/2012 art. 24 c.4"]);
    expect(formatted("art. 14, comma 31-quinquies, del D.L. 78/2010")).toEqual(["D.L. 78/2010 art. 14 c.31-quinquies"]);
  });

  it("attaches an article to the source that precedes it", () => {
    expect(formatted("L.R. 21/2012, art. 24 c.5")).toEqual(["L.R. 21/2012 art. 24 c.5"]);
    expect(formatted("TUEL art. 32")).toEqual(["D.Lgs. 267/2000 art. 32"]);
  });

  it("reads lists of articles", () => {
    expect(formatted("gli artt. 7, 19 e 24 della L.R. 21/2012")).toEqual([
      "L.R. 21/2012 art. 7",
      "L.R. 21/2012 art. 19",
      "L.R. 21/2012 art. 24",
    ]);
  });

  it("skips references to the act itself and keeps an article without source as such", () => {
    expect(extractCitations("come previsto dall'art. 8 della presente convenzione")).toEqual([]);
    expect(extractCitations("si applica l'art. 99")).toEqual([{ source: null, article: "99", comma: null }]);
  });

  it("lists a source cited without article", () => {
    expect(formatted("nel rispetto della L. 150/2000.")).toEqual(["L. 150/2000"]);
  });
});

describe("parseCitationString", () => {
  it("parses declared citations and keeps names without a standard form whole", () => {
    expect(parseCitationString("L.R. 21/2012 art. 24 c.4")).toEqual({
      source: "L.R. 21/2012",
      article: "24",
      comma: "4",
    });
    expect(parseCitationString("Direttiva Min. PA 14/1/2025")).toEqual({
      source: "Direttiva Min. PA 14/1/2025",
      article: null,
      comma: null,
    });
    expect(parseCitationString("  ")).toBeNull();
  });
});
