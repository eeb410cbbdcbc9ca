/**
 * Start-up without network, the health route, the structured request logs, and the global error boundary.
 */
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/config.js";
import { type Logger, silentLogger } from "../../../src/core/logger.js";
import { createSlackApp } from "../../../src/transport/slack/create-slack-app.js";
import { fakeRouter } from "../../support/fake-router-deps.js";
import { scriptedRouter } from "./scripted-services.js";
import { blockText, replyOn, type SlackHarness, startSlackHarness } from "./slack-harness.js";

let harness: SlackHarness | null = null;

afterEach(async () => {
  await harness?.close();
  harness = null;
});

function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream) as unknown as Logger, lines };
}

describe("start-up", () => {
  it("with auth.test failing (no such method on the API), handlers still run and answer", async () => {
    const router = scriptedRouter();
    harness = await startSlackHarness({ router: (stores) => router.build(stores), failMethods: ["auth.test"] });
    await harness.command("aiuto", { key: "no-auth" });
    expect(blockText(await replyOn(harness, "no-auth"))).toContain("/unione stato");
    await harness.event(
      { type: "app_mention", user: "UUSER", text: "<@UBOT> domanda?", ts: "1.000100", channel: "CGENERALE" },
      "EvNoAuth",
    );
    await harness.api.waitFor(() => harness!.api.callsTo("chat.postMessage")[0], "mention answer");
    // One attempt at start; no per-request auth.test.
    expect(harness.api.callsTo("auth.test")).toHaveLength(1);
  });

  it("answers GET /healthz with 200 in HTTP mode", async () => {
    harness = await startSlackHarness({ router: (stores) => scriptedRouter().build(stores) });
    const response = await fetch(harness.eventsUrl.replace("/slack/events", "/healthz"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", mode: "http" });
  });
});

describe("logs and errors", () => {
  it("logs one start and one finish line per request, with channel, user, command, latency, outcome, and no question text", async () => {
    const { logger, lines } = capturingLogger();
    harness = await startSlackHarness({ router: (stores) => scriptedRouter().build(stores), logger });
    await harness.command("chiedi qual è il segreto della convenzione?", {
      key: "logged",
      user: "ULOG",
      channel: "CLOG",
    });
    await replyOn(harness, "logged");
    const requestLines = lines.filter((line) => line.user === "ULOG");
    const started = requestLines.filter((line) => line.msg === "richiesta Slack ricevuta");
    const finished = requestLines.filter((line) => line.msg === "richiesta Slack completata");
    expect(started).toHaveLength(1);
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ channel: "CLOG", command: "ask", outcome: "answer", kind: "slash" });
    expect(typeof finished[0]?.latencyMs).toBe("number");
    expect(JSON.stringify(lines)).not.toContain("segreto");
    expect(JSON.stringify(lines)).not.toContain("xoxb-test");
  });

  it("a router that throws still gets an Italian error reply and an error log line", async () => {
    const { logger, lines } = capturingLogger();
    const broken = fakeRouter(async () => {
      throw new Error("database esploso: dettaglio interno");
    });
    harness = await startSlackHarness({ router: broken, logger });
    await harness.command("chiedi qualcosa?", { key: "broken" });
    const reply = await replyOn(harness, "broken");
    expect(blockText(reply)).toContain("errore interno");
    expect(blockText(reply)).not.toContain("database esploso");
    expect(
      lines.some((line) => line.level === 50 && line.outcome === undefined && line.msg === "richiesta Slack fallita"),
    ).toBe(true);
  });
});

describe("postMessage (deadline reminders) and Socket Mode", () => {
  it("posts with the bot token, paced per channel", async () => {
    const started = await startSlackHarness({ router: (stores) => scriptedRouter().build(stores) });
    harness = started;
    const release = started.api.holdMethod("chat.postMessage");
    const both = Promise.all([
      started.slack.postMessage("CDELTA", "Promemoria: scadenza tra 7 giorni"),
      started.slack.postMessage("CDELTA", "Secondo promemoria"),
    ]);
    await started.api.waitFor(() => started.api.callsTo("chat.postMessage")[0], "first post");
    // The first post is not answered yet: the second one of the same channel waits for it.
    expect(started.api.callsTo("chat.postMessage")).toHaveLength(1);
    release();
    await both;
    const posts = started.api.callsTo("chat.postMessage");
    expect(posts.map((post) => post.body.text)).toEqual(["Promemoria: scadenza tra 7 giorni", "Secondo promemoria"]);
    expect(posts[0]?.token).toBe("xoxb-test");
  });

  it("builds a Socket Mode app from SLACK_APP_TOKEN without any network call until start", async () => {
    const config = loadConfig(
      {},
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_API_URL: "http://127.0.0.1:9/api/" },
    );
    const handle = createSlackApp({
      config,
      router: fakeRouter(async () => ({ type: "help", isAdmin: false })),
      logger: silentLogger(),
    });
    expect(handle.app).toBeDefined();
    expect(handle.port()).toBeNull();
  });

  it("refuses to build without a bot token, in Italian", async () => {
    expect(() =>
      createSlackApp({
        config: loadConfig({}, { SLACK_SIGNING_SECRET: "s" }),
        router: fakeRouter(async () => ({ type: "help", isAdmin: false })),
        logger: silentLogger(),
      }),
    ).toThrow(/SLACK_BOT_TOKEN/);
  });
});
