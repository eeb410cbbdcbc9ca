/** The audit log of live record changes (who, when, field, old, new), in SQLite. */
import type { SqliteDatabase } from "./database.js";

export interface AuditEntry {
  at: string;
  user: string;
  unione: string;
  target: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface AuditLog {
  append(entry: AuditEntry): void;
  /** Newest first. */
  history(unioneId: string, limit?: number): AuditEntry[];
}

interface AuditRow {
  at: string;
  user: string;
  unione: string;
  target: string | null;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

export const defaultHistoryLimit = 50;

export function createAuditLog(database: SqliteDatabase): AuditLog {
  database.exec(`CREATE TABLE IF NOT EXISTS record_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    unione TEXT NOT NULL,
    target TEXT,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
  );
  CREATE INDEX IF NOT EXISTS record_audit_unione ON record_audit (unione, id);`);
  const insert = database.prepare(
    "INSERT INTO record_audit (at, user, unione, target, field, old_value, new_value) VALUES (@at, @user, @unione, @target, @field, @oldValue, @newValue)",
  );
  const select = database.prepare(
    "SELECT at, user, unione, target, field, old_value, new_value FROM record_audit WHERE unione = ? ORDER BY id DESC LIMIT ?",
  );
  return {
    append: (entry) => void insert.run(entry),
    history(unioneId, limit = defaultHistoryLimit) {
      return (select.all(unioneId, limit) as AuditRow[]).map((row) => ({
        at: row.at,
        user: row.user,
        unione: row.unione,
        target: row.target,
        field: row.field,
        oldValue: row.old_value,
        newValue: row.new_value,
      }));
    },
  };
}
