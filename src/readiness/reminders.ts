/**
 * Deadline reminders for bound channels: one post when the deadline is within each of `daysBefore`
 * (30, 7, 1 days by default: the tightest threshold not yet posted), and one when it has passed with gaps.
 * What was sent is kept in the reminder log (records), so a restart never posts twice. Off when `config.enabled` is false.
 */

import type { RemindersConfig } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import type { RecordsService } from "../records/records-service.js";
import type { ReminderLog } from "../records/reminder-log.js";
import { renderReminderText } from "./reminder-text.js";
import type { StatusReport } from "./report-types.js";
import type { StatusService } from "./status-service.js";

export interface ReminderSchedulerOptions {
  records: RecordsService;
  status: StatusService;
  bindings: () => Array<{ channel: string; unione: string }>;
  post: (channel: string, text: string) => Promise<void>;
  sent: ReminderLog;
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
  const threshold = [...daysBefore]
    .filter((value) => value >= 0)
    .sort((left, right) => left - right)
    .find((value) => value >= days);
  return threshold === undefined ? null : `d${threshold}`;
}

export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { sent, logger } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function remind(binding: { channel: string; unione: string }, now: Date): Promise<boolean> {
    const record = options.records.get(binding.unione);
    if (!record) {
      logger.warn(
        { channel: binding.channel, unione: binding.unione },
        "promemoria: canale collegato a un'Unione sconosciuta",
      );
      return false;
    }
    const report = options.status.status(record.id, now);
    if (report.deadline === null || report.daysToDeadline === null || report.daysToDeadline === undefined) return false;
    const kind = dueReminder(report, report.daysToDeadline, options.config.daysBefore);
    if (kind === null) return false;
    const reminder = { channel: binding.channel, unione: record.id, deadline: report.deadline, kind };
    if (sent.wasSent(reminder)) return false;
    await options.post(binding.channel, renderReminderText(report, report.daysToDeadline));
    sent.markSent(reminder, now);
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
