/** `unione ingest`: incremental; one progress line per file and a summary. */
import { formatNumber } from "../../core/italian-format.js";
import type { CliCommand } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { usageByCommand } from "../usage.js";

export const ingestCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.ingest!);
  const { index } = await context.container.pipeline();
  const summary = await index.ingest({ onProgress: (line) => context.io.out(line) });
  const seconds = summary.seconds.toFixed(2).replace(".", ",");
  context.io.out(
    `Riepilogo: ${formatNumber(summary.files)} file (${formatNumber(summary.added)} nuovi, ${formatNumber(summary.changed)} modificati, ` +
      `${formatNumber(summary.unchanged)} invariati, ${formatNumber(summary.removed)} rimossi, ${formatNumber(summary.skipped.length)} saltati), ` +
      `${formatNumber(summary.pages)} pagine, ${formatNumber(summary.chunks)} passaggi, ${seconds} s.`,
  );
  return 0;
};
