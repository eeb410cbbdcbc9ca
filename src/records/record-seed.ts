/**
 * Reconciles the YAML records (the seed, kept in git) with the live SQLite records (edited from Slack/CLI).
 *
 * Policy, per Unione, when the store opens:
 * - not in SQLite yet: inserted from YAML;
 * - YAML unchanged since the last seed (same content hash): live data kept;
 * - YAML changed and equal to the live data (e.g. after `unione export`): adopted as the new seed;
 * - YAML changed and no live edits since the last seed: reseeded from YAML (audited as "ricarica da YAML");
 * - YAML changed and live edits exist: live data kept, a warning is logged (export, merge by hand, reload);
 * - in SQLite but no longer in YAML: removed when never edited, otherwise kept with a warning;
 * - YAML present but invalid (`invalid`): the last valid data in SQLite is kept as it is, with a warning.
 */
import { createHash } from "node:crypto";
import type { Logger } from "../core/logger.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import type { AuditLog } from "./audit-log.js";
import type { SqliteDatabase } from "./database.js";

export interface RecordRow {
  id: string;
  body: string;
  seed_hash: string;
  edits_since_seed: number;
}

export const reseedField = "(ricarica da YAML)";
export const reseedUser = "sistema";

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Content hash independent of key order. */
export function recordHash(record: UnioneRecord): string {
  return createHash("sha256")
    .update(JSON.stringify(stable(record)))
    .digest("hex");
}

export function createRecordTable(database: SqliteDatabase): void {
  database.exec(`CREATE TABLE IF NOT EXISTS unione_record (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    seed_hash TEXT NOT NULL,
    edits_since_seed INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
  )`);
}

export interface ReconcileOptions {
  database: SqliteDatabase;
  seed: UnioneRecord[];
  /** Ids (folder names) whose record.yaml exists but failed validation. */
  invalid?: string[];
  audit: AuditLog;
  now: string;
  logger: Logger;
}

/** Reconciles; true when nothing was left to warn about (every YAML record is the live seed, nothing invalid). */
export function reconcileSeed(options: ReconcileOptions): boolean {
  const { database, audit, now, logger } = options;
  const selectRows = database.prepare("SELECT id, body, seed_hash, edits_since_seed FROM unione_record");
  const write = database.prepare(
    "INSERT INTO unione_record (id, body, seed_hash, edits_since_seed, updated_at) VALUES (@id, @body, @hash, 0, @now) " +
      "ON CONFLICT(id) DO UPDATE SET body = excluded.body, seed_hash = excluded.seed_hash, edits_since_seed = 0, updated_at = excluded.updated_at",
  );
  const adopt = database.prepare("UPDATE unione_record SET seed_hash = ?, edits_since_seed = 0 WHERE id = ?");
  const remove = database.prepare("DELETE FROM unione_record WHERE id = ?");
  // IMMEDIATE, with the rows read inside: a live edit committed by another process meanwhile is never overwritten.
  let settled = true;
  const reconcile = database.transaction(() => {
    settled = true;
    const rows = new Map((selectRows.all() as RecordRow[]).map((row) => [row.id, row]));
    for (const record of options.seed) {
      const hash = recordHash(record);
      const row = rows.get(record.id);
      rows.delete(record.id);
      if (row?.seed_hash === hash) continue;
      if (row && recordHash(JSON.parse(row.body) as UnioneRecord) === hash) {
        adopt.run(hash, record.id);
      } else if (!row || row.edits_since_seed === 0) {
        write.run({ id: record.id, body: JSON.stringify(record), hash, now });
        if (row) {
          audit.append({
            at: now,
            user: reseedUser,
            unione: record.id,
            target: null,
            field: reseedField,
            oldValue: row.seed_hash.slice(0, 12),
            newValue: hash.slice(0, 12),
          });
          logger.info({ unione: record.id }, "scheda ricaricata dal file YAML modificato");
        }
      } else {
        settled = false;
        logger.warn(
          { unione: record.id, edits: row.edits_since_seed },
          "il file YAML è cambiato ma ci sono modifiche dal vivo: tengo i dati dal vivo (esporta e unisci a mano)",
        );
      }
    }
    const invalid = new Set(options.invalid ?? []);
    if (invalid.size > 0) settled = false;
    for (const row of rows.values()) {
      if (invalid.has(row.id))
        logger.warn(
          { unione: row.id },
          "scheda YAML non valida: uso gli ultimi dati validi salvati (correggi il file ed esegui unione check)",
        );
      else if (row.edits_since_seed === 0) remove.run(row.id);
      else {
        settled = false;
        logger.warn({ unione: row.id }, "scheda non più presente nei file YAML ma con modifiche dal vivo: la tengo");
      }
    }
  });
  reconcile.immediate();
  return settled;
}
