/** Relative Markdown links between knowledge files must resolve, and a record's `$schema` comment must point to a file. */
import { existsSync } from "node:fs";
import path from "node:path";
import type { CheckProblem } from "../knowledge/check-problem.js";
import { displayPath } from "../knowledge/display-path.js";
import { recordFileName, unioniFolder } from "../knowledge/load-records.js";
import { readTextFile } from "../knowledge/read-text-file.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";
import { markdownFiles } from "./markdown-files.js";

const markdownLink = /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const externalTarget = /^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i;
const schemaComment = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m;

function brokenLinks(knowledgeDir: string, relativeFile: string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const file = displayPath(knowledgeDir, relativeFile);
  const read = readTextFile(path.join(knowledgeDir, relativeFile));
  if (read.error !== null) return [{ file, line: null, field: null, message: read.error, severity: "error" }];
  const lines = read.text.split(/\r?\n/);
  lines.forEach((line, index) => {
    for (const match of line.matchAll(markdownLink)) {
      const target = match[1]!;
      if (externalTarget.test(target)) continue;
      const targetPath = decodeURIComponent(target.split("#")[0]!);
      if (existsSync(path.resolve(knowledgeDir, path.dirname(relativeFile), targetPath))) continue;
      problems.push({
        file,
        line: index + 1,
        field: null,
        message: `collegamento interrotto: "${target}" non esiste`,
        severity: "error",
      });
    }
  });
  return problems;
}

function brokenSchemaReference(knowledgeDir: string, folder: string, file: string): CheckProblem[] {
  const relativeFile = path.join(unioniFolder, folder, recordFileName);
  // An unreadable record file is already reported by the schema check.
  const text = readTextFile(path.join(knowledgeDir, relativeFile)).text ?? "";
  const match = schemaComment.exec(text);
  if (!match || /^[a-z]+:/i.test(match[1]!)) return [];
  if (existsSync(path.resolve(knowledgeDir, unioniFolder, folder, match[1]!))) return [];
  const line = text.slice(0, match.index).split("\n").length;
  return [{ file, line, field: null, message: `lo schema indicato "${match[1]}" non esiste`, severity: "error" }];
}

export const checkLinks: KnowledgeCheck = (snapshot) => [
  ...markdownFiles(snapshot.knowledgeDir).flatMap((relativeFile) => brokenLinks(snapshot.knowledgeDir, relativeFile)),
  ...snapshot.records.flatMap((record) => brokenSchemaReference(snapshot.knowledgeDir, record.folder, record.file)),
];
