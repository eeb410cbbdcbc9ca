/**
 * `unione evidence <unione> [--json] [--apply]`: the facts the Unione's acts propose, each with its act and the
 * words that decide it. `--apply` records the new ones (never those in conflict) as audited updates keeping the act.
 * `--json` prints {"unione", "proposals"} (and, with --apply, "applied" and "refused").
 */
import { UnioneError } from "../../core/errors.js";
import { type CliCommand, operatorRequest } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { printResult } from "../print-result.js";
import { usageByCommand } from "../usage.js";

export const evidenceCommand: CliCommand = async (args, context) => {
  const usage = usageByCommand.evidence ?? "";
  const options = { json: { type: "boolean" }, apply: { type: "boolean" }, user: { type: "string" } } as const;
  const { values, positionals } = parseCommandArgs(args, options, usage);
  if (positionals.length === 0) throw new UnioneError("BAD_USAGE", `Manca l'Unione.\nUso: ${usage}`);
  const command = { name: "evidence", unione: positionals.join(" "), apply: values.apply ?? false } as const;
  const result = await context.app.router().execute(command, operatorRequest(values.user ?? "cli"));
  if (!values.json || result.type !== "evidence") return printResult(result, context.io);
  const application = result.application
    ? {
        applied: result.application.applied.map((item) => item.proposal.id),
        refused: result.application.refused.map((item) => ({ id: item.proposal.id, reason: item.reason })),
      }
    : {};
  context.io.out(JSON.stringify({ unione: result.run.unione.id, proposals: result.run.proposals, ...application }));
  return 0;
};
