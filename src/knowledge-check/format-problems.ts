/** One Italian line per problem: "knowledge/unioni/x/record.yaml:42 functions[1].duration_years: …". */
import { formatCount } from "../core/italian-format.js";
import type { CheckProblem } from "../knowledge/check-problem.js";

export function formatProblem(problem: CheckProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` ${problem.field}:` : "";
  const label = problem.severity === "warning" ? " avviso —" : "";
  return `${where}${field}${label} ${problem.message}`;
}

export function formatProblems(problems: CheckProblem[]): string {
  return problems.map(formatProblem).join("\n");
}

/** The last line of `unione check`: failed when any problem is an error. */
export function checkSummaryLine(problems: CheckProblem[]): { failed: boolean; line: string } {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    return {
      failed: true,
      line: `Controllo fallito: ${formatCount(errors, "errore", "errori")}, ${formatCount(warnings, "avviso", "avvisi")}.`,
    };
  }
  return {
    failed: false,
    line: `Conoscenza valida: nessun errore${warnings ? `, ${formatCount(warnings, "avviso", "avvisi")}` : ""}.`,
  };
}
