/**
 * Opens the SQLite database in the data directory. Each store creates its own tables
 * (CREATE TABLE IF NOT EXISTS) when it is constructed, so stores stay independent.
 */

import { join } from "node:path";
import Database from "better-sqlite3";
import { UnioneError } from "../core/errors.js";
import { ensureWritableDirectory, unwritableDirectory } from "../core/writable-directory.js";

export type SqliteDatabase = Database.Database;

/** SQLite codes for a file that is not, or no longer, a readable database. */
const damagedCodes = new Set(["SQLITE_NOTADB", "SQLITE_CORRUPT"]);
/** SQLite codes for a database file or folder the process may not write (read-only file, folder or disk). */
const unwritableCodes = new Set(["SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_READONLY_DIRECTORY", "SQLITE_PERM"]);

export function openDatabase(dataDir: string, fileName = "unione.sqlite"): SqliteDatabase {
  ensureWritableDirectory(dataDir);
  const file = join(dataDir, fileName);
  let database: SqliteDatabase | null = null;
  try {
    database = new Database(file);
    database.pragma("journal_mode = WAL");
    database.pragma("busy_timeout = 5000");
    database.pragma("foreign_keys = ON");
    // Damage past the header only shows on the first query that reads it: find it now, not mid-request.
    const check = database.pragma("quick_check", { simple: true });
    if (check !== "ok") throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: "SQLITE_CORRUPT" });
    return database;
  } catch (error) {
    database?.close();
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && unwritableCodes.has(code)) throw unwritableDirectory(dataDir, error);
    if (typeof code !== "string" || !damagedCodes.has(code)) throw error;
    // The file is left as it is: it may hold live edits and the audit log that only a copy can recover.
    throw new UnioneError(
      "INVALID_INPUT",
      `Il database ${file} è danneggiato o non è un database SQLite: non l'ho modificato. ` +
        "Spostalo altrove (per esempio rinominalo in unione.sqlite.danneggiato) e riavvia: le schede verranno ricaricate dai file record.yaml; " +
        "le modifiche fatte dal vivo e lo storico vanno recuperati dalla copia o da un backup.",
      { detail: `${code}: ${String(error)}`, cause: error },
    );
  }
}

/** An in-memory database, for tests. */
export function openMemoryDatabase(): SqliteDatabase {
  const database = new Database(":memory:");
  database.pragma("foreign_keys = ON");
  return database;
}
