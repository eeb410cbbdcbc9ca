/**
 * The laws an act may cite beyond the law guide (knowledge/rules/sector-laws.yaml): the sector law of each
 * function for the premesse, the laws on the form of agreements between public bodies, their full form for the
 * first citation, how sure we are of each, and what stays with the Sindaco or the Comune for a function.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type CheckProblem, errorIn } from "../knowledge/check-problem.js";
import { displayPath } from "../knowledge/display-path.js";
import { confidenceSchema } from "../knowledge/record-schema.js";
import { readYamlFile } from "../knowledge/yaml-file.js";
import { canonicalSource, parseCitationString } from "./legal-citations.js";

export const sectorLawsFile = path.join("rules", "sector-laws.yaml");

const lawSchema = z.object({
  short: z.string().min(1),
  full: z.string().min(1),
  articles: z.array(z.string().min(1)).default([]),
  confidence: confidenceSchema.default("da_verificare"),
  note: z.string().nullable().default(null),
});

const functionSchema = z.object({
  premesse: z.array(z.object({ law: z.string().min(1), text: z.string().min(1) })).default([]),
  reserved: z.string().nullable().default(null),
});

const fileSchema = z.object({
  version: z.literal(1, { error: "versione non supportata (attesa 1)" }),
  laws: z.array(lawSchema).default([]),
  functions: z.record(z.string(), functionSchema).default({}),
});

export interface SectorLaw {
  /** Canonical short form, as the citation index and the checks name it ("D.Lgs. 1/2018"). */
  source: string;
  short: string;
  full: string;
  articles: string[];
  confidence: "confermato" | "parziale" | "da_verificare";
  note: string | null;
}

export interface SectorPremessa {
  /** The citation as written ("D.Lgs. 446/1997 art. 52"). */
  law: string;
  text: string;
  source: string | null;
}

export interface SectorLaws {
  laws: SectorLaw[];
  /** By function code. */
  functions: Map<string, { premesse: SectorPremessa[]; reserved: string | null }>;
  law(source: string): SectorLaw | null;
}

export function readSectorLaws(knowledgeDir: string): { laws: SectorLaws; problems: CheckProblem[] } {
  const file = displayPath(knowledgeDir, sectorLawsFile);
  const empty = fromData({ version: 1, laws: [], functions: {} });
  const fullPath = path.join(knowledgeDir, sectorLawsFile);
  if (!existsSync(fullPath)) return { laws: empty, problems: [] };
  const yaml = readYamlFile(fullPath);
  const problem = errorIn(file);
  if (yaml.syntaxErrors.length > 0)
    return {
      laws: empty,
      problems: yaml.syntaxErrors.map((error) => problem(error.line, null, `YAML non valido: ${error.message}`)),
    };
  const parsed = fileSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    return {
      laws: empty,
      problems: parsed.error.issues.map((issue) =>
        problem(yaml.lineOf(issue.path as (string | number)[]), issue.path.join(".") || null, issue.message),
      ),
    };
  }
  const laws = fromData(parsed.data);
  const problems = laws.laws
    .filter((law) => !canonicalSource(law.short))
    .map((law) => problem(null, "laws", `forma breve non riconosciuta: "${law.short}" (es. "D.Lgs. 1/2018")`));
  for (const [code, entry] of laws.functions) {
    for (const premessa of entry.premesse) {
      if (!premessa.source || !laws.law(premessa.source))
        problems.push(problem(null, `functions.${code}`, `la legge "${premessa.law}" non è elencata in laws`));
    }
  }
  return { laws, problems };
}

function fromData(data: z.infer<typeof fileSchema>): SectorLaws {
  const laws: SectorLaw[] = data.laws.map((law) => ({ ...law, source: canonicalSource(law.short) ?? law.short }));
  const functions = new Map(
    Object.entries(data.functions).map(([code, entry]) => [
      code,
      {
        premesse: entry.premesse.map((item) => ({ ...item, source: parseCitationString(item.law)?.source ?? null })),
        reserved: entry.reserved,
      },
    ]),
  );
  return { laws, functions, law: (source) => laws.find((law) => law.source === source) ?? null };
}

export function loadSectorLaws(knowledgeDir: string): SectorLaws {
  return readSectorLaws(knowledgeDir).laws;
}
