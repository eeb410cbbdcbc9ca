/**
 * The live Unione records: seeded from YAML (see record-seed.ts for how a changed YAML is reconciled),
 * read by name (loosely), and updated by admins with every change audited in the same transaction. An update, or a
 * whole entry replaced from a Slack form, is read, checked and written in one IMMEDIATE transaction.
 */
import { UnioneError } from "../core/errors.js";
import { closestNames, matchName } from "../core/fuzzy-match.js";
import { type Logger, silentLogger } from "../core/logger.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import { applyUpdate } from "./apply-update.js";
import type { AuditEntry } from "./audit-log.js";
import { createAuditLog } from "./audit-log.js";
import type { SqliteDatabase } from "./database.js";
import { whenDatabaseFree } from "./database-busy.js";
import { InvalidRecordError } from "./invalid-record-error.js";
import { createRecordTable, type ReconcileOptions, reconcileSeed } from "./record-seed.js";
import { validateRecord } from "./record-validation.js";
import type { RecordsService, RecordUpdate, RecordUpdateService } from "./records-service.js";
import { type EntryReplacement, entryChanges, replaceEntry } from "./replace-entry.js";
import { createSeedFingerprintTable, type LazySeed, rememberSeed, seedUnchanged } from "./seed-fingerprint.js";
import type { FieldValue } from "./update-values.js";

export interface RecordStore extends RecordsService, RecordUpdateService {}

export interface RecordStoreOptions {
  database: SqliteDatabase;
  /** The YAML records, or how to load them when their files changed since the last settled reconcile. */
  seed: UnioneRecord[] | LazySeed;
  /** Ids whose record.yaml is present but invalid: their stored data is kept, not dropped. */
  invalidSeeds?: string[];
  catalog: FunctionCatalog;
  clock?: () => Date;
  logger?: Logger;
}

