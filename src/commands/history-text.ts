/** Plain Italian text of the audit history (`unione history <unione>`). */

import { formatDate } from "../core/italian-format.js";
import type { AuditEntry } from "../records/audit-log.js";

/** An audit value as officials read it: "sì"/"no", dates 30/06/2024, "non noto" for null. */
export function auditValueText(value: string | null): string {
  if (value === null) return "non noto";
  if (value === "true") return "sì";
  if (value === "false") return "no";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return value === "" ? "(vuoto)" : value;
}

const romeTime = new Intl.DateTimeFormat("it-IT", { timeZone: "Europe/Rome", hour: "2-digit", minute: "2-digit" });
const romeDate = new Intl.DateTimeFormat("it-IT", {
  timeZone: "Europe/Rome",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

/** Audit times are stored in UTC; officials read them in Italian time. */
function whenText(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return `${romeDate.format(date)} ${romeTime.format(date)}`;
}

export function historyLine(entry: AuditEntry): string {
  const where = entry.target ? `${entry.target}, ${entry.field}` : entry.field;
  return `${whenText(entry.at)} · ${entry.user} · ${where}: ${auditValueText(entry.oldValue)} → ${auditValueText(entry.newValue)}`;
}

export function renderHistoryText(entries: AuditEntry[]): string {
  if (entries.length === 0) return "Nessuna modifica registrata.";
  return entries.map(historyLine).join("\n");
}
