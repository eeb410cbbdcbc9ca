/**
 * Lists the files ingest reads (knowledge/knowledge-tree.ts decides which: formats, READMEs, symbolic links and
 * files outside every Unione's folder).
 */
import { documentFilter, type TreeProblem, walkKnowledgeTree } from "../knowledge/knowledge-tree.js";

export interface KnowledgeFile {
  /** Relative to the knowledge directory, with forward slashes. */
  path: string;
  absolutePath: string;
  size: number;
}

export function listKnowledgeFiles(knowledgeDir: string): KnowledgeFile[] {
  return scanKnowledgeFiles(knowledgeDir).files;
}

/** The files to read, and what was refused (links out of the folder or across Unioni, loops, loose files). */
export function scanKnowledgeFiles(knowledgeDir: string): { files: KnowledgeFile[]; refused: TreeProblem[] } {
  const { files, problems } = walkKnowledgeTree(knowledgeDir, documentFilter);
  return { files, refused: problems.filter((problem) => problem.severity === "error") };
}
