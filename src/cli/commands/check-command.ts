/** `unione check`: validates all knowledge (records, catalogue, glossary, law files, templates, rules). */
import { checkSummaryLine, formatProblems } from "../../knowledge-check/format-problems.js";
import { type CliCommand, operatorRequest } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { printResult } from "../print-result.js";
import { usageByCommand } from "../usage.js";

export const checkCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.check ?? "");
  const result = await context.app.router().execute({ name: "check" }, operatorRequest());
  if (result.type !== "check") return printResult(result, context.io);
  if (result.problems.length > 0) context.io.err(formatProblems(result.problems));
  const summary = checkSummaryLine(result.problems);
  if (summary.failed) context.io.err(summary.line);
  else context.io.out(summary.line);
  return summary.failed ? 1 : 0;
};
