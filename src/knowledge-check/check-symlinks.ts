/**
 * Symbolic links and loose files under knowledge/, as ingest judges them (knowledge/knowledge-tree.ts): links out
 * of the folder, across Unioni or in a loop are errors (ingest does not follow them); a link to something already
 * in the folder is a warning (it adds nothing); a document directly in unioni/ is an error (it belongs to no Unione).
 */
import type { CheckProblem } from "../knowledge/check-problem.js";
import { displayPath } from "../knowledge/display-path.js";
import { documentFilter, walkKnowledgeTree } from "../knowledge/knowledge-tree.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";

export const checkSymlinks: KnowledgeCheck = (snapshot) => {
  let problems: ReturnType<typeof walkKnowledgeTree>["problems"];
  try {
    ({ problems } = walkKnowledgeTree(snapshot.knowledgeDir, documentFilter));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [problemAt(snapshot.knowledgeDir, "", `cartella della conoscenza non leggibile (${detail})`, "error")];
  }
  return problems.map((problem) => problemAt(snapshot.knowledgeDir, problem.path, problem.reason, problem.severity));
};

function problemAt(
  knowledgeDir: string,
  path: string,
  message: string,
  severity: CheckProblem["severity"],
): CheckProblem {
  return { file: displayPath(knowledgeDir, path), line: null, field: null, message, severity };
}
