/** Plain Italian text of the audit history (`unione history <unione>`). */

import { formatDate, formatDateTime } from "../core/italian-format.js";
import { recordActLabel } from "../knowledge/record-act-label.js";
import type { AuditEntry } from "../records/audit-log.js";

/** The record's Comuni by id and name, to name the Comune of a council's act. */
export type ComuneNames = ReadonlyArray<{ id: string; name: string }>;

/** An audit value as officials read it: "sì"/"no", dates 30/06/2024, "non noto" for null. */
export function auditValueText(value: string | null): string {
  if (value === null) return "non noto";
  if (value === "true") return "sì";
  if (value === "false") return "no";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return value === "" ? "(vuoto)" : value;
}

/** Audit times are stored in UTC; officials read them in Italian time. */
function whenText(at: string): string {
  return formatDateTime(at);
}

/** "(da atto: Delibera C.C. di Codigoro n. 45 del 28/11/2024)" for a change that rests on an act, else "". */
export function actNote(entry: AuditEntry, comuni: ComuneNames = []): string {
  return entry.act ? ` (da atto: ${recordActLabel(entry.act, { comuni })})` : "";
}

export function historyLine(entry: AuditEntry, comuni: ComuneNames = []): string {
  const where = entry.target ? `${entry.target}, ${entry.field}` : entry.field;
  // An act proving a value already known changes no value: it is the proof that is new.
  const change =
    entry.act && entry.oldValue === entry.newValue
      ? `${auditValueText(entry.newValue)} confermato`
      : `${auditValueText(entry.oldValue)} → ${auditValueText(entry.newValue)}`;
  return `${whenText(entry.at)} · ${entry.user} · ${where}: ${change}${actNote(entry, comuni)}`;
}

export function renderHistoryText(entries: AuditEntry[], comuni: ComuneNames = []): string {
  if (entries.length === 0) return "Nessuna modifica registrata.";
  return entries.map((entry) => historyLine(entry, comuni)).join("\n");
}
