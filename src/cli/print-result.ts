/** Prints a router result as text; refusals and failures go to stderr with exit code 1. */
import type { CommandResult } from "../commands/command-result.js";
import { renderResultText } from "../transport/console/render-text.js";
import type { CliIo } from "./cli-context.js";

export function printResult(result: CommandResult, io: CliIo): number {
  if (result.type === "message" && result.level !== "info") {
    io.err(result.text);
    return result.level === "error" ? 1 : 0;
  }
  io.out(renderResultText(result));
  return 0;
}
