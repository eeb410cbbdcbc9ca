/**
 * Synonym groups from the team glossary (knowledge/glossary/glossario.yaml: `terms: [{term, variants}]`).
 * A missing or broken glossary must not stop retrieval: the built-in groups still apply.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Logger } from "../core/logger.js";

export function loadGlossarySynonymGroups(knowledgeDir: string, logger: Logger): string[][] {
  const file = join(knowledgeDir, "glossary", "glossario.yaml");
  if (!existsSync(file)) return [];
  try {
    const document = parse(readFileSync(file, "utf8")) as { terms?: unknown } | null;
    const terms = Array.isArray(document?.terms) ? (document.terms as unknown[]) : [];
    return terms.flatMap((entry) => {
      const record = entry as { term?: unknown; variants?: unknown };
      if (typeof record.term !== "string") return [];
      const variants = Array.isArray(record.variants) ? record.variants.filter((item) => typeof item === "string") : [];
      return [[record.term, ...variants]];
    });
  } catch (error) {
    logger.warn({ file, error: String(error) }, "glossario non leggibile: uso solo i sinonimi di base");
    return [];
  }
}
