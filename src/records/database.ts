/**
 * Opens the SQLite database in the data directory. Each store creates its own tables
 * (CREATE TABLE IF NOT EXISTS) when it is constructed, so stores stay independent.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export type SqliteDatabase = Database.Database;

export function openDatabase(dataDir: string, fileName = "unione.sqlite"): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true });
  const database = new Database(join(dataDir, fileName));
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 5000");
  database.pragma("foreign_keys = ON");
  return database;
}

/** An in-memory database, for tests. */
export function openMemoryDatabase(): SqliteDatabase {
  const database = new Database(":memory:");
  database.pragma("foreign_keys = ON");
  return database;
}
