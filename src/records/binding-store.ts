/**
 * Channel bindings in SQLite: which Unione a Slack channel belongs to, who bound it and when.
 * A bound channel sees that Unione's records only (src/commands/access.ts).
 */
import type { SqliteDatabase } from "./database.js";

/** Which Unione each Slack channel is bound to. */
export interface BindingService {
  boundUnione(channel: string): string | null;
  bind(channel: string, unioneId: string, user: string): void;
  unbind(channel: string, user: string): boolean;
  list(): { channel: string; unione: string }[];
}

export interface BindingRecord {
  channel: string;
  unione: string;
  boundBy: string;
  boundAt: string;
}

export interface BindingStore extends BindingService {
  /** The full row, with who bound the channel and when (ISO timestamp). */
  get(channel: string): BindingRecord | null;
  /** Channels bound to `unioneId`, oldest binding first. */
  channelsOf(unioneId: string): string[];
  /** Every bind and unbind of a channel, oldest first: who did what and when. */
  events(channel: string): BindingEvent[];
}

export interface BindingEvent {
  channel: string;
  unione: string;
  action: "bind" | "unbind";
  user: string;
  at: string;
}

interface BindingRow {
  channel: string;
  unione: string;
  bound_by: string;
  bound_at: string;
}

export function createBindingStore(database: SqliteDatabase, clock: () => Date = () => new Date()): BindingStore {
  database.exec(`
    CREATE TABLE IF NOT EXISTS channel_bindings (
      channel TEXT PRIMARY KEY,
      unione TEXT NOT NULL,
      bound_by TEXT NOT NULL,
      bound_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS channel_bindings_unione ON channel_bindings (unione);
    CREATE TABLE IF NOT EXISTS channel_binding_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      channel TEXT NOT NULL,
      unione TEXT NOT NULL,
      action TEXT NOT NULL,
      user TEXT NOT NULL,
      at TEXT NOT NULL
    );
  `);
  const insertEvent = database.prepare(
    "INSERT INTO channel_binding_events (channel, unione, action, user, at) VALUES (?, ?, ?, ?, ?)",
  );
  const selectEvents = database.prepare<[string], BindingEvent>(
    "SELECT channel, unione, action, user, at FROM channel_binding_events WHERE channel = ? ORDER BY id",
  );
  const selectOne = database.prepare<[string], BindingRow>("SELECT * FROM channel_bindings WHERE channel = ?");
  const upsert = database.prepare(
    `INSERT INTO channel_bindings (channel, unione, bound_by, bound_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(channel) DO UPDATE SET unione = excluded.unione, bound_by = excluded.bound_by, bound_at = excluded.bound_at`,
  );
  const remove = database.prepare("DELETE FROM channel_bindings WHERE channel = ?");
  const selectAll = database.prepare<[], BindingRow>("SELECT * FROM channel_bindings ORDER BY bound_at, channel");
  const selectByUnione = database.prepare<[string], BindingRow>(
    "SELECT * FROM channel_bindings WHERE unione = ? ORDER BY bound_at, channel",
  );

  const toRecord = (row: BindingRow): BindingRecord => ({
    channel: row.channel,
    unione: row.unione,
    boundBy: row.bound_by,
    boundAt: row.bound_at,
  });

  return {
    boundUnione(channel) {
      return selectOne.get(channel)?.unione ?? null;
    },
    bind(channel, unioneId, user) {
      if (!channel.trim() || !unioneId.trim()) throw new Error("bind: channel and unioneId are required");
      const at = clock().toISOString();
      database.transaction(() => {
        upsert.run(channel, unioneId, user, at);
        insertEvent.run(channel, unioneId, "bind", user, at);
      })();
    },
    unbind(channel, user) {
      // Read and delete under one write lock, so the event names the binding really removed.
      return database
        .transaction(() => {
          const current = selectOne.get(channel);
          if (!current) return false;
          remove.run(channel);
          insertEvent.run(channel, current.unione, "unbind", user, clock().toISOString());
          return true;
        })
        .immediate();
    },
    list() {
      return selectAll.all().map((row) => ({ channel: row.channel, unione: row.unione }));
    },
    get(channel) {
      const row = selectOne.get(channel);
      return row ? toRecord(row) : null;
    },
    channelsOf(unioneId) {
      return selectByUnione.all(unioneId).map((row) => row.channel);
    },
    events(channel) {
      return selectEvents.all(channel);
    },
  };
}
