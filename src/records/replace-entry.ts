/**
 * Replaces one function or programme document of a record as a whole (what a form submits), and lists the fields
 * that changed, each as the audit log keeps it. Nothing is stored here: the store validates the result and writes
 * it with its audit entries in one transaction.
 */
import { formatDate } from "../core/italian-format.js";
import type { Act, UnioneRecord } from "../knowledge/record-schema.js";

export interface EntryReplacement {
  unione: string;
  kind: "function" | "deliverable";
  /** Function code or deliverable id. */
  id: string;
  /** The entry as it should be; schema defaults fill what it omits. */
  entry: Record<string, unknown>;
  user: string;
}

export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

function actText(act: Partial<Act>): string {
  const who = act.comune ?? act.organ ?? "atto";
  const number = act.number ? ` n. ${act.number}` : " n. non noto";
  const date = act.date ? ` del ${formatDate(act.date)}` : "";
  return `${who}${number}${date}${act.document ? ` (${act.document})` : ""}`;
}

/** How a field's value reads in the audit log: lists comma-separated, acts described, null kept. */
function auditText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const acts = value.some((item) => typeof item === "object" && item !== null);
    return acts ? value.map((item) => actText(item as Act)).join("; ") : value.map(String).join(",");
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

type Entry = Record<string, unknown>;

function entriesOf(record: UnioneRecord, kind: EntryReplacement["kind"]): Entry[] {
  return (kind === "function" ? record.functions : record.deliverables) as unknown as Entry[];
}

function keyOf(kind: EntryReplacement["kind"]): string {
  return kind === "function" ? "code" : "id";
}

/** The record with the entry replaced, or added when the record has none with that id. */
export function replaceEntry(original: UnioneRecord, request: EntryReplacement): UnioneRecord {
  const record = structuredClone(original);
  const list = entriesOf(record, request.kind);
  const key = keyOf(request.kind);
  const next = { ...request.entry, [key]: request.id };
  const index = list.findIndex((item) => item[key] === request.id);
  if (index >= 0) list[index] = next;
  else list.push(next);
  return record;
}

/** The fields of one entry that differ between two validated records, as the audit log keeps them. */
export function entryChanges(
  before: UnioneRecord,
  after: UnioneRecord,
  kind: EntryReplacement["kind"],
  id: string,
): FieldChange[] {
  const key = keyOf(kind);
  const previous = entriesOf(before, kind).find((item) => item[key] === id) ?? {};
  const next = entriesOf(after, kind).find((item) => item[key] === id) ?? {};
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter((field) => field !== key);
  return fields.flatMap((field) => {
    const oldValue = auditText(previous[field]);
    const newValue = auditText(next[field]);
    return oldValue === newValue ? [] : [{ field, oldValue, newValue }];
  });
}
