/** `unione ask "<domanda>" [--unione ID] [--json]`. */
import { renderAnswerText } from "../../answering/render-answer-text.js";
import { UnioneError } from "../../core/errors.js";
import { type CliCommand, operatorRequest } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { printResult } from "../print-result.js";
import { usageByCommand } from "../usage.js";
import { ensureIndex } from "./ensure-index.js";

export const askCommand: CliCommand = async (args, context) => {
  const usage = usageByCommand.ask ?? "";
  const options = { unione: { type: "string" }, json: { type: "boolean" } } as const;
  const { values, positionals } = parseCommandArgs(args, options, usage);
  const question = positionals.join(" ").trim();
  if (!question) throw new UnioneError("BAD_USAGE", `Manca la domanda.\nUso: ${usage}`);
  await ensureIndex(context);
  const command = { name: "ask", question, unione: values.unione ?? null } as const;
  const result = await context.app.router().execute(command, operatorRequest());
  if (result.type !== "answer") return printResult(result, context.io);
  if (values.json) {
    const { answer, mode, found, sources } = result.result;
    // stdout holds exactly the contract object; the notice (e.g. the model fell back to extractive) goes to stderr.
    if (result.result.notice) context.io.err(`Nota: ${result.result.notice}`);
    context.io.out(JSON.stringify({ answer, mode, found, sources }));
  } else {
    context.io.out(renderAnswerText(result.result));
  }
  return 0;
};
