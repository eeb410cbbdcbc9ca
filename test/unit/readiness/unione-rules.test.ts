import { describe, expect, it } from "vitest";
import { type UnioneRecord, unioneRecordSchema } from "../../../src/knowledge/record-schema.js";
import { evaluateReadiness } from "../../../src/readiness/evaluate-readiness.js";
import {
  fixtureCatalog,
  passingFunction,
  readyRecord,
  shippedRules,
  today,
  withFunction,
} from "./readiness-fixtures.js";

const rules = shippedRules();
const catalog = fixtureCatalog();
const evaluate = (record: UnioneRecord, on = today) => evaluateReadiness(record, rules, catalog, on);

describe("Unione-level rules", () => {
  it("a Giunta not made of the mayors fails art. 24 c.5 and blocks readiness", () => {
    const report = evaluate(readyRecord({ giunta: { composition: "altro" } }));
    expect(report.ready).toBe(false);
    expect(report.counted).toBe(4);
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]).toMatchObject({ rule: "art24-c5-giunta-sindaci", source: "L.R. 21/2012 art. 24 c.5" });
    expect(report.gaps[0]?.message).toContain("Sindaci");
  });

  it("one delegated assessore per Comune is accepted like the mayors", () => {
    expect(evaluate(readyRecord({ giunta: { composition: "assessori_delegati" } })).ready).toBe(true);
  });

  it("an unknown Giunta is da verificare, not satisfied", () => {
    const report = evaluate(readyRecord({ giunta: { composition: null } }));
    expect(report.ready).toBe(false);
    expect(report.gaps[0]?.message).toContain("dato non disponibile: da verificare");
  });

  it("art. 7 c.3 (ICT + 3 of 7) is reported on its own and does not decide readiness", () => {
    const ready = evaluate(readyRecord());
    expect(ready.art7).toMatchObject({ satisfied: true, ict: true });
    expect(ready.art7?.listed).toEqual(["polizia-locale", "protezione-civile", "suap"]);
    // Replace ICT with a non-art. 7 function: still 4 counted, READY, but art. 7 c.3 not met.
    const record = readyRecord();
    const withoutIct = unioneRecordSchema.parse({
      ...record,
      functions: [...record.functions.filter((item) => item.code !== "ict"), passingFunction("cuc")],
    });
    const report = evaluate(withoutIct);
    expect(report.ready).toBe(true);
    expect(report.art7).toMatchObject({ satisfied: false, ict: false });
    expect(report.art7?.message).toContain("L.R. 21/2012 art. 7 c.3");
    expect(report.gaps.some((gap) => gap.rule.startsWith("art7"))).toBe(false);
  });

  it("below the threshold the first gap names the count and the closest functions", () => {
    const report = evaluate(withFunction("suap", { staff_transferred: false }));
    expect(report.counted).toBe(3);
    expect(report.required).toBe(4);
    expect(report.ready).toBe(false);
    expect(report.gaps[0]?.rule).toBe("prt-soglia-funzioni");
    expect(report.gaps[0]?.message).toContain("3 su 4");
    expect(report.gaps[0]?.message).toContain("da verificare");
    expect(report.gaps[0]?.action).toContain("SUAP");
  });

  it("the threshold is data: lowering min_functions to 3 makes an Unione with a planned fourth function ready", () => {
    const planned = withFunction("suap", { state: "pianificata", planned_date: "2024-12-31" });
    expect(evaluate(planned).ready).toBe(false);
    const lowered = structuredClone(rules);
    lowered.unione_rules.threshold.min_functions = 3;
    const report = evaluateReadiness(planned, lowered, catalog, today);
    expect(report.required).toBe(3);
    expect(report.ready).toBe(true);
    // The planned function stays listed with its reason, but no longer blocks.
    expect(report.gaps.map((gap) => gap.rule)).toEqual(["art24-gestione-avviata"]);
  });

  it("an ACTIVE function failing a test blocks readiness even above the threshold (verdict rule)", () => {
    const record = readyRecord();
    const five = unioneRecordSchema.parse({
      ...record,
      functions: [...record.functions, passingFunction("cuc", { staff_transferred: false })],
    });
    const report = evaluate(five);
    expect(report.counted).toBe(4);
    expect(report.ready).toBe(false);
    expect(report.gaps.map((gap) => gap.source)).toEqual(["L.R. 21/2012 art. 24 c.5"]);
    const lenient = structuredClone(rules);
    lenient.verdict.active_functions_must_count = false;
    expect(evaluateReadiness(five, lenient, catalog, today).ready).toBe(true);
  });

  it("the category follows the configured levels", () => {
    expect(evaluate(readyRecord()).category).toMatchObject({ id: "avviata" });
    expect(evaluate(withFunction("suap", { state: "proposta" })).category).toMatchObject({ id: "sotto-soglia" });
    expect(evaluate(readyRecord()).category?.note).toContain("da verificare");
  });

  it("deliverables not approved block readiness, with the deadline in the message", () => {
    const record = readyRecord();
    const deliverables = record.deliverables.map((item) =>
      item.id === "piano-formativo" ? { ...item, state: "in_corso" as const } : item,
    );
    const report = evaluate({ ...record, deliverables });
    expect(report.ready).toBe(false);
    expect(report.deliverables.find((item) => item.id === "piano-formativo")?.status).toBe("in_corso");
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]?.message).toContain("30/06/2024");
    expect(report.gaps[0]?.source).toContain("art. 27");
  });

  it("a deliverable missing from the record is non_noto and da verificare", () => {
    const record = readyRecord();
    const report = evaluate({
      ...record,
      deliverables: record.deliverables.filter((item) => item.id !== "atti-governance"),
    });
    expect(report.deliverables.find((item) => item.id === "atti-governance")?.status).toBe("non_noto");
    expect(report.gaps[0]?.message).toContain("da verificare");
  });

  it("counts days to the deadline, negative once passed, and says so in deliverable gaps", () => {
    expect(evaluate(readyRecord()).daysToDeadline).toBe(15);
    const record = readyRecord();
    const late = evaluate({ ...record, deliverables: record.deliverables.slice(1) }, new Date("2024-07-03T10:00:00Z"));
    expect(late.daysToDeadline).toBe(-3);
    expect(late.deadline).toBe("2024-06-30");
    expect(late.gaps[0]?.message).toContain("scadenza superata");
  });

  it("a per-type deadline in the rules overrides the programme deadline", () => {
    const custom = structuredClone(rules);
    custom.deliverables.required_by_type.costituita.deadline = "2025-12-31";
    expect(evaluateReadiness(readyRecord(), custom, catalog, today).deadline).toBe("2025-12-31");
  });

  it("orders gaps by what unblocks the most: Giunta and single-test functions before many-test functions", () => {
    const record = readyRecord({ giunta: { composition: "altro" } });
    const functions = record.functions.map((item) => {
      if (item.code === "ict") return { ...item, integral: false, staff_transferred: false };
      if (item.code === "suap") return { ...item, duration_years: 3 };
      return item;
    });
    const report = evaluate({ ...record, functions });
    expect(report.gaps.map((gap) => gap.rule)).toEqual([
      "prt-soglia-funzioni",
      "art24-c5-giunta-sindaci",
      "art19-durata-minima",
      "art24-c4-integrale",
      "art24-c5-personale",
    ]);
    expect(report.gaps.every((gap) => gap.source.length > 0 && (gap.action ?? "").length > 0)).toBe(true);
  });

  it("labels the fictional example", () => {
    expect(evaluate(readyRecord({ example: true })).unione.example).toBe(true);
  });
});
