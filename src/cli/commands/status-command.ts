/** `unione status [ID] [--json]`: one Unione in detail, or one line per Unione. */
import { resolveUnione } from "../../commands/resolve-unione.js";
import { renderStatusText, renderSummaryText } from "../../readiness/render-status-text.js";
import { toStatusJson } from "../../readiness/status-json.js";
import type { CliCommand } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { usageByCommand } from "../usage.js";

export const statusCommand: CliCommand = async (args, context) => {
  const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } }, usageByCommand.status!);
  const records = context.container.records();
  const status = context.container.status();
  const name = positionals.join(" ").trim();
  if (!name) {
    const reports = status.summary({ kind: "all" });
    context.io.out(values.json ? JSON.stringify(reports.map(toStatusJson)) : renderSummaryText(reports));
    return 0;
  }
  const record = resolveUnione(records, name, { kind: "all" });
  const report = status.status(record.id);
  context.io.out(values.json ? JSON.stringify(toStatusJson(report)) : renderStatusText(report));
  return 0;
};
