/** `unione check`: validates all knowledge (records, catalogue, glossary, law files, templates, rules). */
import { formatNumber } from "../../core/italian-format.js";
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
    context.io.err(`Controllo fallito: ${count(errors.length, "errore", "errori")}, ${count(problems.length - errors.length, "avviso", "avvisi")}.`);
    return 1;
  }
  context.io.out(`Conoscenza valida: nessun errore${problems.length ? `, ${count(problems.length, "avviso", "avvisi")}` : ""}.`);
  return 0;
};

function count(value: number, singular: string, plural: string): string {
  return `${formatNumber(value)} ${value === 1 ? singular : plural}`;
}
