/** Schema problems of records, catalogue and glossary, as found when reading them. */
import type { CheckProblem } from "../knowledge/check-problem.js";
import { displayPath } from "../knowledge/display-path.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";

export const checkRecordSchema: KnowledgeCheck = (snapshot) => {
  const problems: CheckProblem[] = [
    ...snapshot.records.flatMap((file) => file.problems),
    ...snapshot.catalog.problems,
    ...snapshot.glossary.problems,
  ];
  if (snapshot.records.length === 0) {
    problems.push({
      file: displayPath(snapshot.knowledgeDir, "unioni"),
      line: null,
      field: null,
      message: "nessuna scheda di Unione trovata (attese in unioni/<id>/record.yaml)",
      severity: "warning",
    });
  }
  return problems;
};
