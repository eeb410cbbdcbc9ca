/**
 * Synonym groups from the team glossary (knowledge/glossary/glossario.yaml, read by src/knowledge/glossary.ts).
 * A missing or broken glossary must not stop retrieval: the built-in groups still apply, and the problem is
 * logged (`unione check` reports it in detail).
 */
import type { Logger } from "../core/logger.js";
import { readGlossary } from "../knowledge/glossary.js";

export function loadGlossarySynonymGroups(knowledgeDir: string, logger: Logger): string[][] {
  return readGlossarySynonymGroups(knowledgeDir, logger).groups;
}

/** The groups, and whether the glossary was read without problems (only then is the result worth keeping). */
export function readGlossarySynonymGroups(
  knowledgeDir: string,
  logger: Logger,
): { groups: string[][]; clean: boolean } {
  const { entries, problems } = readGlossary(knowledgeDir);
  if (problems.length > 0)
    logger.warn({ problem: problems[0]?.message }, "glossario non utilizzabile: uso solo i sinonimi di base");
  return { groups: entries.map((entry) => [entry.term, ...entry.variants]), clean: problems.length === 0 };
}