/** How a value is kept in the audit log: lists comma-separated, booleans "true"/"false", dates ISO. */
export function auditValue(value: FieldValue): string | null {
  if (value === null) return null;
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** Reconciles the seed, skipping it when a lazy seed's files are those of the last settled reconcile. */
function seedRecords(
  database: SqliteDatabase,
  options: RecordStoreOptions,
  context: Pick<ReconcileOptions, "audit" | "now" | "logger">,
): void {
  const lazy = Array.isArray(options.seed) ? null : options.seed;
  if (!lazy) {
    reconcileSeed({ database, seed: options.seed as UnioneRecord[], invalid: options.invalidSeeds ?? [], ...context });
    return;
  }
  createSeedFingerprintTable(database);
  if (seedUnchanged(database, lazy.fingerprint)) return;
  const { records, invalid } = lazy.load();
  const settled = reconcileSeed({ database, seed: records, invalid, ...context });
  rememberSeed(database, settled ? lazy.fingerprint : null);
}

function namesOf(record: UnioneRecord): string[] {
  return [record.id, record.name];
}

export function createRecordStore(options: RecordStoreOptions): RecordStore {
  const { database, catalog } = options;
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? silentLogger();
  const audit = createAuditLog(database);
  createRecordTable(database);
  seedRecords(database, options, { audit, now: clock().toISOString(), logger });

  const selectAll = database.prepare("SELECT body FROM unione_record ORDER BY id");
  const selectOne = database.prepare("SELECT body FROM unione_record WHERE id = ?");
  const save = database.prepare(
    "UPDATE unione_record SET body = ?, edits_since_seed = edits_since_seed + 1, updated_at = ? WHERE id = ?",
  );

  const list = (): UnioneRecord[] =>
    (selectAll.all() as { body: string }[]).map((row) => JSON.parse(row.body) as UnioneRecord);
  const get = (id: string): UnioneRecord | null => {
    const row = selectOne.get(id.trim().toLowerCase()) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as UnioneRecord) : null;
  };
  const resolve = (name: string): UnioneRecord | null =>
    get(name) ??
    matchName(
      name,
      list().map((record) => ({ value: record, names: namesOf(record) })),
    );

  /** Ids of the closest Unioni: ids are what people type next. */
  const suggest = (name: string): string[] => {
    const records = list();
    const byName = new Map(records.flatMap((record) => namesOf(record).map((label) => [label, record.id] as const)));
    const ids = closestNames(name, [...byName.keys()], records.length * 2).map((label) => byName.get(label)!);
    return [...new Set(ids)].slice(0, 3);
  };

  const notFound = (typed: string): UnioneError => {
    const hint = suggest(typed);
    return new UnioneError(
      "NOT_FOUND",
      `Non conosco l'Unione "${typed}".${hint.length ? ` Forse intendevi: ${hint.join(", ")}?` : ""}`,
    );
  };

  function validated(record: UnioneRecord, what: string, id: string): UnioneRecord {
    const validation = validateRecord(record, catalog);
    if (validation.ok) return validation.record;
    throw new InvalidRecordError(
      `Modifica di ${what} rifiutata: ${validation.problems.join("; ")}. Nessuna modifica salvata.`,
      validation.problems,
      id,
    );
  }

  /**
   * Read, check and write in one IMMEDIATE transaction: SQLite takes the write lock at BEGIN, so another process
   * (the CLI beside the bot) cannot commit between this read and this write, and each audit entry's old value is
   * the value the previous entry left.
   */
  const applyInTransaction = database.transaction(
    (request: RecordUpdate, id: string): { entry: AuditEntry; saved: boolean } => {
      const current = get(id);
      if (!current) throw notFound(request.unione);
      const applied = applyUpdate(current, request, catalog);
      const saved = validated(applied.record, applied.field, current.id);
      const entry: AuditEntry = {
        at: clock().toISOString(),
        user: request.user,
        unione: current.id,
        target: applied.target,
        field: applied.field,
        oldValue: auditValue(applied.oldValue),
        newValue: auditValue(applied.newValue),
        ...(request.evidence ? { act: request.evidence } : {}),
      };
      // A known value newly proved by an act is still a change: the record gains the act.
      if (entry.oldValue === entry.newValue && !applied.evidenceAdded) return { entry, saved: false };
      save.run(JSON.stringify(saved), entry.at, current.id);
      audit.append(entry);
      return { entry, saved: true };
    },
  );

  const replaceInTransaction = database.transaction((request: EntryReplacement, id: string): AuditEntry[] => {
    const before = get(id);
    if (!before) throw notFound(request.unione);
    const after = validated(replaceEntry(before, request), request.id, before.id);
    const at = clock().toISOString();
    const entries: AuditEntry[] = entryChanges(before, after, request.kind, request.id).map((change) => ({
      at,
      user: request.user,
      unione: before.id,
      target: request.id,
      ...change,
    }));
    if (entries.length === 0) return entries;
    save.run(JSON.stringify(after), at, before.id);
    for (const entry of entries) audit.append(entry);
    return entries;
  });

  /** Loose names are resolved first; the record itself is read again inside the transaction. */
  function idOf(name: string): string {
    const resolved = resolve(name);
    if (!resolved) throw notFound(name);
    return resolved.id;
  }

  function update(request: RecordUpdate): AuditEntry {
    const { entry, saved } = whenDatabaseFree(() => applyInTransaction.immediate(request, idOf(request.unione)));
    if (saved) {
      logger.info(
        { unione: entry.unione, target: entry.target, field: entry.field, user: entry.user },
        "scheda aggiornata",
      );
    }
    return entry;
  }

  function replace(request: EntryReplacement): AuditEntry[] {
    const entries = whenDatabaseFree(() => replaceInTransaction.immediate(request, idOf(request.unione)));
    if (entries.length > 0) {
      logger.info(
        { unione: entries[0]!.unione, target: request.id, fields: entries.length, user: request.user },
        "scheda aggiornata",
      );
    }
    return entries;
  }

  return {
    list,
    get,
    resolve,
    suggest,
    update,
    replaceEntry: replace,
    history: (unioneId, limit) => audit.history(unioneId, limit),
  };
}
