/** `unione status [ID] [--json]`: one Unione in detail, or one line per Unione. */
import { toStatusJson } from "../../readiness/status-json.js";
import { type CliCommand, operatorRequest } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { printResult } from "../print-result.js";
import { usageByCommand } from "../usage.js";

export const statusCommand: CliCommand = async (args, context) => {
  const options = { json: { type: "boolean" }, tutto: { type: "boolean" } } as const;
  const { values, positionals } = parseCommandArgs(args, options, usageByCommand.status ?? "");
  const name = positionals.join(" ").trim();
  const view = values.tutto ? { view: { full: true } } : {};
  const command = { name: "status", unione: name || null, ...view } as const;
  const result = await context.app.router().execute(command, operatorRequest());
  if (values.json && result.type === "status") context.io.out(JSON.stringify(toStatusJson(result.report)));
  else if (values.json && result.type === "status-summary")
    context.io.out(JSON.stringify(result.reports.map(toStatusJson)));
  else return printResult(result, context.io);
  return 0;
};
