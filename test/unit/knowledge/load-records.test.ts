import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";
import { recordJsonSchemaText } from "../../../src/knowledge/record-json-schema.js";
import { copyKnowledge, lineContaining, replaceOnce, shippedKnowledge } from "./support/knowledge-copy.js";

describe("shipped Unione records against the schema", () => {
  const { records, problems } = loadUnioneRecords(shippedKnowledge);
  const byId = new Map(records.map((record) => [record.id, record]));

  it("loads the three records without problems", () => {
    expect(problems).toEqual([]);
    expect(records.map((record) => record.id)).toEqual(["terre-d-acqua", "terre-del-delta", "unione-esempio"]);
  });

  it("keeps Terre del Delta to the confirmed facts (3 Comuni, June 2024, only Polizia Locale running)", () => {
    const delta = byId.get("terre-del-delta")!;
    expect(delta.comuni.map((comune) => comune.name)).toEqual(["Codigoro", "Goro", "Mesola"]);
    expect(delta.comuni.every((comune) => comune.population === null)).toBe(true);
    expect(delta).toMatchObject({ type: "costituita", as_of: "2024-06-30", population: 20865, example: false });
    expect(delta.functions.filter((entry) => entry.state === "attiva").map((entry) => entry.code)).toEqual([
      "polizia-locale",
    ]);
    expect(
      delta.functions
        .filter((entry) => entry.state === "pianificata")
        .map((entry) => entry.code)
        .sort(),
    ).toEqual(["ict", "protezione-civile", "suap"]);
  });

  it("leaves unknown art. 24 facts of Terre d'Acqua null instead of guessing", () => {
    const acqua = byId.get("terre-d-acqua")!;
    expect(acqua.comuni).toHaveLength(6);
    expect(acqua.dates.operating_from).toBe("2012-01-01");
    for (const entry of acqua.functions) {
      expect([
        entry.conferring_comuni,
        entry.integral,
        entry.staff_transferred,
        entry.start_date,
        entry.duration_years,
      ]).toEqual([null, null, null, null, null]);
    }
    expect(
      acqua.functions
        .filter((entry) => entry.state === "proposta")
        .map((entry) => entry.code)
        .sort(),
    ).toEqual(["protezione-civile", "tributi"]);
  });

  it("marks the fictional Unione as an example and fills it completely", () => {
    const example = byId.get("unione-esempio")!;
    expect(example.example).toBe(true);
    expect(example.name).toContain("Unione di esempio (fittizia)");
    const memberIds = example.comuni.map((comune) => comune.id).sort();
    const active = example.functions.filter((entry) => entry.state === "attiva");
    expect(active.length).toBeGreaterThanOrEqual(5);
    for (const entry of active) {
      expect([...(entry.conferring_comuni ?? [])].sort()).toEqual(memberIds);
      expect([entry.integral, entry.staff_transferred, entry.resources_transferred]).toEqual([true, true, true]);
      expect(entry.duration_years).toBeGreaterThanOrEqual(5);
    }
    expect(example.deliverables.map((deliverable) => deliverable.state)).toEqual([
      "approvato",
      "approvato",
      "approvato",
      "approvato",
    ]);
  });

  it("starts every record with the editor schema comment", () => {
    for (const record of records) {
      const text = readFileSync(path.join(shippedKnowledge, "unioni", record.id, "record.yaml"), "utf8");
      expect(text.startsWith("# yaml-language-server: $schema=../record.schema.json\n")).toBe(true);
    }
  });

  it("ships a JSON Schema identical to the one generated from the zod schema", () => {
    const committed = readFileSync(path.join(shippedKnowledge, "unioni", "record.schema.json"), "utf8");
    // Regenerate with: npx tsx -e 'import("./src/knowledge/record-json-schema.ts").then((m) => m.writeRecordJsonSchema("knowledge"))'
    expect(committed).toBe(recordJsonSchemaText());
  });
});

describe("record loading problems", () => {
  it("names file, line and field of a duration that is not a number", () => {
    const dir = copyKnowledge();
    const file = "unioni/unione-esempio/record.yaml";
    replaceOnce(
      dir,
      file,
      "    duration_years: 10\n    open_ended: false\n    acts:\n      - { organ: Consiglio dell'Unione, type: deliberazione, number: 4,",
      "    duration_years: dieci\n    open_ended: false\n    acts:\n      - { organ: Consiglio dell'Unione, type: deliberazione, number: 4,",
    );
    const { records, problems } = loadUnioneRecords(dir);
    expect(records.map((record) => record.id)).not.toContain("unione-esempio");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: "functions[1].duration_years",
      line: lineContaining(dir, file, "duration_years: dieci"),
      severity: "error",
    });
    expect(problems[0]!.file).toMatch(/unioni\/unione-esempio\/record\.yaml$/);
  });

  it("reports broken YAML with its line and a missing required field", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, "unioni/terre-del-delta/record.yaml", "seat: Codigoro", "seat: [Codigoro");
    replaceOnce(dir, "unioni/terre-d-acqua/record.yaml", "type: esistente\n", "");
    const { problems } = loadUnioneRecords(dir);
    expect(problems.find((problem) => problem.file.includes("terre-del-delta"))?.message).toMatch(/YAML non valido/);
    expect(problems.find((problem) => problem.file.includes("terre-d-acqua"))).toMatchObject({
      field: "type",
      message: expect.stringMatching(/obbligatorio|costituita o esistente/),
    });
  });
});
