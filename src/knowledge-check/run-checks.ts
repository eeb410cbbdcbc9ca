/**
 * `unione check`: validates all shipped knowledge. The CLI prints `formatProblems` and exits 1 when any problem
 * is an error. The layers above add their own checks through `extraChecks` (templates, the rules file and the
 * legal tests of the records, which run the readiness engine): src/app composes the full `unione check`.
 */
import { UnioneError } from "../core/errors.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import { displayPath } from "../knowledge/display-path.js";
import { unreadableReason } from "../knowledge/read-text-file.js";
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
  /** Receives a check's unexpected failure, for the log: the user sees an Italian line without internals. */
  onCrash?: (error: unknown) => void;
}

export function runKnowledgeChecks(
  knowledgeDir: string,
  extraChecks: KnowledgeCheck[] = [],
  options: RunChecksOptions = {},
): CheckProblem[] {
  const snapshot = readKnowledgeSnapshot(knowledgeDir, options.today ?? new Date());
  const guard = (check: KnowledgeCheck) => runGuarded(check, snapshot, options.onCrash);
  return sortProblems([...knowledgeChecks, ...extraChecks].flatMap(guard));
}

/**
 * A failing check becomes one error instead of hiding every other problem. A file-system error names its file
 * (Node puts it in `path`) with the same reason the other checks give, so the file is listed once; anything
 * else is an Italian line, its detail going to the log, never a function name or a stack.
 */
function runGuarded(
  check: KnowledgeCheck,
  snapshot: KnowledgeSnapshot,
  onCrash: RunChecksOptions["onCrash"],
): CheckProblem[] {
  try {
    return check(snapshot);
  } catch (error) {
    const filePath = (error as { path?: unknown } | null)?.path;
    if (typeof filePath === "string") return [fileProblem(displayPath(snapshot.knowledgeDir, filePath), error)];
    onCrash?.(error);
    const message =
      error instanceof UnioneError
        ? `controllo non completato: ${error.userMessage}`
        : "controllo non completato per un errore inatteso: riprovare e, se si ripete, segnalarlo a chi gestisce l'assistente (il dettaglio è nel registro)";
    return [{ file: displayPath(snapshot.knowledgeDir, ""), line: null, field: null, message, severity: "error" }];
  }
}

function fileProblem(file: string, error: unknown): CheckProblem {
  return { file, line: null, field: null, message: unreadableReason(error), severity: "error" };
}

/**
 * By file, then line; problems without a line first within their file. Stable for equal keys. The same problem
 * found by two checks (an unreadable file is met by several) is listed once.
 */
function sortProblems(problems: CheckProblem[]): CheckProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = JSON.stringify([problem.file, problem.line, problem.field, problem.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((problem, index) => ({ problem, index }))
    .sort(
      (left, right) =>
        left.problem.file.localeCompare(right.problem.file) ||
        (left.problem.line ?? 0) - (right.problem.line ?? 0) ||
        left.index - right.index,
    )
    .map((entry) => entry.problem);
}
