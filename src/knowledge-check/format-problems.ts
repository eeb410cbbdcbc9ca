/** One Italian line per problem: "knowledge/unioni/x/record.yaml:42 functions[1].duration_years: …". */
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
