import { describe, expect, it } from "vitest";
import type { CheckProblem } from "../../../src/knowledge/check-problem.js";
import { runKnowledgeChecks } from "../../../src/knowledge-check/run-checks.js";
import { copyKnowledge, lineContaining, replaceOnce } from "./support/knowledge-copy.js";

const today = new Date("2025-12-01T12:00:00Z");
const example = "unioni/unione-esempio/record.yaml";
const delta = "unioni/terre-del-delta/record.yaml";
const problemsOf = (dir: string, severity: CheckProblem["severity"] = "error") =>
  runKnowledgeChecks(dir, [], { today }).filter((problem) => problem.severity === severity);

describe("unione check: impossible dates", () => {
  it("refuses a date that does not exist (30 February)", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, delta, "deed_signed: 2022-11-29", "deed_signed: 2022-02-30");
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        field: "dates.deed_signed",
        line: lineContaining(dir, delta, "2022-02-30"),
        message: expect.stringMatching(/non è una data esistente/),
      }),
    ]);
  });

  it("refuses a deed signed before the statuto was approved, and operations before the deed", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, delta, "deed_signed: 2022-11-29", "deed_signed: 2022-10-01");
    replaceOnce(dir, delta, "operating_from: 2023-01-01", "operating_from: 2022-09-01");
    const errors = problemsOf(dir);
    expect(errors.map((problem) => problem.field)).toEqual(["dates.deed_signed", "dates.operating_from"]);
    expect(errors[0]!.message).toMatch(/01\/10\/2022.*prima dell'approvazione dello statuto \(25\/10\/2022\)/);
  });

  it("refuses a function that starts before the Unione existed", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, example, "start_date: 2019-01-01", "start_date: 2016-01-01");
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        field: "functions[0].start_date",
        line: lineContaining(dir, example, "2016-01-01"),
        message: expect.stringMatching(/prima che l'Unione esistesse \(dal 15\/11\/2017\)/),
      }),
    ]);
  });

  it("refuses an active function starting after the record's date, and a record dated in the future", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, example, "start_date: 2021-01-01", "start_date: 2025-09-01");
    replaceOnce(dir, delta, "as_of: 2024-06-30", "as_of: 2026-06-30");
    const errors = problemsOf(dir);
    expect(errors.find((problem) => problem.field === "as_of")?.message).toMatch(/30\/06\/2026 è nel futuro/);
    expect(errors.find((problem) => problem.field === "functions[5].start_date")?.message).toMatch(
      /attiva ma inizia il 01\/09\/2025.*pianificata/,
    );
    expect(errors).toHaveLength(2);
  });

  it("only warns about an act dated after the record's date", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, example, "number: 32, date: 2024-05-16", "number: 32, date: 2025-08-16");
    expect(problemsOf(dir)).toEqual([]);
    expect(problemsOf(dir, "warning")).toEqual([
      expect.objectContaining({
        field: "deliverables[3].act.date",
        line: lineContaining(dir, example, "2025-08-16"),
        message: expect.stringMatching(/16\/08\/2025.*dopo la data della scheda \(30\/06\/2025\)/),
      }),
    ]);
  });
});
