import { describe, expect, it } from "vitest";
import { findItalianDates, parseItalianDate, parsePreambleDate } from "../../../src/acts/index.js";
import { italianNumberWord } from "../../../src/acts/italian-number-words.js";

describe("Italian dates", () => {
  it("reads the numeric and written forms acts use", () => {
    expect(parseItalianDate("N° 42 del 31/03/2026")).toBe("2026-03-31");
    expect(parseItalianDate("seduta del 31.03.2026")).toBe("2026-03-31");
    expect(parseItalianDate("Avella, lì 31-3-2026")).toBe("2026-03-31");
    expect(parseItalianDate("approvata il 31 marzo 2026")).toBe("2026-03-31");
    expect(parseItalianDate("dal 1° aprile 2026")).toBe("2026-04-01");
    expect(parseItalianDate("entro il 5 mag. 2026")).toBe("2026-05-05");
  });

  it("rejects impossible dates and two-digit years (bad input: 31/02, 3/4/26)", () => {
    expect(parseItalianDate("31/02/2026")).toBeNull();
    expect(parseItalianDate("art. 3/4/26")).toBeNull();
    expect(parseItalianDate("L. 241/1990")).toBeNull();
  });

  it("lists every date with its offsets, in order", () => {
    const text = "dal 31 marzo 2026 al 15/04/2026";
    const dates = findItalianDates(text);
    expect(dates.map((date) => date.iso)).toEqual(["2026-03-31", "2026-04-15"]);
    expect(text.slice(dates[1]!.start, dates[1]!.end)).toBe("15/04/2026");
  });

  it("reads the preamble of a deliberation written in words", () => {
    expect(parsePreambleDate("L'anno duemilaventisei, il giorno ventiquattro, del mese di marzo, alle ore 13:00")).toBe(
      "2026-03-24",
    );
    expect(parsePreambleDate("L’anno 2026 addì trentuno del mese di marzo")).toBe("2026-03-31");
    expect(parsePreambleDate("L'anno duemilaventicinque il giorno primo del mese di dicembre")).toBe("2025-12-01");
    expect(parsePreambleDate("Nessuna data qui")).toBeNull();
  });

  it("turns Italian number words into numbers", () => {
    expect(italianNumberWord("ventuno")).toBe(21);
    expect(italianNumberWord("trentotto")).toBe(38);
    expect(italianNumberWord("duemilaventisei")).toBe(2026);
    expect(italianNumberWord("millenovecentonovantanove")).toBe(1999);
    expect(italianNumberWord("marzo")).toBeNull();
  });
});
