/** `unione ingest [--rebuild]`: incremental; a progress bar on a terminal, one line per file otherwise; a summary. */
import type { CommandResult } from "../../commands/command-result.js";
import { formatCount, formatNumber } from "../../core/italian-format.js";
import { type CliCommand, operatorRequest } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { printResult } from "../print-result.js";
import { createProgressDisplay } from "../progress-display.js";
import { usageByCommand } from "../usage.js";

export const ingestCommand: CliCommand = async (args, context) => {
  const { values } = parseCommandArgs(args, { rebuild: { type: "boolean" } }, usageByCommand.ingest ?? "");
  const display = createProgressDisplay(context.io);
  const command = { name: "reindex", onProgress: display.show, rebuild: values.rebuild === true } as const;
  let result: CommandResult;
  try {
    result = await context.app.router().execute(command, operatorRequest());
  } finally {
    display.finish();
  }
  if (result.type !== "reindex") return printResult(result, context.io);
  const { summary } = result;
  const seconds = summary.seconds.toFixed(2).replace(".", ",");
  context.io.out(
    `Riepilogo: ${formatNumber(summary.files)} file (${formatCount(summary.added, "nuovo", "nuovi")}, ` +
      `${formatCount(summary.changed, "modificato", "modificati")}, ${formatCount(summary.unchanged, "invariato", "invariati")}, ` +
      `${formatCount(summary.removed, "rimosso", "rimossi")}, ${formatCount(summary.skipped.length, "saltato", "saltati")}), ` +
      `${formatCount(summary.pages, "pagina", "pagine")}, ${formatCount(summary.chunks, "passaggio", "passaggi")}, ${seconds} s.`,
  );
  return 0;
};
