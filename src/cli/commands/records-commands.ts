/** `unione history`, `unione update`, `unione export`, `unione schema`, `unione stats`: operator commands. */
import { UnioneError } from "../../core/errors.js";
import { type CliCommand, operatorRequest } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { printResult } from "../print-result.js";
import { usageByCommand } from "../usage.js";

export const historyCommand: CliCommand = async (args, context) => {
  const usage = usageByCommand.history ?? "";
  const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } }, usage);
  if (positionals.length === 0) throw new UnioneError("BAD_USAGE", `Manca l'Unione.\nUso: ${usage}`);
  const command = { name: "history", unione: positionals.join(" ") } as const;
  const result = await context.app.router().execute(command, operatorRequest());
  if (values.json && result.type === "history") context.io.out(JSON.stringify(result.entries));
  else return printResult(result, context.io);
  return 0;
};

export const updateCommand: CliCommand = async (args, context) => {
  const usage = usageByCommand.update ?? "";
  const { values, positionals } = parseCommandArgs(args, { user: { type: "string" } }, usage);
  const [unione, target, field, ...value] = positionals;
  if (!unione || !target || !field || value.length === 0) {
    throw new UnioneError("BAD_USAGE", `Argomenti mancanti.\nUso: ${usage}`);
  }
  const update = {
    unione,
    target: ["unione", "-"].includes(target.toLowerCase()) ? null : target,
    field,
    value: value.join(" "),
  };
  return printResult(
    await context.app.router().execute({ name: "update", update }, operatorRequest(values.user ?? "cli")),
    context.io,
  );
};

export const exportCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.export ?? "");
  return printResult(await context.app.router().execute({ name: "export" }, operatorRequest()), context.io);
};

export const schemaCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.schema ?? "");
  return printResult(await context.app.router().execute({ name: "schema" }, operatorRequest()), context.io);
};

export const statsCommand: CliCommand = async (args, context) => {
  const { values } = parseCommandArgs(args, { json: { type: "boolean" } }, usageByCommand.stats ?? "");
  const result = await context.app.router().execute({ name: "stats" }, operatorRequest());
  if (values.json && result.type === "stats") context.io.out(JSON.stringify(result.stats));
  else return printResult(result, context.io);
  return 0;
};
