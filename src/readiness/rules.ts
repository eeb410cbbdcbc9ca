/** Reads and validates knowledge/rules/readiness.yaml; every problem is reported in Italian with its field. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { UnioneError } from "../core/errors.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import { type ReadinessRules, readinessRulesSchema } from "./rules-schema.js";

export type { ReadinessRules } from "./rules-schema.js";

export const readinessRulesPath = join("rules", "readiness.yaml");

export type RulesParseResult = { ok: true; rules: ReadinessRules } | { ok: false; problems: CheckProblem[] };

/** Parses the text of a rules file; `file` only labels the problems. */
export function parseReadinessRules(source: string, file = readinessRulesPath): RulesParseResult {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
    return {
      ok: false,
      problems: [{ file, line, field: null, message: "il file non è YAML valido", severity: "error" }],
    };
  }
  const result = readinessRulesSchema.safeParse(data, { error: z.locales.it().localeError });
  if (result.success) return { ok: true, rules: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      line: null,
      field: issue.path.map(String).join(".") || null,
      message:
        issue.code === "invalid_type" && issue.input === undefined ? "campo obbligatorio mancante" : issue.message,
      severity: "error" as const,
    })),
  };
}

/** Problems of the rules file in a knowledge folder, for `unione check` (empty when valid). */
export function checkReadinessRules(knowledgeDir: string): CheckProblem[] {
  const path = join(knowledgeDir, readinessRulesPath);
  if (!existsSync(path)) {
    return [
      {
        file: readinessRulesPath,
        line: null,
        field: null,
        message: "file delle regole di prontezza mancante",
        severity: "error",
      },
    ];
  }
  const result = parseReadinessRules(readFileSync(path, "utf8"));
  return result.ok ? [] : result.problems;
}

/** The rules of `knowledgeDir`; throws UnioneError("INVALID_KNOWLEDGE") naming the fields when invalid. */
export function loadReadinessRules(knowledgeDir: string): ReadinessRules {
  const path = join(knowledgeDir, readinessRulesPath);
  if (!existsSync(path)) {
    throw new UnioneError(
      "INVALID_KNOWLEDGE",
      `Manca il file delle regole di prontezza (${readinessRulesPath}) nella cartella della conoscenza.`,
      {
        detail: `file mancante: ${path}`,
      },
    );
  }
  const result = parseReadinessRules(readFileSync(path, "utf8"));
  if (result.ok) return result.rules;
  const lines = result.problems
    .slice(0, 5)
    .map((problem) => (problem.field ? `${problem.field}: ${problem.message}` : problem.message));
  const more = result.problems.length > 5 ? ` (e altri ${result.problems.length - 5})` : "";
  throw new UnioneError(
    "INVALID_KNOWLEDGE",
    `Regole di prontezza non valide (${readinessRulesPath}): ${lines.join("; ")}${more}.`,
  );
}
