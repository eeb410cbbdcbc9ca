import { describe, expect, it } from "vitest";
import { datesIn, startAndEnd, yearsBetween } from "../../../src/evidence/conferral-dates.js";
import { durationIn, integralIn, resourcesIn, staffIn } from "../../../src/evidence/conferral-terms.js";

describe("when a conferral starts and ends", () => {
  it("reads dates in digits, in words, and with the day or the year in words", () => {
    expect(datesIn("dal primo gennaio duemilaventicinque").map((date) => date.iso)).toEqual(["2025-01-01"]);
    expect(datesIn("il trentuno dicembre duemilaventinove").map((date) => date.iso)).toEqual(["2029-12-31"]);
    expect(datesIn("dal giorno uno luglio 2025").map((date) => date.iso)).toEqual(["2025-07-01"]);
    expect(datesIn("con decorrenza dal 1.1.2026").map((date) => date.iso)).toEqual(["2026-01-01"]);
    // Bad input: words that look like a day but are not a number, a date that does not exist.
    expect(datesIn("entro gennaio 2025, il 31/02/2025")).toEqual([]);
  });

  it("takes a date as the start or the end only after the words that make it one", () => {
    const range = startAndEnd("con decorrenza 01/01/2025 e fino al 31/12/2029");
    expect([range.start?.iso, range.end?.iso]).toEqual(["2025-01-01", "2029-12-31"]);
    expect(startAndEnd("a far data dal 01/07/2025").start?.iso).toBe("2025-07-01");
    expect(startAndEnd("a decorrere dalla data del 1° luglio 2025").start?.iso).toBe("2025-07-01");
    expect(startAndEnd("il conferimento decorre dall'1/1/2026").start?.iso).toBe("2026-01-01");
    const both = startAndEnd("dal 01/01/2025 al 31/12/2029");
    expect(both.end?.iso).toBe("2029-12-31");
    // Another act's date is neither a start nor an end.
    expect(startAndEnd("richiamata la deliberazione n. 38 del 25/10/2022")).toEqual({ start: null, end: null });
  });

  it("reads the start however the act words it: decorrenza, effetto, far data, dalla data del, digits or words", () => {
    // Input: the usual ways a dispositivo states when a conferral starts, each with a date in digits or words.
    const start = (text: string) => startAndEnd(text).start?.iso ?? null;
    expect(start("il conferimento ha decorrenza 01/04/2025 e durata quinquennale")).toBe("2025-04-01");
    expect(start("con decorrenza dal giorno 1° aprile 2025")).toBe("2025-04-01");
    expect(start("decorrenza: primo aprile duemilaventicinque")).toBe("2025-04-01");
    expect(start("a far data dal 01.04.2025")).toBe("2025-04-01");
    expect(start("a decorrere dal primo aprile duemilaventicinque")).toBe("2025-04-01");
    expect(start("il conferimento ha effetto dal 1° aprile 2025")).toBe("2025-04-01");
    expect(start("con efficacia a partire dal 01/04/2025")).toBe("2025-04-01");
    expect(start("dalla data del 1° aprile 2025")).toBe("2025-04-01");
    // Bad input: the word "decorrenza" with another act's date before it is still no start.
    expect(start("vista la decorrenza stabilita con deliberazione n. 4 del 10/01/2025")).toBeNull();
  });

  it("turns a start and an end into whole years, only when they are whole", () => {
    expect(yearsBetween("2025-01-01", "2029-12-31")).toBe(5);
    expect(yearsBetween("2025-07-01", "2035-06-30")).toBe(10);
    expect(yearsBetween("2025-03-15", "2029-12-31")).toBeNull();
    expect(yearsBetween("2029-12-31", "2025-01-01")).toBeNull();
  });
});

describe("the terms of a conferral", () => {
  it("reads the duration in words, in digits, as an adjective, and the open-ended conferral", () => {
    const value = (text: string) => durationIn(text)?.value ?? null;
    expect(value("per la durata di cinque anni")).toBe(5);
    expect(value("per la durata di anni 5")).toBe(5);
    expect(value("e per dieci (10) anni")).toBe(10);
    expect(value("la convenzione ha durata quinquennale")).toBe(5);
    expect(value("per un triennio a decorrere dal 1° gennaio 2025")).toBe(3);
    expect(value("per un periodo di anni sette")).toBe(7);
    expect(value("ed è a tempo indeterminato")).toBe("open");
    // Bad input: a renewal is not the duration; years of a budget are not a duration.
    expect(value("la convenzione è rinnovabile per ulteriori cinque anni")).toBeNull();
    expect(value("per gli anni 2025-2027 del bilancio")).toBeNull();
  });

  it("marks a partial conferral as not integral, even beside the word 'integrale'", () => {
    expect(integralIn("la funzione di protezione civile, in forma integrale")?.value).toBe(true);
    expect(integralIn("limitatamente alle attività di polizia amministrativa")?.value).toBe(false);
    expect(integralIn("restando in capo al Comune le attività di polizia stradale")?.value).toBe(false);
    expect(integralIn("in forma integrale, ad eccezione della polizia stradale")?.value).toBe(false);
    // "parte integrante" is about the annexes, not the conferral.
    expect(integralIn("allegato quale parte integrante e sostanziale")).toBeNull();
  });

  it("tells staff transferred from staff kept or lent, and resources transferred", () => {
    expect(staffIn("di trasferire all'Unione il personale addetto al servizio")?.value).toBe(true);
    expect(staffIn("il personale resta alle dipendenze del Comune di Mesola")?.value).toBe(false);
    expect(staffIn("senza trasferimento di personale")?.value).toBe(false);
    // Staff only "assigned" or lent is not a transfer: nothing is proposed.
    expect(staffIn("il personale assegnato al servizio opera in comando presso l'Unione")).toBeNull();
    expect(resourcesIn("nonché le risorse finanziarie e strumentali necessarie, trasferite all'Unione")?.value).toBe(
      true,
    );
    expect(resourcesIn("di trasferire il personale; le sedi restano comunali")).toBeNull();
  });
});
