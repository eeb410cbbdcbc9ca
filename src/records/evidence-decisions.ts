/**
 * The proposals an admin discarded ("Scarta"), per Unione, in SQLite: a discarded proposal is never proposed again.
 * Proposal ids are stable across runs (the same fact of the same act), so remembering the id is enough.
 */
import type { SqliteDatabase } from "./database.js";

export interface EvidenceDecisions {
  /** Ids of the proposals discarded for this Unione. */
  discarded(unioneId: string): Set<string>;
  discard(entry: { unione: string; id: string; user: string; at: string }): void;
}

export function createEvidenceDecisions(database: SqliteDatabase): EvidenceDecisions {
  database.exec(`CREATE TABLE IF NOT EXISTS evidence_discarded (
    unione TEXT NOT NULL,
    proposal TEXT NOT NULL,
    user TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (unione, proposal)
  )`);
  const select = database.prepare("SELECT proposal FROM evidence_discarded WHERE unione = ?");
  const insert = database.prepare(
    "INSERT OR IGNORE INTO evidence_discarded (unione, proposal, user, at) VALUES (@unione, @id, @user, @at)",
  );
  return {
    discarded: (unioneId) => new Set((select.all(unioneId) as { proposal: string }[]).map((row) => row.proposal)),
    discard: (entry) => void insert.run(entry),
  };
}
