/** The shipped YAML records (knowledge/unioni) judged by the shipped rules, and the mutations outside checks try. */
import { describe, expect, it } from "vitest";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";
import { type UnioneRecord, unioneRecordSchema } from "../../../src/knowledge/record-schema.js";
import { evaluateReadiness } from "../../../src/readiness/evaluate-readiness.js";
import { toStatusJson } from "../../../src/readiness/status-json.js";
import { knowledgeDir, shippedRules } from "./readiness-fixtures.js";

const rules = shippedRules();
const catalog = createFunctionCatalog(knowledgeDir);
const { records, problems } = loadUnioneRecords(knowledgeDir);
const june2024 = new Date("2024-06-30T12:00:00Z");

function shipped(id: string): UnioneRecord {
  const record = records.find((item) => item.id === id);
  if (!record) throw new Error(`record ${id} missing from knowledge/unioni`);
  return structuredClone(record);
}

function mutateExample(change: (record: UnioneRecord) => void): UnioneRecord {
  const record = shipped("unione-esempio");
  change(record);
  return unioneRecordSchema.parse(record);
}

const evaluate = (record: UnioneRecord) => toStatusJson(evaluateReadiness(record, rules, catalog, june2024));

describe("shipped records", () => {
  it("load without problems", () => {
    expect(problems).toEqual([]);
  });

  it("Terre del Delta as of June 2024 is NOT ready, counted below required, every gap with a legal source", () => {
    const json = evaluate(shipped("terre-del-delta"));
    expect(json.ready).toBe(false);
    expect(json.counted).toBeLessThan(json.required);
    expect(json.as_of).toBe("2024-06-30");
    expect(json.gaps.length).toBeGreaterThan(0);
    for (const gap of json.gaps) expect(gap.source).toMatch(/L\.R\. 21\/2012 art\. \d+|PRT/);
    for (const code of ["protezione-civile", "ict", "suap"]) {
      const verdict = json.functions.find((item) => item.id === code);
      expect(verdict?.counts).toBe(false);
      expect(verdict?.reasons[0]).toContain("pianificata");
    }
    expect(json.functions.find((item) => item.id === "polizia-locale")).toBeDefined();
  });

  it("the fictional example is READY and labelled as an example", () => {
    const report = evaluateReadiness(shipped("unione-esempio"), rules, catalog, june2024);
    expect(report.unione.example).toBe(true);
    expect(report.ready).toBe(true);
    expect(report.gaps).toEqual([]);
    expect(report.counted).toBeGreaterThanOrEqual(report.required);
    expect(report.art7?.satisfied).toBe(true);
  });

  const mutations: [string, (record: UnioneRecord) => void, string][] = [
    [
      "one Comune not conferring",
      (record) => {
        record.functions[1]!.conferring_comuni = record.comuni.slice(1).map((comune) => comune.id);
      },
      "L.R. 21/2012 art. 24 c.2",
    ],
    [
      "staff not transferred",
      (record) => {
        record.functions[1]!.staff_transferred = false;
      },
      "L.R. 21/2012 art. 24 c.5",
    ],
    [
      "a 4-year duration",
      (record) => {
        record.functions[1]!.duration_years = 4;
      },
      "L.R. 21/2012 art. 19",
    ],
    [
      "a non-mayor Giunta",
      (record) => {
        record.giunta.composition = "altro";
      },
      "L.R. 21/2012 art. 24 c.5",
    ],
  ];

  it.each(mutations)("the example with %s: verdict and cited article change", (_label, change, article) => {
    // All 7 functions stay: an active function that fails a test blocks readiness on its own.
    const json = evaluate(mutateExample(change));
    expect(json.ready).toBe(false);
    expect(json.gaps.map((gap) => gap.source)).toContain(article);
  });

  it("the example with a non-conferring Comune under a commissario stays ready, citing art. 24 c.4-quater", () => {
    const json = evaluate(
      mutateExample((record) => {
        record.comuni[0]!.status = "commissariato";
        record.functions[1]!.conferring_comuni = record.comuni.slice(1).map((comune) => comune.id);
      }),
    );
    expect(json.ready).toBe(true);
    expect(json.functions[1]?.counts).toBe(true);
    expect(json.functions[1]?.reasons.join(" ")).toContain("L.R. 21/2012 art. 24 c.4-quater");
  });
});
