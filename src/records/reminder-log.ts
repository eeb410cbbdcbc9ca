/** Which deadline reminders were already posted, in SQLite, so that a restart never posts one twice. */
import type { SqliteDatabase } from "./database.js";

export interface SentReminder {
  channel: string;
  unione: string;
  deadline: string;
  /** "d30", "d7", "d1" or "scaduta". */
  kind: string;
}

export interface ReminderLog {
  wasSent(reminder: SentReminder): boolean;
  markSent(reminder: SentReminder, at: Date): void;
}

export function createReminderLog(database: SqliteDatabase): ReminderLog {
  database.exec(`CREATE TABLE IF NOT EXISTS reminder_sent (
    channel TEXT NOT NULL, unione TEXT NOT NULL, deadline TEXT NOT NULL, kind TEXT NOT NULL, sent_at TEXT NOT NULL,
    PRIMARY KEY (channel, unione, deadline, kind))`);
  const select = database.prepare(
    "SELECT 1 FROM reminder_sent WHERE channel = ? AND unione = ? AND deadline = ? AND kind = ?",
  );
  const insert = database.prepare(
    "INSERT OR IGNORE INTO reminder_sent (channel, unione, deadline, kind, sent_at) VALUES (?, ?, ?, ?, ?)",
  );
  return {
    wasSent: ({ channel, unione, deadline, kind }) => select.get(channel, unione, deadline, kind) !== undefined,
    markSent: ({ channel, unione, deadline, kind }, at) =>
      void insert.run(channel, unione, deadline, kind, at.toISOString()),
  };
}
