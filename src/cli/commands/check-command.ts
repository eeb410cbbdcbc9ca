/** `unione check`: validates all knowledge (records, catalogue, glossary, law files, templates, rules). */
import { checkTemplates } from "../../drafting/check-templates.js";
import { formatProblems, runKnowledgeChecks } from "../../knowledge-check/run-checks.js";
import { checkReadinessRules } from "../../readiness/rules.js";
import type { CliCommand } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { usageByCommand } from "../usage.js";

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
