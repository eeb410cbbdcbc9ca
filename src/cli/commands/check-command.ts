/** `unione check`: validates all knowledge (records, catalogue, glossary, law files, templates, rules). */
import { join, relative } from "node:path";
import type { CheckProblem } from "../../commands/ports.js";
import { isUnioneError } from "../../core/errors.js";
import { checkTemplates } from "../../drafting/check-templates.js";
import { formatProblems, runKnowledgeChecks } from "../../knowledge-check/run-checks.js";
import { loadReadinessRules } from "../../readiness/rules.js";
import type { CliCommand } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { usageByCommand } from "../usage.js";

/** The readiness rules file as one more check: it must load and validate. */
function checkReadinessRules(knowledgeDir: string): CheckProblem[] {
  try {
    loadReadinessRules(knowledgeDir);
    return [];
  } catch (error) {
    const message = isUnioneError(error) ? error.userMessage : String(error);
    return [{ file: relative(process.cwd(), join(knowledgeDir, "rules", "readiness.yaml")), line: null, field: null, message, severity: "error" }];
  }
}

export const checkCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.check!);
  const problems = runKnowledgeChecks(context.config.knowledgeDir, [checkTemplates, checkReadinessRules]);
  const errors = problems.filter((problem) => problem.severity === "error");
  if (problems.length > 0) context.io.err(formatProblems(problems));
  if (errors.length > 0) {
    context.io.err(`Controllo fallito: ${errors.length} errori, ${problems.length - errors.length} avvisi.`);
    return 1;
  }
  context.io.out(`Conoscenza valida: nessun errore${problems.length ? `, ${problems.length} avvisi` : ""}.`);
  return 0;
};
