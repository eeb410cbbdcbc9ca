/** `unione ask "<domanda>" [--unione ID] [--json]`. */
import { resolveUnione } from "../../commands/resolve-unione.js";
import { UnioneError } from "../../core/errors.js";
import type { AccessScope } from "../../core/types.js";
import { renderAnswerText } from "../../answering/render-answer-text.js";
import type { CliCommand } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { usageByCommand } from "../usage.js";
import { ensureIndex } from "./ensure-index.js";

export const askCommand: CliCommand = async (args, context) => {
  const usage = usageByCommand.ask!;
  const { values, positionals } = parseCommandArgs(args, { unione: { type: "string" }, json: { type: "boolean" } }, usage);
  const question = positionals.join(" ").trim();
  if (!question) throw new UnioneError("BAD_USAGE", `Manca la domanda.\nUso: ${usage}`);
  let scope: AccessScope = { kind: "all" };
  if (values.unione) {
    scope = { kind: "unione", unione: resolveUnione(context.container.records(), values.unione, { kind: "all" }).id };
  }
  await ensureIndex(context);
  const { ask } = await context.container.pipeline();
  const result = await ask.ask(question, { scope });
  if (values.json) {
    const { answer, mode, found, sources } = result;
    // stdout holds exactly the contract object; the notice (e.g. the model fell back to extractive) goes to stderr.
    if (result.notice) context.io.err(`Nota: ${result.notice}`);
    context.io.out(JSON.stringify({ answer, mode, found, sources }));
  } else {
    context.io.out(renderAnswerText(result));
  }
  return 0;
};
