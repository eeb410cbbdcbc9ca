/**
 * The knowledge folder the evaluation indexes: the project's knowledge/ plus every folder of ../shared/corpus under
 * knowledge/documenti/, copied to data/eval/ (ignored by git; never into the repository). The index lives beside it
 * and is reused: an unchanged document is not parsed again on the next run.
 */
import { cpSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { corpusAvailable, corpusDir, evalDir } from "./eval-sets.js";

export const projectKnowledgeDir = join(evalDir, "..", "..", "knowledge");
export const evalRoot = join(evalDir, "..", "..", "data", "eval");

export function prepareEvalKnowledge(root = evalRoot): { knowledgeDir: string; dataDir: string } {
  const knowledgeDir = join(root, "knowledge");
  if (existsSync(knowledgeDir)) rmSync(knowledgeDir, { recursive: true, force: true });
  cpSync(projectKnowledgeDir, knowledgeDir, { recursive: true });
  if (corpusAvailable()) {
    for (const folder of readdirSync(corpusDir)) {
      const source = join(corpusDir, folder);
      if (statSync(source).isDirectory()) cpSync(source, join(knowledgeDir, "documenti", folder), { recursive: true });
    }
  }
  return { knowledgeDir, dataDir: join(root, "data") };
}
