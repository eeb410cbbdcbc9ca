/**
 * The function catalogue (knowledge/rules/functions.yaml): the codes records use, their Italian names,
 * and the words officials type ("vigili", "ragioneria", "SIA") to name them.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { UnioneError } from "../core/errors.js";
import { matchName } from "../core/fuzzy-match.js";
import { type CheckProblem, errorIn } from "./check-problem.js";
import { displayPath } from "./display-path.js";
import { fieldName } from "./field-path.js";
import { readYamlFile } from "./yaml-file.js";

/** A function of the catalogue (knowledge/rules/functions.yaml). */
export interface FunctionInfo {
  code: string;
  name: string;
  aliases: string[];
  /** "ict": the ICT function required by art. 7 c.3; "elenco": one of the 7 listed there; null otherwise. */
  art7: "ict" | "elenco" | null;
}

export interface FunctionCatalog {
  list(): FunctionInfo[];
  get(code: string): FunctionInfo | null;
  /** Loose match on code, name and aliases ("vigili" -> polizia-locale). */
  resolve(name: string): FunctionInfo | null;
}

export const functionCatalogFile = path.join("rules", "functions.yaml");

const functionEntrySchema = z.object({
  code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "deve essere un codice in minuscolo con trattini" }),
  name: z.string().min(1, { error: "il nome della funzione è obbligatorio" }),
  art7: z.enum(["ict", "elenco"], { error: "deve essere ict, elenco oppure null" }).nullable().default(null),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().nullable().default(null),
});

const catalogFileSchema = z.object({
  functions: z.array(functionEntrySchema).min(1, { error: "il catalogo non contiene funzioni" }),
});

/** Reads and validates the catalogue; never throws, problems are reported for `unione check`. */
export function readFunctionCatalog(knowledgeDir: string): { functions: FunctionInfo[]; problems: CheckProblem[] } {
  const filePath = path.join(knowledgeDir, functionCatalogFile);
  const file = displayPath(knowledgeDir, functionCatalogFile);
  const problem = errorIn(file);
  if (!existsSync(filePath))
    return { functions: [], problems: [problem(null, null, "il catalogo delle funzioni non esiste")] };
  const yaml = readYamlFile(filePath);
  if (yaml.syntaxErrors.length > 0) {
    return {
      functions: [],
      problems: yaml.syntaxErrors.map((error) => problem(error.line, null, `YAML non valido: ${error.message}`)),
    };
  }
  const parsed = catalogFileSchema.safeParse(yaml.value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      problem(
        yaml.lineOf(issue.path as (string | number)[]),
        fieldName(issue.path as (string | number)[]),
        issue.message,
      ),
    );
    return { functions: [], problems };
  }
  const functions = parsed.data.functions.map(({ code, name, art7, aliases }) => ({ code, name, art7, aliases }));
  const seen = new Set<string>();
  const problems: CheckProblem[] = [];
  functions.forEach((entry, index) => {
    if (seen.has(entry.code))
      problems.push(
        problem(
          yaml.lineOf(["functions", index, "code"]),
          `functions[${index}].code`,
          `codice "${entry.code}" ripetuto`,
        ),
      );
    seen.add(entry.code);
  });
  return { functions, problems };
}

/** The catalogue service; throws INVALID_KNOWLEDGE when the file is missing or malformed. */
export function createFunctionCatalog(knowledgeDir: string): FunctionCatalog {
  const { functions, problems } = readFunctionCatalog(knowledgeDir);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new UnioneError(
      "INVALID_KNOWLEDGE",
      `Catalogo delle funzioni non valido (${first.file}${first.line ? `:${first.line}` : ""}): ${first.message}.`,
    );
  }
  return catalogOf(functions);
}

/** A catalogue over entries already loaded (also used by tests and by the checks). */
export function catalogOf(functions: FunctionInfo[]): FunctionCatalog {
  const byCode = new Map(functions.map((entry) => [entry.code, entry]));
  const candidates = functions.map((entry) => ({ value: entry, names: [entry.code, entry.name, ...entry.aliases] }));
  return {
    list: () => [...functions],
    get: (code) => byCode.get(code.trim().toLowerCase()) ?? null,
    resolve: (name) => byCode.get(name.trim().toLowerCase()) ?? matchName(name, candidates),
  };
}
