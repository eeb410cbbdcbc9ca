/** Admin subcommands: bind/unbind a channel, rebuild the index, update a record. Callers check isAdmin. */

import { scopeAllows } from "../core/access.js";
import { formatCount, formatNumber } from "../core/italian-format.js";
import type { AccessScope, RequestContext } from "../core/types.js";
import type { IngestOptions } from "../ingestion/index-service.js";
import { classifySource } from "../knowledge/source-kind.js";
import type { RecordUpdate } from "../records/records-service.js";
import type { Command } from "./command.js";
import type { CommandResult } from "./command-result.js";
import { auditValueText } from "./history-text.js";
import { echoed } from "./input-limits.js";
import { resolveUnione, takeUnione } from "./resolve-unione.js";
import type { RouterDeps } from "./router-deps.js";

const slackOnly: CommandResult = {
  type: "message",
  level: "warning",
  text: "Questo comando vale per un canale Slack: usalo nel canale da collegare.",
};

const notInDirectMessage: CommandResult = {
  type: "message",
  level: "warning",
  text:
    "Un messaggio diretto non si può collegare a un'Unione: il collegamento vale per i canali, che hanno membri di quell'Unione. " +
    "Usa `/unione collega <unione>` (o `scollega`) dentro il canale da collegare. Nessun collegamento è stato modificato.",
};

export function handleBind(deps: RouterDeps, unione: string | null, context: RequestContext): CommandResult {
  if (!context.channel) return slackOnly;
  if (context.directMessage) return notInDirectMessage;
  if (!unione) {
    return {
      type: "message",
      level: "warning",
      text: "Indica l'Unione da collegare, ad esempio: `/unione collega terre-del-delta`.",
    };
  }
  const record = resolveUnione(deps.records, unione, { kind: "all" });
  deps.bindings.bind(context.channel, record.id, context.user ?? "sconosciuto");
  return {
    type: "message",
    level: "info",
    text: `Fatto: questo canale è collegato a *${record.name}*. Qui risponderò con la normativa, i modelli e i dati di questa Unione soltanto.`,
  };
}

export function handleUnbind(deps: RouterDeps, context: RequestContext): CommandResult {
  if (!context.channel) return slackOnly;
  if (context.directMessage) return notInDirectMessage;
  const removed = deps.bindings.unbind(context.channel, context.user ?? "sconosciuto");
  return {
    type: "message",
    level: "info",
    text: removed
      ? "Fatto: questo canale non è più collegato ad alcuna Unione."
      : "Questo canale non era collegato ad alcuna Unione.",
  };
}

/** Skipped files are named only when the channel may see them: another Unione's file names stay out of a bound channel. */
function skippedText(skipped: Array<{ path: string; reason: string }>, scope: AccessScope): string {
  if (skipped.length === 0) return "";
  const visible = skipped.filter((item) => scopeAllows(scope, classifySource(item.path).unione));
  const hidden = skipped.length - visible.length;
  const named =
    visible.length > 0 ? ` File saltati: ${visible.map((item) => `${item.path} (${item.reason})`).join("; ")}.` : "";
  const others =
    hidden === 0
      ? ""
      : ` ${hidden === 1 ? "Un file saltato di un'altra Unione non è elencato" : `${formatNumber(hidden)} file saltati di altre Unioni non sono elencati`} qui: ` +
        "per vederli usa `/unione aggiorna-indice` in un messaggio diretto al bot.";
  return `${named}${others}`;
}

export async function handleReindex(
  deps: RouterDeps,
  context: RequestContext,
  options: IngestOptions = {},
): Promise<CommandResult> {
  const summary = await deps.index.ingest(options);
  const skipped = skippedText(summary.skipped, context.scope);
  return {
    type: "reindex",
    summary,
    level: summary.skipped.length > 0 ? "warning" : "info",
    text:
      `Indice aggiornato: ${formatNumber(summary.files)} file (${formatCount(summary.added, "nuovo", "nuovi")}, ` +
      `${formatCount(summary.changed, "modificato", "modificati")}, ${formatCount(summary.removed, "rimosso", "rimossi")}), ` +
      `${formatCount(summary.chunks, "passaggio", "passaggi")}, in ${summary.seconds.toFixed(1).replace(".", ",")} s.${skipped}`,
  };
}

const updateUsage =
  "Uso: `/unione aggiorna <unione> <funzione|adempimento|unione> <campo> <valore>`, ad esempio " +
  "`/unione aggiorna terre-del-delta protezione-civile staff_transferred si`.";

export function handleUpdate(
  deps: RouterDeps,
  command: Extract<Command, { name: "update" }>,
  context: RequestContext,
): CommandResult {
  if ("update" in command) {
    const record = resolveUnione(deps.records, command.update.unione, context.scope);
    return updated(deps, { ...command.update, unione: record.id }, record.name, context);
  }
  const { args } = command;
  const bound = context.scope.kind === "unione" ? deps.records.get(context.scope.unione) : null;
  // The name leaves target, field and value when it can; a shorter line still gets the Unione for the message.
  const fitting = takeUnione(deps.records, args, { leave: 3 });
  const taken = fitting.record ? fitting : takeUnione(deps.records, args);
  const record = taken.record ?? bound;
  const words = taken.record ? taken.rest : args;
  if (!record) {
    if (args[0]) resolveUnione(deps.records, args[0], context.scope);
    return { type: "message", level: "warning", text: updateUsage };
  }
  resolveUnione(deps.records, record.id, context.scope);
  if (words.length < 3) return { type: "message", level: "warning", text: `${missingParts(words)} ${updateUsage}` };
  const [targetWord = "", field = "", ...valueWords] = words;
  const target = ["unione", "-"].includes(targetWord.toLowerCase()) ? null : targetWord;
  return updated(deps, { unione: record.id, target, field, value: valueWords.join(" ") }, record.name, context);
}

/** What an update line lacks after the Unione, said plainly. */
function missingParts(words: string[]): string {
  const typed = words.length > 0 ? ` (dopo l'Unione hai scritto «${echoed(words.join(" "))}»)` : "";
  const missing = ["Mancano destinatario, campo e valore", "Mancano il campo e il valore", "Manca il valore"][
    words.length
  ];
  return `${missing}${typed}. Per un campo dell'Unione stessa scrivi \`unione\` prima del campo, ad esempio \`/unione aggiorna terre-del-delta unione note Testo della nota\`.`;
}

function updated(
  deps: RouterDeps,
  update: Omit<RecordUpdate, "user">,
  name: string,
  context: RequestContext,
): CommandResult {
  const entry = deps.updates.update({ ...update, user: context.user ?? "console" });
  return {
    type: "message",
    level: "info",
    text: `Aggiornato ${name}${entry.target ? ` · ${entry.target}` : ""} · ${entry.field}: ${auditValueText(entry.oldValue)} → ${auditValueText(entry.newValue)}.`,
  };
}
