/**
 * `unione check`: validates all shipped knowledge. The CLI prints `formatProblems` and exits 1 when any problem
 * is an error. The layers above add their own checks through `extraChecks` (templates, the rules file and the
 * legal tests of the records, which run the readiness engine): src/app composes the full `unione check`.
 */
import type { CheckProblem } from "../knowledge/check-problem.js";
import { checkComuneCodes } from "./check-comune-codes.js";
import { checkDates } from "./check-dates.js";
import { checkFolderId } from "./check-folder-id.js";
import { checkFunctionCodes } from "./check-function-codes.js";
import { checkGlossaryCodes } from "./check-glossary-codes.js";
import { checkLawFiles } from "./check-law-files.js";
import { checkLinks } from "./check-links.js";
import { checkMembership } from "./check-membership.js";
import { checkRecordSchema } from "./check-record-schema.js";
import { checkSchede } from "./check-schede.js";
import { checkSymlinks } from "./check-symlinks.js";
import { type KnowledgeCheck, type KnowledgeSnapshot, readKnowledgeSnapshot } from "./knowledge-snapshot.js";

export { formatProblem, formatProblems } from "./format-problems.js";

export const knowledgeChecks: KnowledgeCheck[] = [
  checkRecordSchema,
  checkFolderId,
  checkFunctionCodes,
  checkComuneCodes,
  checkDates,
  checkMembership,
  checkLinks,
  checkGlossaryCodes,
  checkSchede,
  checkLawFiles,
  checkSymlinks,
];

export interface RunChecksOptions {
  /** "Today" for dates in the future; defaults to the system clock. */
  today?: Date;
}

export function runKnowledgeChecks(
  knowledgeDir: string,
  extraChecks: KnowledgeCheck[] = [],
  options: RunChecksOptions = {},
): CheckProblem[] {
  const snapshot = readKnowledgeSnapshot(knowledgeDir, options.today ?? new Date());
  const problems = knowledgeChecks.flatMap((check) => check(snapshot));
  for (const check of extraChecks) problems.push(...runExtraCheck(check, snapshot));
  return sortProblems(problems);
}

/** A failing extra check becomes one error instead of hiding every other problem. */
function runExtraCheck(check: KnowledgeCheck, snapshot: KnowledgeSnapshot): CheckProblem[] {
  try {
    return check(snapshot);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [
      {
        file: snapshot.knowledgeDir,
        line: null,
        field: null,
        message: `controllo "${check.name || "aggiuntivo"}" non eseguito: ${detail}`,
        severity: "error",
      },
    ];
  }
}

/** By file, then line; problems without a line first within their file. Stable for equal keys. */
function sortProblems(problems: CheckProblem[]): CheckProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (left, right) =>
        left.problem.file.localeCompare(right.problem.file) ||
        (left.problem.line ?? 0) - (right.problem.line ?? 0) ||
        left.index - right.index,
    )
    .map((entry) => entry.problem);
}
