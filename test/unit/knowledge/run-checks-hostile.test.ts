/**
 * `unione check` on hostile knowledge folders and the record schema's bounds. Tried: dangling symbolic links in
 * law/ and in an Unione's folder, a "billion laughs" YAML alias bomb in a record and in the glossary, dates in
 * year 1 and 9999, a population of 10^15, a duration of 999.999.999 years, a 100 KB note and names carrying a
 * newline. Each is reported against its file, in Italian; nothing throws.
 */
import { appendFileSync, mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runUnioneCheck } from "../../../src/app/knowledge-maintenance.js";
import type { CheckProblem } from "../../../src/knowledge/check-problem.js";
import { parseUnioneRecord } from "../../../src/knowledge/record-schema.js";
import { copyKnowledge } from "./support/knowledge-copy.js";

const today = new Date("2025-12-01T12:00:00Z");
const fileName = (problem: CheckProblem) => problem.file.replace(/^.*knowledge\//, "");

/** Ten levels of ten aliases each: 10^10 nodes once expanded. */
function aliasBomb(): string {
  const lines = ["lol0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
  for (let level = 1; level < 10; level += 1) {
    lines.push(`lol${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(", ")}]`);
  }
  return `\n${lines.join("\n")}\n`;
}

const validRecord = {
  id: "prova",
  name: "Unione di prova",
  province: "Ferrara",
  type: "costituita",
  as_of: "2024-06-30",
  comuni: [
    { id: "alfa", name: "Alfa" },
    { id: "beta", name: "Beta" },
  ],
};

function issuesOf(overrides: Record<string, unknown>): string[] {
  const parsed = parseUnioneRecord({ ...validRecord, ...overrides });
  return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe("unione check on unreadable files", () => {
  it("names a dangling link and an alias bomb instead of failing with 'errore interno'", () => {
    const dir = copyKnowledge();
    symlinkSync("/nonexistent/legge.md", path.join(dir, "law", "legge-mancante.md"));
    symlinkSync("/nonexistent/atto.md", path.join(dir, "unioni", "terre-del-delta", "atto.md"));
    appendFileSync(path.join(dir, "unioni", "terre-d-acqua", "record.yaml"), aliasBomb());
    appendFileSync(path.join(dir, "glossary", "glossario.yaml"), aliasBomb());
    const errors = runUnioneCheck(dir, today).filter((problem) => problem.severity === "error");
    const byFile = new Map(errors.map((problem) => [fileName(problem), problem.message]));
    expect(byFile.get("law/legge-mancante.md")).toMatch(/collegamento simbolico interrotto/);
    expect(byFile.get("unioni/terre-del-delta/atto.md")).toMatch(/collegamento simbolico interrotto/);
    expect(byFile.get("unioni/terre-d-acqua/record.yaml")).toMatch(/troppi alias/);
    expect(byFile.get("glossary/glossario.yaml")).toMatch(/troppi alias/);
  });

  it("lists a dangling link in law/ or templates/ once, saying what to do, with no internal name", () => {
    // Tried: law/rotto.md and templates/rotto.md pointing at files that do not exist. The folder walk, the law
    // check, the citation index and the template loader all meet them.
    const dir = copyKnowledge();
    symlinkSync("/nonexistent/rotto.md", path.join(dir, "law", "rotto.md"));
    mkdirSync(path.join(dir, "templates"), { recursive: true });
    symlinkSync("/nonexistent/modello.md", path.join(dir, "templates", "rotto.md"));
    const problems = runUnioneCheck(dir, today);
    for (const broken of ["law/rotto.md", "templates/rotto.md"]) {
      const onFile = problems.filter((problem) => fileName(problem) === broken);
      expect(onFile).toHaveLength(1);
      expect(onFile[0]?.message).toMatch(/collegamento simbolico interrotto.*ripristinare.*rimuovere il collegamento/);
    }
    expect(problems.map((problem) => problem.message).join("\n")).not.toMatch(/check[A-Z]|non eseguito/);
  });
});

describe("record schema bounds", () => {
  it("accepts the sane record it starts from", () => {
    expect(issuesOf({})).toEqual([]);
  });

  it.each([
    ["a date in year 1", { as_of: "0001-01-01" }, /as_of: deve essere una data tra il 01\/01\/1900 e il 31\/12\/2100/],
    ["a date in year 9999", { dates: { deed_signed: "9999-12-31" } }, /dates\.deed_signed: deve essere una data tra/],
    ["a population of 10^15", { population: 1e15 }, /population: la popolazione non può superare 5\.000\.000/],
    [
      "a duration of 999.999.999 years",
      { functions: [{ code: "suap", state: "attiva", duration_years: 999_999_999 }] },
      /functions\.0\.duration_years: la durata non può superare 99 anni/,
    ],
    ["a 100 KB note", { note: "x".repeat(100_000) }, /note: deve essere lunga al massimo 2000 caratteri/],
    [
      "a name with a newline that would become YAML keys",
      { name: "Terre\nid: hacked\nexample: true" },
      /name: non può contenere a capo/,
    ],
    [
      "a Comune name with a carriage return",
      { comuni: [{ id: "alfa", name: "Alfa\r" }, validRecord.comuni[1]] },
      /comuni\.0\.name: non può contenere a capo/,
    ],
  ])("refuses %s", (_label, overrides, message) => {
    expect(issuesOf(overrides).join("\n")).toMatch(message);
  });

  it("lets a note span lines", () => {
    expect(issuesOf({ note: "Prima riga.\nSeconda riga.\tcon tabulazione" })).toEqual([]);
  });
});
