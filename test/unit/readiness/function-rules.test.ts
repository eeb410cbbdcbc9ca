import { describe, expect, it } from "vitest";
import type { UnioneRecord } from "../../../src/knowledge/record-schema.js";
import { evaluateReadiness } from "../../../src/readiness/evaluate-readiness.js";
import type { StatusReport } from "../../../src/readiness/report-types.js";
import { fixtureCatalog, readyRecord, shippedRules, today, withFunction } from "./readiness-fixtures.js";

const rules = shippedRules();
const catalog = fixtureCatalog();

function evaluate(record: UnioneRecord, on: Date = today): StatusReport {
  return evaluateReadiness(record, rules, catalog, on);
}

function verdictOf(report: StatusReport, code: string) {
  const verdict = report.functions.find((item) => item.id === code);
  if (!verdict) throw new Error(`no verdict for ${code}`);
  return verdict;
}

describe("per-function rules (L.R. 21/2012 art. 24, art. 19)", () => {
  it("a function passing every test counts, with no reasons", () => {
    const report = evaluate(readyRecord());
    expect(report.functions.every((item) => item.counts && item.reasons.length === 0)).toBe(true);
    expect(report.counted).toBe(4);
    expect(report.ready).toBe(true);
    expect(report.gaps).toEqual([]);
  });

  it("a Comune that did not confer fails art. 24 c.2 naming the Comune and the action", () => {
    const report = evaluate(withFunction("polizia-locale", { conferring_comuni: ["alfa", "gamma"] }));
    const verdict = verdictOf(report, "polizia-locale");
    expect(verdict.counts).toBe(false);
    expect(verdict.reasons).toEqual([
      "La funzione Polizia locale non è conferita dal Comune di Beta (L.R. 21/2012 art. 24 c.2)",
    ]);
    const gap = report.gaps.find((item) => item.rule === "art24-c2-conferimento-tutti");
    expect(gap?.source).toBe("L.R. 21/2012 art. 24 c.2");
    expect(gap?.action).toBe("Far deliberare al Comune di Beta il conferimento della funzione Polizia locale");
    expect(report.ready).toBe(false);
  });

  it("a gap about one Comune cites only the act awaited from it, never the acts of the Comuni that conferred", () => {
    // Input: two Comuni conferred with their own acts on record, the third did not.
    const act = (comune: string, number: string) => ({
      organ: "Consiglio comunale",
      type: "deliberazione",
      number,
      date: "2024-12-17",
      comune,
      document: `unioni/prova/cc-${comune}-${number}.pdf`,
      fields: ["conferring_comuni"],
    });
    const record = withFunction("polizia-locale", {
      conferring_comuni: ["alfa", "gamma"],
      acts: [act("alfa", "38"), act("gamma", "41")],
    });
    const gap = evaluate(record).gaps.find((item) => item.rule === "art24-c2-conferimento-tutti");
    expect(gap?.message).toBe(
      "La funzione Polizia locale non è conferita dal Comune di Beta: atto atteso, la delibera di conferimento del Consiglio comunale di Beta",
    );
    expect(gap?.message).not.toMatch(/Alfa|Gamma|n\. 38|n\. 41/);
  });

  it.each([
    ["fusione_in_corso", null, "art. 24 c.4-bis"],
    ["nato_da_fusione", "2026-05-31", "art. 24 c.4-ter"],
    ["commissariato", null, "art. 24 c.4-quater"],
  ])("a non-conferring Comune %s is excused and the exception is cited (%s)", (status, until, article) => {
    const base = readyRecord();
    const comuni = base.comuni.map((comune) =>
      comune.id === "beta" ? { ...comune, status, status_until: until } : comune,
    );
    const report = evaluate(withFunction("polizia-locale", { conferring_comuni: ["alfa", "gamma"] }, { comuni }));
    const verdict = verdictOf(report, "polizia-locale");
    expect(verdict.counts).toBe(true);
    expect(verdict.reasons).toHaveLength(1);
    expect(verdict.reasons[0]).toContain(`L.R. 21/2012 ${article}`);
    expect(verdict.reasons[0]).toContain("Beta");
    expect(report.ready).toBe(true);
  });

  it("the c.4-ter exception ends with the first term: after status_until the Comune must confer", () => {
    const comuni = readyRecord().comuni.map((comune) =>
      comune.id === "beta" ? { ...comune, status: "nato_da_fusione", status_until: "2024-05-31" } : comune,
    );
    const report = evaluate(withFunction("polizia-locale", { conferring_comuni: ["alfa", "gamma"] }, { comuni }));
    expect(verdictOf(report, "polizia-locale").counts).toBe(false);
    expect(verdictOf(report, "polizia-locale").reasons[0]).toContain("art. 24 c.2");
  });

  it("a Comune born from a fusion with an unknown end of term is not excused: da verificare", () => {
    const comuni = readyRecord().comuni.map((comune) =>
      comune.id === "beta" ? { ...comune, status: "nato_da_fusione", status_until: null } : comune,
    );
    const report = evaluate(withFunction("polizia-locale", { conferring_comuni: ["alfa", "gamma"] }, { comuni }));
    const verdict = verdictOf(report, "polizia-locale");
    expect(verdict.counts).toBe(false);
    expect(verdict.reasons[0]).toContain("dato non disponibile: da verificare");
    expect(verdict.reasons[0]).toContain("c.4-ter");
  });

  it("a commissario whose term is over no longer excuses the Comune", () => {
    const comuni = readyRecord().comuni.map((comune) =>
      comune.id === "beta" ? { ...comune, status: "commissariato", status_until: "2024-01-31" } : comune,
    );
    const report = evaluate(withFunction("suap", { conferring_comuni: ["alfa", "gamma"] }, { comuni }));
    expect(verdictOf(report, "suap").counts).toBe(false);
  });

  it("a function not conferred integrally fails art. 24 c.4", () => {
    const verdict = verdictOf(evaluate(withFunction("suap", { integral: false })), "suap");
    expect(verdict.counts).toBe(false);
    expect(verdict.reasons).toEqual([
      "La funzione SUAP non è conferita in modo integrale: una parte resta ai Comuni (L.R. 21/2012 art. 24 c.4)",
    ]);
  });

  it("staff not transferred fails art. 24 c.5 with the action to transfer it", () => {
    const report = evaluate(withFunction("polizia-locale", { staff_transferred: false }));
    expect(verdictOf(report, "polizia-locale").reasons).toEqual([
      "Funzione Polizia locale: il personale non è trasferito all'Unione (L.R. 21/2012 art. 24 c.5)",
    ]);
    // The threshold headline comes first, then the single test that unblocks Polizia locale.
    expect(report.gaps[0]?.rule).toBe("prt-soglia-funzioni");
    expect(report.gaps[1]?.action).toBe("Trasferire all'Unione il personale della funzione Polizia locale");
  });

  it("resources not transferred fail art. 24 c.5", () => {
    const verdict = verdictOf(evaluate(withFunction("ict", { resources_transferred: false })), "ict");
    expect(verdict.counts).toBe(false);
    expect(verdict.reasons[0]).toMatch(/risorse.*\(L\.R\. 21\/2012 art\. 24 c\.5\)$/);
  });

  it("a 4-year conferral fails art. 19; 5 years passes", () => {
    const four = verdictOf(evaluate(withFunction("ict", { duration_years: 4 })), "ict");
    expect(four.counts).toBe(false);
    expect(four.reasons).toEqual([
      "Funzione ICT: il conferimento dura 4 anni, meno del minimo di 5 (L.R. 21/2012 art. 19)",
    ]);
    expect(verdictOf(evaluate(withFunction("ict", { duration_years: 5 })), "ict").counts).toBe(true);
  });

  it("an open-ended conferral (art. 24 c.6) passes without a duration", () => {
    const verdict = verdictOf(evaluate(withFunction("ict", { duration_years: null, open_ended: true })), "ict");
    expect(verdict.counts).toBe(true);
  });

  it("a start date in the future does not count yet, and counts from that day", () => {
    const record = withFunction("suap", { start_date: "2024-07-01" });
    const before = verdictOf(evaluate(record), "suap");
    expect(before.counts).toBe(false);
    expect(before.reasons[0]).toContain("01/07/2024");
    expect(before.reasons[0]).toContain("(L.R. 21/2012 art. 24)");
    expect(verdictOf(evaluate(record, new Date("2024-07-01T08:00:00Z")), "suap").counts).toBe(true);
  });

  it.each([
    ["pianificata", "pianificata"],
    ["proposta", "proposta"],
    ["cessata", "cessata"],
  ])("a function in state %s does not count and says why", (state, word) => {
    const verdict = verdictOf(evaluate(withFunction("suap", { state, planned_date: "2024-12-31" })), "suap");
    expect(verdict.counts).toBe(false);
    expect(verdict.reasons[0]).toContain(word);
  });

  it.each([
    ["conferring_comuni", "conferimento da parte di tutti i Comuni", "art. 24 c.2"],
    ["integral", "conferimento integrale", "art. 24 c.4"],
    ["staff_transferred", "trasferimento del personale", "art. 24 c.5"],
    ["resources_transferred", "trasferimento delle risorse", "art. 24 c.5"],
    ["duration_years", "durata minima", "art. 19"],
    ["start_date", "data di avvio della gestione associata", "art. 24"],
  ])("an unknown %s never counts as satisfied: da verificare, naming the rule", (field, ruleName, article) => {
    const verdict = verdictOf(evaluate(withFunction("ict", { [field]: null })), "ict");
    expect(verdict.counts).toBe(false);
    expect(verdict.reasons).toHaveLength(1);
    expect(verdict.reasons[0]).toContain("dato non disponibile: da verificare");
    expect(verdict.reasons[0]).toContain(ruleName);
    expect(verdict.reasons[0]).toContain(`(L.R. 21/2012 ${article}`);
  });

  it("every failed test is listed, not only the first", () => {
    const verdict = verdictOf(
      evaluate(withFunction("ict", { integral: false, staff_transferred: false, duration_years: 3 })),
      "ict",
    );
    expect(verdict.reasons).toHaveLength(3);
  });
});
