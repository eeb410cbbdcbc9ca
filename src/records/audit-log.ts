/** The audit log of live record changes (who, when, field, old, new, and the act proving the change), in SQLite. */
import type { Act } from "../knowledge/record-schema.js";
import type { SqliteDatabase } from "./database.js";

export interface AuditEntry {
  at: string;
  user: string;
  unione: string;
  target: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  /** The act the new value rests on, when the change came from an act (evidence); absent for declared changes. */
  act?: Act | null;
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
  act: string | null;
}

/** Databases created before acts were kept in the log gain the column; old entries have none. */
function addActColumn(database: SqliteDatabase): void {
  const columns = database.prepare("PRAGMA table_info(record_audit)").all() as { name: string }[];
  if (!columns.some((column) => column.name === "act")) database.exec("ALTER TABLE record_audit ADD COLUMN act TEXT");
}

function parsedAct(text: string | null): Act | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Act;
  } catch {
    return null;
  }
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
  addActColumn(database);
  const insert = database.prepare(
    "INSERT INTO record_audit (at, user, unione, target, field, old_value, new_value, act) VALUES (@at, @user, @unione, @target, @field, @oldValue, @newValue, @act)",
  );
  const select = database.prepare(
    "SELECT at, user, unione, target, field, old_value, new_value, act FROM record_audit WHERE unione = ? ORDER BY id DESC LIMIT ?",
  );
  return {
    append: (entry) => void insert.run({ ...entry, act: entry.act ? JSON.stringify(entry.act) : null }),
    history(unioneId, limit = defaultHistoryLimit) {
      return (select.all(unioneId, limit) as AuditRow[]).map((row) => ({
        at: row.at,
        user: row.user,
        unione: row.unione,
        target: row.target,
        field: row.field,
        oldValue: row.old_value,
        newValue: row.new_value,
        ...(row.act ? { act: parsedAct(row.act) } : {}),
      }));
    },
  };
}
