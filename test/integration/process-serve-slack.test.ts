/**
 * `unione serve` as a real child process in HTTP mode, the way the outside harness plays Slack: only
 * SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL (fake Web API on loopback) and PORT set, an empty data
 * folder (the index is built at start), signed requests over loopback, then SIGTERM.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlackApi, startFakeSlackApi } from "../support/fake-slack-api.js";
import { postEvent, postSlashCommand, type SlackHttpResult } from "../support/slack-request.js";
import { type RunningUnione, startUnione } from "../support/spawn-unione.js";

const SECRET = "process-test-secret-0123456789";
let api: FakeSlackApi;
let server: RunningUnione;
let dataDir: string;
let eventsUrl: string;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitHealthy(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not healthy in time; stderr:\n${server.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function command(text: string, key: string, user = "UUSER", channel = "CGENERALE"): Promise<SlackHttpResult> {
  return postSlashCommand(eventsUrl, SECRET, {
    text,
    user_id: user,
    channel_id: channel,
    response_url: api.responseUrl(key),
  });
}

async function reply(key: string, timeoutMs = 10_000): Promise<string> {
  const entry = await api.waitFor(() => api.responsesTo(key)[0], `reply on ${key}`, timeoutMs);
  return `${String(entry.body.text ?? "")}\n${JSON.stringify(entry.body.blocks ?? [])}`;
}

/** A numbered source line as the answer blocks render it: "*1.* L.R. 21/2012 — art. 24 …". */
const citation = /\*1\.\* [^\n"]*(art\.|L\.R\.|D\.Lgs|TUEL|Normativa)/;

beforeAll(async () => {
  api = await startFakeSlackApi();
  dataDir = mkdtempSync(join(tmpdir(), "unione-serve-"));
  const port = await freePort();
  eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  server = startUnione(["serve", "--data", dataDir], {
    env: {
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: "xoxb-process-test",
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
    },
  });
  await waitHealthy(`http://127.0.0.1:${port}/healthz`, 40_000);
}, 45_000);

afterAll(async () => {
  if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
  await api?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("unione serve (HTTP mode) as a child process", () => {
  it("refuses a forged signature and a stale timestamp with 401", async () => {
    const forged = await postSlashCommand(
      eventsUrl,
      SECRET,
      { text: "aiuto", user_id: "U1", channel_id: "C1", response_url: api.responseUrl("forged") },
      { signature: "v0=deadbeef" },
    );
    const stale = await postSlashCommand(
      eventsUrl,
      SECRET,
      { text: "aiuto", user_id: "U1", channel_id: "C1", response_url: api.responseUrl("stale") },
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );
    expect([forged.status, stale.status]).toEqual([401, 401]);
  });

  it("answers aiuto, chiedi (with citations), stato, stato unione-esempio on the response_url", async () => {
    const acks = await Promise.all([
      command("aiuto", "help"),
      command("chiedi che cosa dice l'art. 24 sul conferimento da parte di tutti i comuni?", "ask"),
      command("stato", "summary"),
      command("stato unione-esempio", "example"),
    ]);
    for (const ack of acks) expect(ack.status).toBe(200);
    expect(await reply("help")).toMatch(/chiedi/);
    expect(await reply("ask")).toMatch(citation);
    expect(await reply("summary")).toMatch(/unione-esempio|Esempio/i);
    expect(await reply("example")).toMatch(/PRONTA|pronta/);
  });

  it("drafts the convenzione for the fictional Unione for a non-admin in an unbound channel, and uploads the .docx", async () => {
    await command("bozza convenzione protezione-civile unione-esempio", "draft", "UNOTADMIN", "CLIBERO");
    expect(await reply("draft", 15_000)).toMatch(/[Cc]onvenzione/);
    await api.waitFor(() => api.callsTo("files.completeUploadExternal")[0], "docx upload", 10_000);
    // A .docx is a zip: its local file header starts with "PK\x03\x04" inside the multipart body.
    expect(api.uploads[0]!.bytes.includes(Buffer.from("PK\x03\x04", "latin1"))).toBe(true);
  });

  it("answers an @mention in its thread with citations, once even when Slack retries the same event", async () => {
    const event = {
      type: "app_mention",
      user: "UUSER",
      channel: "CMENTION",
      ts: "1700009000.000100",
      text: "<@UBOT> la funzione deve essere conferita da tutti i comuni?",
    };
    expect((await postEvent(eventsUrl, SECRET, event, "EvProcess1")).status).toBe(200);
    const retry = await postEvent(eventsUrl, SECRET, event, "EvProcess1", {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    const posted = await api.waitFor(
      () => api.callsTo("chat.postMessage").find((call) => call.body.channel === "CMENTION"),
      "mention answer",
      10_000,
    );
    expect(posted.body.thread_ts).toBe(event.ts);
    expect(JSON.stringify(posted.body.blocks ?? posted.body.text)).toMatch(citation);
    // A later mention answered means the retry, delivered before it, has been dealt with.
    const later = { ...event, channel: "CLATER", ts: "1700009000.000200" };
    expect((await postEvent(eventsUrl, SECRET, later, "EvProcess2")).status).toBe(200);
    await api.waitFor(
      () => api.callsTo("chat.postMessage").find((call) => call.body.channel === "CLATER"),
      "later",
      10_000,
    );
    expect(api.callsTo("chat.postMessage").filter((call) => call.body.channel === "CMENTION")).toHaveLength(1);
  });

  it("acks 30 concurrent commands and answers every one, questions with citations", async () => {
    const texts = Array.from({ length: 30 }, (_, index) =>
      index % 5 === 4
        ? "stato unione-esempio"
        : `chiedi quanti anni deve durare il conferimento di una funzione? (${index})`,
    );
    // One user sends them all, as a simple harness would: the default per-user limit must not refuse them.
    const acks = await Promise.all(texts.map((text, index) => command(text, `burst-${index}`, "UBURST")));
    // That an ack never waits for the work is proven in-process (slash-commands.test.ts, work held back);
    // how fast acks are belongs to `npm run bench` (slack ack latency), not to a test on a shared machine.
    for (const ack of acks) expect(ack.status).toBe(200);
    const replies = await Promise.all(texts.map((_, index) => reply(`burst-${index}`, 20_000)));
    replies.forEach((text, index) => {
      if (texts[index]!.startsWith("chiedi")) expect(text).toMatch(citation);
      else expect(text).toMatch(/Esempio/i);
    });
  }, 30_000);

  it("stops cleanly on SIGTERM with exit code 0", async () => {
    server.child.kill("SIGTERM");
    const timer = setTimeout(() => server.child.kill("SIGKILL"), 5_000);
    const result = await server.exited;
    clearTimeout(timer);
    expect({ code: result.code, signal: result.signal }).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toContain("arresto in corso");
  });
});
