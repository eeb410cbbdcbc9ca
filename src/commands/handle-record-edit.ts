/**
 * The data-entry forms (Slack modals): the data to draw one, and saving one. Admins only, and only in the
 * Unione's own channel or in a direct message (edit-access.ts); every changed field is audited like
 * `/unione aggiorna`, and the record schema validates the result before anything is stored.
 */
import { formatDate } from "../core/italian-format.js";
import type { RequestContext } from "../core/types.js";
import type { AuditEntry } from "../records/audit-log.js";
import { InvalidRecordError } from "../records/invalid-record-error.js";
import type { CommandResult } from "./command-result.js";
import { deliverableEntries } from "./deliverables-edit.js";
import { assertEditAllowed } from "./edit-access.js";
import { FormError } from "./form-values.js";
import { functionEntry, functionFieldOfPath, linkableSources, todayOf } from "./function-edit.js";
import { auditValueText } from "./history-text.js";
import type { RecordEditInput } from "./record-edit-input.js";
import { resolveUnione } from "./resolve-unione.js";
import type { RouterDeps } from "./router-deps.js";

/** Schema problems ("functions.2.duration_years: …") shown beside the matching field, else on the first one. */
function formErrorOf(error: InvalidRecordError, fallbackKey: string): FormError {
  const fields: Record<string, string> = {};
  for (const problem of error.problems) {
    const [path = "", ...message] = problem.split(": ");
    const field = functionFieldOfPath[path.split(".").at(-1) ?? ""] ?? fallbackKey;
    fields[field] ??= message.join(": ") || problem;
  }
  return new FormError(fields);
}

function linkedNote(entries: AuditEntry[]): string {
  const linked = entries.filter((entry) => entry.field.startsWith("act") && entry.newValue?.includes("("));
  return linked.length > 0 ? " Atti collegati ai documenti indicizzati." : "";
}

function savedMessage(what: string, unione: string, entries: AuditEntry[]): CommandResult {
  if (entries.length === 0)
    return {
      type: "message",
      level: "info",
      text: `Nessuna modifica per ${what} di ${unione}: i dati erano già questi.`,
    };
  const changes = entries.map(
    (entry) => `${entry.field}: ${auditValueText(entry.oldValue)} → ${auditValueText(entry.newValue)}`,
  );
  const count = entries.length === 1 ? "1 campo aggiornato" : `${entries.length} campi aggiornati`;
  return {
    type: "message",
    level: "info",
    text: `Salvato: ${what} di ${unione}, ${count} (registrati nello storico il ${formatDate(entries[0]!.at)}): ${changes.join("; ")}.${linkedNote(entries)}`,
  };
}

export async function handleRecordEdit(
  deps: RouterDeps,
  command: { unione: string; edit: RecordEditInput },
  context: RequestContext,
): Promise<CommandResult> {
  const record = resolveUnione(deps.records, command.unione, context.scope);
  assertEditAllowed(context, record.id, record.name);
  const user = context.user ?? context.transport;
  const sources = await linkableSources(deps, record.id, deps.logger);
  const today = todayOf(deps);
  const { edit } = command;
  try {
    if (edit.kind === "function") {
      const info = deps.catalog.get(edit.code);
      if (!info) throw new FormError({ state: `la funzione "${edit.code}" non è nel catalogo` });
      const { entry, problems } = functionEntry(edit, record, { today, sources });
      problems.throwIfAny();
      const entries = deps.updates.replaceEntry({ unione: record.id, kind: "function", id: info.code, entry, user });
      return savedMessage(`la funzione ${info.name}`, record.name, entries);
    }
    const { entries: documents, problems } = deliverableEntries(edit, record, { today, sources });
    problems.throwIfAny();
    const entries = documents.flatMap((document) =>
      deps.updates.replaceEntry({
        unione: record.id,
        kind: "deliverable",
        id: document.id,
        entry: document.entry,
        user,
      }),
    );
    return savedMessage("i documenti del programma", record.name, entries);
  } catch (error) {
    if (error instanceof InvalidRecordError) throw formErrorOf(error, edit.kind === "function" ? "state" : "note");
    throw error;
  }
}
