/**
 * The HTTP endpoint against unauthenticated abuse, through the real Bolt app over loopback. Tried: a body declared
 * at 50 MB, a chunked body that never stops, a request without signature headers, a body that stalls halfway,
 * headers that never finish, more connections than allowed, a signed JSON `null` and other odd signed bodies. Each is refused (413, 401, 408,
 * 400, closed) and the bot still answers a signed command afterwards. Timeouts are shortened for the test.
 */

import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunked, openSocket, requestHead, sendAndStall, sendUntilAnswered, statusOf } from "../../support/raw-http.js";
import { postSigned, slackSignature } from "../../support/slack-request.js";
import { scriptedRouter } from "./scripted-services.js";
import { replyOn, SIGNING_SECRET, type SlackHarness, startSlackHarness } from "./slack-harness.js";

const LIMIT = 64 * 1024;
let harness: SlackHarness;
let port: number;

beforeAll(async () => {
  const router = scriptedRouter();
  harness = await startSlackHarness({
    router: (stores) => router.build(stores),
    // Short enough for a quick test, long enough that a loaded machine still reads a normal request in time.
    http: { maxBodyBytes: LIMIT, headersTimeoutMs: 1_000, requestTimeoutMs: 1_500, timeoutCheckIntervalMs: 50 },
  });
  port = Number(new URL(harness.eventsUrl).port);
});

afterAll(async () => {
  await harness.close();
});

function signedHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    "content-type": "application/json",
    "x-slack-request-timestamp": String(timestamp),
    // Well formed but not the body's signature: the body is refused before any signature could matter.
    "x-slack-signature": slackSignature(SIGNING_SECRET, timestamp, "other body"),
    ...extra,
  };
}

async function stillAnswers(key: string): Promise<void> {
  const result = await harness.command("aiuto", { key });
  expect(result.status).toBe(200);
  expect(JSON.stringify((await replyOn(harness, key)).blocks)).toContain("/unione stato");
}

describe("body size", () => {
  it("refuses a body declared at 50 MB with 413 while the client has sent almost none of it", async () => {
    const head = requestHead({ ...signedHeaders(), "content-length": String(50 * 1024 * 1024) });
    const outcome = await sendUntilAnswered(port, head, Buffer.alloc(16 * 1024, 120), 3_200);
    expect(statusOf(outcome.response)).toBe(413);
    expect(outcome.bodySent).toBeLessThan(1024 * 1024);
    await stillAnswers("after-declared");
  });

  it("stops reading a chunked body without a length once it passes the limit", async () => {
    const head = requestHead({ ...signedHeaders(), "transfer-encoding": "chunked" });
    // 20 MB planned in 16 KB chunks; the server must answer long before.
    const outcome = await sendUntilAnswered(port, head, Buffer.alloc(16 * 1024, 120), 1_280, chunked);
    expect(outcome.bodySent).toBeLessThan(20 * 1024 * 1024);
    expect(outcome.bodySent).toBeLessThanOrEqual(LIMIT + 1024 * 1024);
    if (outcome.response) expect(statusOf(outcome.response)).toBe(413);
    await stillAnswers("after-chunked");
  });

  it("refuses requests without signature headers before reading their body (the 3,9 MB unsigned probe)", async () => {
    const declared = requestHead({ "content-type": "application/json", "content-length": String(3_900_000) });
    const large = await sendUntilAnswered(port, declared, Buffer.alloc(16 * 1024, 120), 240);
    expect([401, 413]).toContain(statusOf(large.response));
    expect(large.bodySent).toBeLessThan(1024 * 1024);
    const streamed = requestHead({ "content-type": "application/json", "transfer-encoding": "chunked" });
    const unsigned = await sendUntilAnswered(port, streamed, Buffer.alloc(16 * 1024, 120), 240, chunked);
    expect(statusOf(unsigned.response)).toBe(401);
    expect(unsigned.bodySent).toBeLessThan(1024 * 1024);
  });
});

describe("timeouts", () => {
  it("cuts a body that stalls halfway with 408", async () => {
    const head = requestHead({ ...signedHeaders(), "content-length": "1000" });
    const outcome = await sendAndStall(port, `${head}{"type":"event_callback"`);
    expect(statusOf(outcome.response)).toBe(408);
    await stillAnswers("after-stalled-body");
  });

  it("cuts headers that never finish", async () => {
    const outcome = await sendAndStall(port, "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nx-slack-sig");
    expect(outcome.closed).toBe(true);
    expect([408, null]).toContain(statusOf(outcome.response));
  });
});

describe("malformed signed bodies", () => {
  it.each(["null", "[]", "42", '"testo"'])(
    "a signed JSON body %s gets 400 and the process keeps serving",
    async (body) => {
      const result = await postSigned(harness.eventsUrl, SIGNING_SECRET, body, "application/json");
      expect(result.status).toBe(400);
      await stillAnswers(`after-${body}`);
    },
  );

  it.each([
    '{"type":"event_callback","event":null}',
    '{"type":"event_callback","event":{"type":"message","text":42,"channel":null}}',
    '{"type":"event_callback","event":{"type":"app_mention","text":null,"user":"U1","channel":"C1","ts":"1.1"}}',
    '{"type":"block_actions","actions":null}',
    "{}",
  ])("a signed but odd JSON object %s leaves the process serving", async (body) => {
    const result = await postSigned(harness.eventsUrl, SIGNING_SECRET, body, "application/json");
    expect(result.status).toBeGreaterThanOrEqual(200);
    await stillAnswers(`after-odd-${body.length}`);
  });

  it("a signed form body whose payload is null gets 400", async () => {
    const result = await postSigned(
      harness.eventsUrl,
      SIGNING_SECRET,
      "payload=null",
      "application/x-www-form-urlencoded",
    );
    expect(result.status).toBe(400);
    await stillAnswers("after-form-null");
  });
});

/** Polls /healthz until a connection is accepted again (closing sockets reach the server asynchronously). */
async function healthOnceServing(serverPort: number): Promise<{ connections: { open: number; dropped: number } }> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const response = await fetch(`http://127.0.0.1:${serverPort}/healthz`).catch(() => null);
    if (response?.status === 200) return (await response.json()) as { connections: { open: number; dropped: number } };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the server never accepted a connection again");
}

describe("open connections", () => {
  it("closes connections beyond the limit at once, counts them, and serves again when they go", async () => {
    const limited = await startSlackHarness({
      router: (stores) => scriptedRouter().build(stores),
      http: { maxConnections: 3 },
    });
    const limitedPort = Number(new URL(limited.eventsUrl).port);
    const held: Socket[] = [];
    try {
      for (let index = 0; index < 3; index += 1) held.push(await openSocket(limitedPort));
      const extra = await openSocket(limitedPort);
      await new Promise((resolve) => extra.once("close", resolve));
      expect(held.every((socket) => !socket.destroyed)).toBe(true);
      for (const socket of held) socket.destroy();
      const health = await healthOnceServing(limitedPort);
      expect(health.connections.dropped).toBeGreaterThanOrEqual(1);
    } finally {
      for (const socket of held) socket.destroy();
      await limited.close();
    }
  });
});
