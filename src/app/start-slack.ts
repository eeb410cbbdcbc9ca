/** Starts the Slack app (Socket Mode or HTTP) with the deadline reminders, and stops both on SIGINT/SIGTERM. */
import { createReminderScheduler } from "../readiness/reminders.js";
import { createSlackApp } from "../transport/slack/create-slack-app.js";
import type { Container } from "./container.js";

export async function startSlack(container: Container): Promise<{ stop(): Promise<void> }> {
  const { config, logger } = container;
  const bindings = container.bindings();
  const slack = createSlackApp({
    config,
    router: await container.router(),
    bindings,
    feedback: container.feedback(),
    status: container.status(),
    logger,
  });
  await slack.start();
  const reminders = createReminderScheduler({
    records: container.records(),
    status: container.status(),
    bindings: () => bindings.list(),
    post: (channel, text) => slack.postMessage(channel, text),
    database: container.database(),
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
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "arresto in corso");
      void stop().finally(() => process.exit(0));
    });
  }
  return { stop };
}
