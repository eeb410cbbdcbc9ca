/** `unione stats`: questions answered, not-found rate, 👍/👎 per source. */
import { renderStatsText } from "../../records/feedback-store.js";
import type { CliCommand } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { usageByCommand } from "../usage.js";

export const statsCommand: CliCommand = async (args, context) => {
  const { values } = parseCommandArgs(args, { json: { type: "boolean" } }, usageByCommand.stats!);
  const stats = context.container.feedback().stats();
  context.io.out(values.json ? JSON.stringify(stats) : renderStatsText(stats));
  return 0;
};
