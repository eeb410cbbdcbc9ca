/**
 * Skipping the YAML seed when its files have not changed. Parsing and validating the record files is most of
 * what a start-up spends before answering (`unione ask` runs once per question): when the files' bytes are those
 * of the last reconcile that settled everything, the live records already hold what reconciling would write.
 * A reconcile that left something to say (an invalid file, YAML changed under live edits) is not remembered, so
 * its warning is given again at the next start, as before.
 */
import type { UnioneRecord } from "../knowledge/record-schema.js";
import type { SqliteDatabase } from "./database.js";

/** The seed loaded only when needed, with a fingerprint of the files it comes from. */
export interface LazySeed {
  fingerprint: string;
  load(): { records: UnioneRecord[]; invalid: string[] };
}

// Bumped when reconciling or the record schema changes meaning: an unchanged file must be read again then.
const seedLogicVersion = "1";

export function createSeedFingerprintTable(database: SqliteDatabase): void {
  database.exec(
    "CREATE TABLE IF NOT EXISTS record_seed_source (id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL)",
  );
}

export function seedUnchanged(database: SqliteDatabase, fingerprint: string): boolean {
  const row = database.prepare("SELECT fingerprint FROM record_seed_source WHERE id = 1").get() as
    | { fingerprint: string }
    | undefined;
  return row?.fingerprint === `${seedLogicVersion}:${fingerprint}`;
}

/** Remembers a settled reconcile; `null` forgets, so the next start reads the files again. */
export function rememberSeed(database: SqliteDatabase, fingerprint: string | null): void {
  if (fingerprint === null) database.prepare("DELETE FROM record_seed_source").run();
  else
    database
      .prepare(
        "INSERT INTO record_seed_source (id, fingerprint) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET fingerprint = excluded.fingerprint",
      )
      .run(`${seedLogicVersion}:${fingerprint}`);
}
