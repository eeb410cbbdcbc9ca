/** What the use cases read and change of the Unione records; the implementation is record-store.ts. */
import type { Act, UnioneRecord } from "../knowledge/record-schema.js";
import type { AuditEntry } from "./audit-log.js";
import type { EntryReplacement } from "./replace-entry.js";

/** The Unione records (YAML seed + SQLite live store). */
export interface RecordsService {
  list(): UnioneRecord[];
  get(id: string): UnioneRecord | null;
  /** Loose name matching ("Delta", "terre d'acqua"); null when nothing matches. */
  resolve(name: string): UnioneRecord | null;
  /** Closest names, for suggestions after a failed resolve. */
  suggest(name: string): string[];
}

export interface RecordUpdate {
  unione: string;
  /** Function code, deliverable id, or null for a field of the Unione itself. */
  target: string | null;
  field: string;
  value: string;
  user: string;
  /**
   * The act that proves the new value: kept on the target (a function's `acts`, a document's `act`, the Unione's
   * `acts`) naming the field it proves, and in the audit entry.
   */
  evidence?: Act;
  /** For a list of Comuni: add the typed ones to the list, or remove them, instead of replacing it. */
  mode?: "add" | "remove";
}

/** Audited changes to the live records. Invalid updates throw UnioneError and change nothing. */
export interface RecordUpdateService {
  update(update: RecordUpdate): AuditEntry;
  /**
   * Replaces one function or programme document as a whole (a form's submission): the record is validated once,
   * and every changed field is audited, all in one transaction. Returns the audit entries (empty: nothing changed).
   */
  replaceEntry(replacement: EntryReplacement): AuditEntry[];
  history(unioneId: string, limit?: number): AuditEntry[];
}
