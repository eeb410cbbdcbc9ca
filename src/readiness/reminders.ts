/**
 * Deadline reminders for bound channels: one post when the deadline is within each of `daysBefore`
 * (30, 7, 1 days by default: the tightest threshold not yet posted), and one when it has passed with gaps.
 * What was sent is kept in SQLite, so a restart never posts twice. Off when `config.enabled` is false.
 */
import type { Logger } from "../core/logger.js";
import type { RemindersConfig } from "../config/config.js";
import type { RecordsService } from "../records/records-service.js";
import type { StatusService } from "./status-service.js";
import type { SqliteDatabase } from "../records/database.js";
import { renderReminderText } from "./reminder-text.js";
import type { StatusReport } from "./report-types.js";

export interface ReminderSchedulerOptions {
  records: RecordsService;
  status: StatusService;
  bindings: () => Array<{ channel: string; unione: string }>;
  post: (channel: string, text: string) => Promise<void>;
  database: SqliteDatabase;
  clock: () => Date;
  config: RemindersConfig;
  logger: Logger;
}

export interface ReminderScheduler {
  /** Checks every binding once; resolves to the number of posts made. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): void;
}

/** Which reminder is due: "d30", "d7", "d1" before the deadline, "scaduta" after it (only with gaps). */
export function dueReminder(report: StatusReport, days: number, daysBefore: number[]): string | null {
  if (days < 0) return report.gaps.length > 0 ? "scaduta" : null;
  const threshold = [...daysBefore].filter((value) => value >= 0).sort((left, right) => left - right).find((value) => value >= days);
  return threshold === undefined ? null : `d${threshold}`;
}

export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { database, logger } = options;
  database.exec(`CREATE TABLE IF NOT EXISTS reminder_sent (
    channel TEXT NOT NULL, unione TEXT NOT NULL, deadline TEXT NOT NULL, kind TEXT NOT NULL, sent_at TEXT NOT NULL,
    PRIMARY KEY (channel, unione, deadline, kind))`);
  const wasSent = database.prepare("SELECT 1 FROM reminder_sent WHERE channel = ? AND unione = ? AND deadline = ? AND kind = ?");
  const markSent = database.prepare("INSERT OR IGNORE INTO reminder_sent (channel, unione, deadline, kind, sent_at) VALUES (?, ?, ?, ?, ?)");
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function remind(binding: { channel: string; unione: string }, now: Date): Promise<boolean> {
    const record = options.records.get(binding.unione);
    if (!record) {
      logger.warn({ channel: binding.channel, unione: binding.unione }, "promemoria: canale collegato a un'Unione sconosciuta");
      return false;
    }
    const report = options.status.status(record.id, now);
    if (report.deadline === null || report.daysToDeadline === null || report.daysToDeadline === undefined) return false;
    const kind = dueReminder(report, report.daysToDeadline, options.config.daysBefore);
    if (kind === null || wasSent.get(binding.channel, record.id, report.deadline, kind)) return false;
    await options.post(binding.channel, renderReminderText(report, report.daysToDeadline));
    markSent.run(binding.channel, record.id, report.deadline, kind, now.toISOString());
    logger.info({ channel: binding.channel, unione: record.id, kind }, "promemoria inviato");
    return true;
  }

  async function check(): Promise<number> {
    const now = options.clock();
    let posts = 0;
    for (const binding of options.bindings()) {
      try {
        if (await remind(binding, now)) posts += 1;
      } catch (error) {
        // Not marked as sent: the next check tries again.
        logger.warn({ channel: binding.channel, unione: binding.unione, err: error }, "promemoria non inviato");
      }
    }
    return posts;
  }

  function runOnce(): Promise<number> {
    running ??= check().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    runOnce,
    start() {
      if (!options.config.enabled) {
        logger.info("promemoria delle scadenze disattivati");
        return;
      }
      if (timer) return;
      void runOnce();
      timer = setInterval(() => void runOnce(), options.config.checkIntervalMinutes * 60_000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
