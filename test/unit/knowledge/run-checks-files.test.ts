import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CheckProblem } from "../../../src/knowledge/check-problem.js";
import type { KnowledgeSnapshot } from "../../../src/knowledge-check/knowledge-snapshot.js";
import { formatProblems, runKnowledgeChecks } from "../../../src/knowledge-check/run-checks.js";
import { copyKnowledge, lineContaining, replaceOnce } from "./support/knowledge-copy.js";

const today = new Date("2025-12-01T12:00:00Z");
const problemsOf = (dir: string): CheckProblem[] => runKnowledgeChecks(dir, [], { today });
const fileName = (problem: CheckProblem) => problem.file.replace(/^.*knowledge\//, "");

describe("unione check: references between files", () => {
  it("names a relative Markdown link that does not resolve, with its line", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, "unioni/terre-del-delta/scheda.md", "[record.yaml](record.yaml)", "[record.yaml](record.yml)");
    replaceOnce(
      dir,
      "law/lr-21-2012.md",
      "Vedi la scheda sul programma change manager 2023.",
      "Vedi [la scheda](programma-change-manager-2023.md#art-27) e [il bando](bando-2023.md).",
    );
    const problems = problemsOf(dir);
    expect(problems.map((problem) => [fileName(problem), problem.message])).toEqual([
      ["law/lr-21-2012.md", 'collegamento interrotto: "bando-2023.md" non esiste'],
      ["unioni/terre-del-delta/scheda.md", 'collegamento interrotto: "record.yml" non esiste'],
    ]);
    expect(problems[1]!.line).toBe(lineContaining(dir, "unioni/terre-del-delta/scheda.md", "record.yml"));
  });

  it("names a glossary function code missing from the catalogue", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, "glossary/glossario.yaml", "function: polizia-locale", "function: vigili-urbani");
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({
        field: expect.stringMatching(/^terms\[\d+\]\.function$/),
        line: lineContaining(dir, "glossary/glossario.yaml", "vigili-urbani"),
        message: expect.stringMatching(/"vigili-urbani".*non è nel catalogo/),
      }),
    ]);
  });

  it("names a record whose editor schema reference points nowhere", () => {
    const dir = copyKnowledge();
    rmSync(path.join(dir, "unioni", "record.schema.json"));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(3);
    expect(
      problems.every(
        (problem) => problem.line === 1 && /schema indicato "..\/record.schema.json" non esiste/.test(problem.message),
      ),
    ).toBe(true);
  });

  it("names a scheda.md that declares another Unione or none", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, "unioni/terre-d-acqua/scheda.md", "unione: terre-d-acqua", "unione: terre-del-delta");
    replaceOnce(dir, "unioni/unione-esempio/scheda.md", "unione: unione-esempio\n", "");
    const problems = problemsOf(dir);
    expect(problems.map((problem) => [fileName(problem), problem.line, problem.field])).toEqual([
      ["unioni/terre-d-acqua/scheda.md", 2, "unione"],
      ["unioni/unione-esempio/scheda.md", 1, "unione"],
    ]);
    expect(problems[0]!.message).toMatch(
      /dichiara l'Unione "terre-del-delta" ma si trova nella cartella "terre-d-acqua"/,
    );
  });

  it("names a record folder renamed away from its id", () => {
    const dir = copyKnowledge();
    renameSync(path.join(dir, "unioni", "terre-d-acqua"), path.join(dir, "unioni", "terre-acqua"));
    const problems = problemsOf(dir);
    expect(problems.map((problem) => [fileName(problem), problem.field])).toEqual([
      ["unioni/terre-acqua/record.yaml", "id"],
      ["unioni/terre-acqua/scheda.md", "unione"],
    ]);
  });
});

describe("unione check: law files", () => {
  it("names a law file without front matter and one without any citable heading", () => {
    const dir = copyKnowledge();
    writeFileSync(path.join(dir, "law", "appunti.md"), "# Appunti\n\n## Note varie\nTesto.\n");
    replaceOnce(dir, "law/l-56-2014.md", /^---\n[\s\S]*?\n---\n/, "");
    const problems = problemsOf(dir).filter((problem) => problem.severity === "error");
    expect(problems.map((problem) => [fileName(problem), problem.line, problem.message.slice(0, 21).trim()])).toEqual([
      ["law/appunti.md", 1, "manca il front matter"],
      ["law/appunti.md", 3, "nessun titolo ## con"],
      ["law/l-56-2014.md", 1, "manca il front matter"],
    ]);
  });

  it("names bad front-matter fields and warns about a heading that cannot be cited", () => {
    const dir = copyKnowledge();
    replaceOnce(dir, "law/tuel-267-2000.md", "confidence: confermato", "confidence: sicuro");
    replaceOnce(dir, "law/tuel-267-2000.md", 'text_date: "2000-08-18"', 'text_date: "18 agosto 2000"');
    replaceOnce(dir, "law/tuel-267-2000.md", "## Art. 32 — Unione di comuni", "## Unione di comuni");
    const problems = problemsOf(dir);
    expect(problems.map((problem) => [problem.severity, problem.field, problem.line])).toEqual([
      ["error", "text_date", 6],
      ["error", "confidence", 8],
      ["warning", null, lineContaining(dir, "law/tuel-267-2000.md", "## Unione di comuni")],
    ]);
  });
});

describe("unione check: output and extra checks", () => {
  it("formats one Italian line per problem with file:line field", () => {
    const problems: CheckProblem[] = [
      {
        file: "knowledge/unioni/x/record.yaml",
        line: 42,
        field: "functions[1].duration_years",
        message: "la durata minima è di 5 anni",
        severity: "error",
      },
      { file: "knowledge/law/a.md", line: null, field: null, message: "titolo non citabile", severity: "warning" },
    ];
    expect(formatProblems(problems)).toBe(
      "knowledge/unioni/x/record.yaml:42 functions[1].duration_years: la durata minima è di 5 anni\nknowledge/law/a.md avviso — titolo non citabile",
    );
  });

  it("runs extra checks with the knowledge folder and turns a crash into an error", () => {
    const dir = copyKnowledge();
    const seen: string[] = [];
    const extra = (snapshot: KnowledgeSnapshot): CheckProblem[] => {
      seen.push(snapshot.knowledgeDir);
      return [{ file: "templates/x.md", line: 3, field: null, message: "campo sconosciuto", severity: "error" }];
    };
    const crashing = function checkTemplates(): CheckProblem[] {
      throw new Error("file illeggibile");
    };
    const problems = runKnowledgeChecks(dir, [extra, crashing], { today });
    expect(seen).toEqual([dir]);
    expect(problems.map((problem) => problem.message).sort()).toEqual([
      "campo sconosciuto",
      expect.stringMatching(/^controllo non completato per un errore inatteso: riprovare/),
    ]);
    // The function's name and the raw detail stay out of what the official reads.
    expect(problems.map((problem) => problem.message).join("\n")).not.toMatch(/checkTemplates|file illeggibile/);
  });
});
