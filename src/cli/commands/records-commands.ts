/** `unione history`, `unione update`, `unione export`, `unione schema`: the live records from the CLI. */
import { resolveUnione } from "../../commands/resolve-unione.js";
import { UnioneError } from "../../core/errors.js";
import { exportAllRecords } from "../../records/record-export.js";
import { auditValueText, renderHistoryText } from "../../records/render-history.js";
import { writeRecordJsonSchema } from "../../knowledge/record-json-schema.js";
import type { CliCommand, CliContext } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { usageByCommand } from "../usage.js";

function resolveId(context: CliContext, name: string): string {
  return resolveUnione(context.container.records(), name, { kind: "all" }).id;
}

export const historyCommand: CliCommand = async (args, context) => {
  const usage = usageByCommand.history!;
  const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } }, usage);
  if (positionals.length === 0) throw new UnioneError("BAD_USAGE", `Manca l'Unione.\nUso: ${usage}`);
  const entries = context.container.records().history(resolveId(context, positionals.join(" ")));
  context.io.out(values.json ? JSON.stringify(entries) : renderHistoryText(entries));
  return 0;
};

export const updateCommand: CliCommand = async (args, context) => {
  const usage = usageByCommand.update!;
  const { values, positionals } = parseCommandArgs(args, { user: { type: "string" } }, usage);
  const [unione, target, field, ...value] = positionals;
  if (!unione || !target || !field || value.length === 0) throw new UnioneError("BAD_USAGE", `Argomenti mancanti.\nUso: ${usage}`);
  const entry = context.container.records().update({
    unione: resolveId(context, unione),
    target: ["unione", "-"].includes(target.toLowerCase()) ? null : target,
    field,
    value: value.join(" "),
    user: values.user ?? "cli",
  });
  context.io.out(`Aggiornato ${entry.unione}${entry.target ? ` · ${entry.target}` : ""} · ${entry.field}: ${auditValueText(entry.oldValue)} → ${auditValueText(entry.newValue)}`);
  return 0;
};

export const exportCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.export!);
  const written = exportAllRecords(context.container.records(), context.config.knowledgeDir);
  for (const path of written) context.io.out(`Scritto ${path}`);
  return 0;
};

export const schemaCommand: CliCommand = async (args, context) => {
  parseCommandArgs(args, {}, usageByCommand.schema!);
  context.io.out(`Scritto ${writeRecordJsonSchema(context.config.knowledgeDir)}`);
  return 0;
};
