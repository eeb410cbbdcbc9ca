import { describe, expect, it } from "vitest";
import type { RemindersConfig } from "../../../src/config/config.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createReminderScheduler } from "../../../src/readiness/reminders.js";
import { createStatusService } from "../../../src/readiness/status-service.js";
import { openMemoryDatabase, type SqliteDatabase } from "../../../src/records/database.js";
import { createRecordStore } from "../../../src/records/record-store.js";
import { createReminderLog } from "../../../src/records/reminder-log.js";
import { fixtureCatalog, readyRecord, shippedRules } from "./readiness-fixtures.js";

const catalog = fixtureCatalog();
const rules = shippedRules();
const config: RemindersConfig = { enabled: true, daysBefore: [30, 7, 1], checkIntervalMinutes: 60 };

interface Harness {
  posts: { channel: string; text: string }[];
  setDay(iso: string): void;
  scheduler: () => ReturnType<typeof createReminderScheduler>;
}

/** A fake clock, a recording post, and schedulers that share one database (a restart = a new scheduler). */
function harness(database: SqliteDatabase = openMemoryDatabase(), options: { failPost?: () => boolean } = {}): Harness {
  let now = new Date("2024-05-01T08:00:00Z");
  const clock = () => now;
  const posts: { channel: string; text: string }[] = [];
  const record = readyRecord({ id: "terre-del-delta", name: "Unione Terre del Delta", giunta: { composition: null } });
  const records = createRecordStore({
    database,
    seed: [record, readyRecord({ id: "pronta", name: "Unione Pronta" })],
    catalog,
    clock,
  });
  const status = createStatusService({ records, rules, catalog, clock });
  const make = () =>
    createReminderScheduler({
      records,
      status,
      bindings: () => [
        { channel: "C1", unione: "terre-del-delta" },
        { channel: "C2", unione: "pronta" },
      ],
      post: async (channel, text) => {
        if (options.failPost?.()) throw new Error("slack down");
        posts.push({ channel, text });
      },
      sent: createReminderLog(database),
      clock,
      config,
      logger: silentLogger(),
    });
  return {
    posts,
    setDay: (iso) => {
      now = new Date(`${iso}T08:00:00Z`);
    },
    scheduler: make,
  };
}

describe("deadline reminders", () => {
  it("posts nothing far from the deadline", async () => {
    const test = harness();
    expect(await test.scheduler().runOnce()).toBe(0);
  });

  it("posts at 30, 7 and 1 days, once each, with the Italian date and the top gaps", async () => {
    const test = harness();
    const scheduler = test.scheduler();
    test.setDay("2024-05-31");
    expect(await scheduler.runOnce()).toBe(2);
    expect(await scheduler.runOnce()).toBe(0);
    const first = test.posts.find((post) => post.channel === "C1")!.text;
    expect(first).toContain("la scadenza del 30/06/2024");
    expect(first).toContain("tra 30 giorni");
    expect(first).toContain("[L.R. 21/2012 art. 24 c.5]");
    expect(first).toContain("/unione status terre-del-delta");
    test.setDay("2024-06-10");
    expect(await scheduler.runOnce()).toBe(0);
    test.setDay("2024-06-23");
    expect(await scheduler.runOnce()).toBe(2);
    test.setDay("2024-06-29");
    expect(await scheduler.runOnce()).toBe(2);
    expect(test.posts.at(-1)?.text).toContain("domani");
  });

  it("a restart (new scheduler, same database) does not post twice", async () => {
    const database = openMemoryDatabase();
    const test = harness(database);
    test.setDay("2024-06-23");
    expect(await test.scheduler().runOnce()).toBe(2);
    expect(await test.scheduler().runOnce()).toBe(0);
    expect(test.posts).toHaveLength(2);
  });

  it("after the deadline posts once, only where gaps remain", async () => {
    const test = harness();
    const scheduler = test.scheduler();
    test.setDay("2024-07-02");
    expect(await scheduler.runOnce()).toBe(1);
    expect(test.posts[0]?.channel).toBe("C1");
    expect(test.posts[0]?.text).toContain("è passato da 2 giorni");
    test.setDay("2024-07-09");
    expect(await test.scheduler().runOnce()).toBe(0);
  });

  it("a failed post is retried at the next check, not marked as sent", async () => {
    let failing = true;
    const test = harness(openMemoryDatabase(), { failPost: () => failing });
    test.setDay("2024-06-25");
    const scheduler = test.scheduler();
    expect(await scheduler.runOnce()).toBe(0);
    failing = false;
    expect(await scheduler.runOnce()).toBe(2);
  });

  it("start() does nothing when reminders are disabled, and stop() is safe", () => {
    const test = harness();
    const scheduler = createReminderScheduler({
      records: { list: () => [], get: () => null, resolve: () => null, suggest: () => [] },
      status: {
        status: () => {
          throw new Error("must not run");
        },
        summary: () => [],
      },
      bindings: () => [{ channel: "C1", unione: "x" }],
      post: async () => {
        throw new Error("must not post");
      },
      sent: createReminderLog(openMemoryDatabase()),
      clock: () => new Date(),
      config: { ...config, enabled: false },
      logger: silentLogger(),
    });
    scheduler.start();
    scheduler.stop();
    expect(test.posts).toEqual([]);
  });
});
