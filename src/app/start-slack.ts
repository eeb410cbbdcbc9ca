/** Starts the Slack app (Socket Mode or HTTP) with the deadline reminders, and stops both on SIGINT/SIGTERM. */
import { createReminderScheduler } from "../readiness/reminders.js";
import { createReminderLog } from "../records/reminder-log.js";
import { createSlackApp } from "../transport/slack/create-slack-app.js";
import type { Container } from "./container.js";

export async function startSlack(container: Container): Promise<{ stop(): Promise<void> }> {
  const { config, logger } = container;
  const bindings = container.bindings();
  const slack = createSlackApp({ config, router: container.router(), logger });
  await slack.start();
  const reminders = createReminderScheduler({
    records: container.records(),
    status: container.status(),
    bindings: () => bindings.list(),
    post: (channel, text) => slack.postMessage(channel, text),
    sent: createReminderLog(container.database()),
    clock: () => new Date(),
    config: config.reminders,
    logger,
  });
  if (config.reminders.enabled) reminders.start();
  const stop = async () => {
    reminders.stop();
    await slack.stop();
    container.close();
  };
  const shutdown = (reason: string) => {
    logger.info({ reason }, "arresto in corso");
    void stop().finally(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => shutdown(signal));
  watchParent(() => shutdown("processo padre terminato"));
  return { stop };
}

/**
 * `npx unione serve` and `npm start` run the server under `sh -c`: a SIGTERM to npm kills npm and the shell but
 * never reaches this process, which would keep the port open as an orphan. When the parent goes away (this
 * process is re-parented), stop as on SIGTERM.
 */
function watchParent(onOrphaned: () => void, intervalMs = 1_000): void {
  const parent = process.ppid;
  if (parent <= 1) return;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, intervalMs);
  timer.unref();
}
