/** `unione ingest`: incremental; one progress line per file and a summary. */
import { formatNumber } from "../../core/italian-format.js";
import { type CliCommand, operatorRequest } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { printResult } from "../print-result.js";
import { usageByCommand } from "../usage.js";

export const ingestCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.ingest ?? "");
  const command = { name: "reindex", onProgress: (line: string) => context.io.out(line) } as const;
  const result = await context.app.router().execute(command, operatorRequest());
  if (result.type !== "reindex") return printResult(result, context.io);
  const { summary } = result;
  const seconds = summary.seconds.toFixed(2).replace(".", ",");
  context.io.out(
    `Riepilogo: ${formatNumber(summary.files)} file (${formatNumber(summary.added)} nuovi, ${formatNumber(summary.changed)} modificati, ` +
      `${formatNumber(summary.unchanged)} invariati, ${formatNumber(summary.removed)} rimossi, ${formatNumber(summary.skipped.length)} saltati), ` +
      `${formatNumber(summary.pages)} pagine, ${formatNumber(summary.chunks)} passaggi, ${seconds} s.`,
  );
  return 0;
};
