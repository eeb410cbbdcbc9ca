import { describe, expect, it } from "vitest";
import { findActReferences, matchesActQuery, parseActQuery, recognizeAct } from "../../../src/acts/index.js";

describe("parseActQuery", () => {
  it.each([
    ["la delibera 42", { type: "delibera", number: "42" }],
    ["la determina 272 del 2026", { type: "determinazione", number: "272", year: 2026 }],
    ["delibera di giunta n. 45/2026", { type: "delibera", organ: "giunta", number: "45", year: 2026 }],
    ["ordinanza sindacale 13", { type: "ordinanza", organ: "sindaco", number: "13" }],
    ["ord. 12 chiusura scuole per il maltempo", { type: "ordinanza", number: "12" }],
    ["l'ord 15/2026 sui rifiuti", { type: "ordinanza", number: "15", year: 2026 }],
    ["ord. dirigenziale 10/2026 sul capannone", { type: "ordinanza", organ: "dirigente", number: "10", year: 2026 }],
    ["ord sindacale 12 chiusura scuole", { type: "ordinanza", organ: "sindaco", number: "12" }],
    ["il decreto del sindaco n. 10", { type: "decreto", organ: "sindaco", number: "10" }],
    ["cosa dice la DGC 45/2026?", { type: "delibera", organ: "giunta", number: "45", year: 2026 }],
    [
      "la deliberazione di C.C. n. 14 del 24 marzo 2026",
      { type: "delibera", organ: "consiglio", number: "14", dateFrom: "2026-03-24", dateTo: "2026-03-24" },
    ],
    ["la determina a contrarre 188", { type: "determinazione", subKind: "a contrarre", number: "188" }],
  ])("reads %s", (question, expected) => {
    expect(parseActQuery(question)).toMatchObject(expected);
  });

  it("reads a kind, an organ, a period and a topic", () => {
    expect(parseActQuery("le delibere di Giunta del 2026 sul personale")).toEqual({
      type: "delibera",
      organ: "giunta",
      year: 2026,
      dateFrom: "2026-01-01",
      dateTo: "2026-12-31",
      topic: "personale",
    });
    expect(parseActQuery("determine di liquidazione di marzo 2026")).toMatchObject({
      type: "determinazione",
      subKind: "liquidazione",
      dateFrom: "2026-03-01",
      dateTo: "2026-03-31",
    });
    expect(parseActQuery("delibere del consiglio tra gennaio e marzo 2026")).toMatchObject({
      organ: "consiglio",
      dateFrom: "2026-01-01",
      dateTo: "2026-03-31",
    });
    expect(parseActQuery("le delibere dal 1 marzo al 15 aprile 2026")).toMatchObject({
      dateFrom: "2026-03-01",
      dateTo: "2026-04-15",
    });
    expect(parseActQuery("le ordinanze dopo il 2024")).toMatchObject({ type: "ordinanza", dateFrom: "2025-01-01" });
    expect(parseActQuery("la delibera che approva il PIAO")).toEqual({ type: "delibera", topic: "PIAO" });
    expect(parseActQuery("quali delibere ha approvato la giunta nel 2026?")).toMatchObject({
      type: "delibera",
      organ: "giunta",
      year: 2026,
    });
  });

  it.each([
    "cosa dice la L.R. 21/2012?",
    "art. 24 c. 5",
    "D.Lgs. 267/2000 art. 30",
    "DGR 941/2024",
    "la delibera di Giunta regionale n. 941/2024",
    "il decreto legislativo 267/2000",
    "quante funzioni dobbiamo gestire insieme?",
    "Quando è stato approvato il PIAO?",
    "il consiglio delibera il bilancio",
    "come si scrive una delibera di conferimento?",
    "",
  ])("returns null when no local act is named: %j", (question) => {
    expect(parseActQuery(question)).toBeNull();
  });
});

describe("findActReferences", () => {
  it("finds local acts in a text and skips laws and regional acts", () => {
    const text =
      "Vista la Deliberazione di Giunta Regionale n.70 del 20.02.2024, il D.Lgs. n. 267/2000 e la deliberazione di G.C. n. 133/2025;";
    const found = findActReferences(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: "delibera", organ: "giunta", number: "133", year: 2025 });
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe("deliberazione di G.C. n. 133/2025");
  });
});

describe("matchesActQuery", () => {
  const giunta = recognizeAct(
    ["DELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 45 DEL 31/03/2026\nOGGETTO: PIAO 2026-2028."],
    "g.pdf",
  );
  const piao = {
    ...recognizeAct(["PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE\n2026/2028"], "p.pdf"),
    parent: giunta,
  };
  const determina = recognizeAct(
    ["DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO\nN. 272 DEL 15/04/2026\nOGGETTO: Determina di liquidazione."],
    "d.pdf",
  );

  it("matches on number, organ, period and kind, and finds an annex through its act", () => {
    const query = parseActQuery("la delibera di giunta 45 del 2026")!;
    expect(matchesActQuery(giunta, query)).toBe(true);
    expect(matchesActQuery(piao, query)).toBe(true);
    expect(matchesActQuery(piao, query, { includeAnnexes: false })).toBe(false);
    expect(matchesActQuery(determina, query)).toBe(false);
    expect(matchesActQuery(determina, parseActQuery("le determine dirigenziali di liquidazione di aprile 2026")!)).toBe(
      true,
    );
    expect(matchesActQuery(determina, parseActQuery("le determine di impegno")!)).toBe(false);
    expect(matchesActQuery(giunta, parseActQuery("le delibere di consiglio")!)).toBe(false);
  });

  it("reads a sitting named by organ and day, with or without the year, and matches that day in any year", () => {
    expect(parseActQuery("cc del 3 marzo: quali verbali hanno approvato?")).toEqual({
      type: "delibera",
      organ: "consiglio",
      monthDay: "03-03",
    });
    const sitting = parseActQuery("nella giunta del 31/3 cosa hanno approvato?")!;
    expect(sitting).toMatchObject({ organ: "giunta", monthDay: "03-31" });
    expect(matchesActQuery(giunta, sitting)).toBe(true);
    expect(matchesActQuery(giunta, parseActQuery("la giunta del 30/3")!)).toBe(false);
    expect(matchesActQuery(giunta, parseActQuery("il consiglio del 31 marzo")!)).toBe(false);
    // Bad input: an organ without a day, another level of government, a day that does not exist.
    expect(parseActQuery("il consiglio dell'unione deve approvare lo statuto?")).toBeNull();
    expect(parseActQuery("la giunta regionale del 27 maggio")).toBeNull();
    expect(parseActQuery("il consiglio del 31/2")).toBeNull();
  });

  it("does not match an act of unknown date against a period (bad input: no date read)", () => {
    const undated = { ...giunta, date: null, year: null };
    expect(matchesActQuery(undated, parseActQuery("le delibere di marzo 2026")!)).toBe(false);
  });
});
