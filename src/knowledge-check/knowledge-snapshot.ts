/**
 * Everything `unione check` looks at, read once: the checks are pure functions of this snapshot, so each
 * stays small and tests can build broken fixtures by mutating copies of the shipped files.
 */
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { FunctionInfo } from "../knowledge/function-catalog.js";
import { readFunctionCatalog } from "../knowledge/function-catalog.js";
import { readGlossary } from "../knowledge/glossary.js";
import { type LawFile, readLawFiles } from "../knowledge/law-files.js";
import { type RecordFile, readRecordFiles } from "../knowledge/load-records.js";

export interface KnowledgeSnapshot {
  knowledgeDir: string;
  records: RecordFile[];
  catalog: { functions: FunctionInfo[]; problems: CheckProblem[] };
  glossary: ReturnType<typeof readGlossary>;
  law: LawFile[];
  /** "Today", for dates in the future; injected so tests need no clock. */
  today: Date;
}

export type KnowledgeCheck = (snapshot: KnowledgeSnapshot) => CheckProblem[];

export function readKnowledgeSnapshot(knowledgeDir: string, today: Date): KnowledgeSnapshot {
  return {
    knowledgeDir,
    records: readRecordFiles(knowledgeDir),
    catalog: readFunctionCatalog(knowledgeDir),
    glossary: readGlossary(knowledgeDir),
    law: readLawFiles(knowledgeDir),
    today,
  };
}
