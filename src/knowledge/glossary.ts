/**
 * The glossary (knowledge/glossary/glossario.yaml): abbreviations, synonyms and colloquial words that
 * retrieval uses to expand questions ("vigili" -> "polizia locale").
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { UnioneError } from "../core/errors.js";
import { type CheckProblem, errorIn } from "./check-problem.js";
import { displayPath } from "./display-path.js";
import { fieldName } from "./field-path.js";
import { readYamlFile } from "./yaml-file.js";

export const glossaryFile = path.join("glossary", "glossario.yaml");

export interface GlossaryEntry {
  term: string;
  variants: string[];
  /** Code of the function catalogue when the term names a function. */
  function: string | null;
  definition: string;
}

const entrySchema = z.object({
  term: z.string().min(1, { error: "il termine è obbligatorio" }),
  variants: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  function: z.string().nullable().default(null),
  definition: z.string().min(1, { error: "la definizione è obbligatoria" }),
});

const glossarySchema = z.object({ terms: z.array(entrySchema) });

/** Reads and validates the glossary; never throws, problems are reported for `unione check`. */
export function readGlossary(knowledgeDir: string): {
  entries: GlossaryEntry[];
  problems: CheckProblem[];
  lineOf: (index: number, field: string) => number | null;
} {
  const filePath = path.join(knowledgeDir, glossaryFile);
  const file = displayPath(knowledgeDir, glossaryFile);
  const problem = errorIn(file);
  if (!existsSync(filePath))
    return { entries: [], problems: [problem(null, null, "il glossario non esiste")], lineOf: () => null };
  const yaml = readYamlFile(filePath);
  const lineOf = (index: number, field: string) => yaml.lineOf(["terms", index, field]);
  if (yaml.syntaxErrors.length > 0) {
    return {
      entries: [],
      problems: yaml.syntaxErrors.map((error) => problem(error.line, null, `YAML non valido: ${error.message}`)),
      lineOf,
    };
  }
  const parsed = glossarySchema.safeParse(yaml.value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      problem(
        yaml.lineOf(issue.path as (string | number)[]),
        fieldName(issue.path as (string | number)[]),
        issue.message,
      ),
    );
    return { entries: [], problems, lineOf };
  }
  return { entries: parsed.data.terms, problems: [], lineOf };
}

/** The glossary entries; throws INVALID_KNOWLEDGE when the file is missing or malformed. */
export function loadGlossary(knowledgeDir: string): GlossaryEntry[] {
  const { entries, problems } = readGlossary(knowledgeDir);
  const first = problems[0];
  if (first) {
    throw new UnioneError(
      "INVALID_KNOWLEDGE",
      `Glossario non valido (${first.file}${first.line ? `:${first.line}` : ""}): ${first.message}.`,
    );
  }
  return entries;
}
