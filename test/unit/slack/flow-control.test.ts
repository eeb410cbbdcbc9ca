import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/logger.js";
import { createBotIdentity } from "../../../src/transport/slack/bot-identity.js";
import { mentionsSomeone, stripMentions, toCommandText } from "../../../src/transport/slack/mention-text.js";
import { createPostPacer } from "../../../src/transport/slack/post-pacer.js";
import { createRateLimiter, rateLimitMessage } from "../../../src/transport/slack/rate-limiter.js";
import { createReplyCache } from "../../../src/transport/slack/reply-cache.js";
import { buildRequestContext } from "../../../src/transport/slack/request-context.js";
import { createSeenKeys } from "../../../src/transport/slack/seen-keys.js";
import { HISTORY_TURNS, toTurns } from "../../../src/transport/slack/thread-history.js";
import { createThreadMemory } from "../../../src/transport/slack/thread-memory.js";

function manualClock(start = 0) {
  let now = start;
  return {
    clock: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("rate limiter", () => {
  it("allows N per minute per user, then refuses with the seconds to wait, then allows again", () => {
    const time = manualClock();
    const limiter = createRateLimiter({ perMinute: 2, clock: time.clock });
    expect(limiter.check("U1").allowed).toBe(true);
    time.advance(10_000);
    expect(limiter.check("U1").allowed).toBe(true);
    expect(limiter.check("U1")).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limiter.check("U2").allowed).toBe(true);
    time.advance(50_000);
    expect(limiter.check("U1").allowed).toBe(true);
    expect(rateLimitMessage(10, 5)).toContain("Riprova tra 5 secondi");
  });
});

describe("post pacer", () => {
  it("spaces posts in one channel by the interval, and does not delay another channel", async () => {
    const time = manualClock();
    const waits: number[] = [];
    const pacer = createPostPacer({
      intervalMs: 1_000,
      clock: time.clock,
      sleep: async (ms) => {
        waits.push(ms);
        time.advance(ms);
      },
    });
    const order: string[] = [];
    await Promise.all([
      pacer.schedule("C1", async () => order.push("C1-a")),
      pacer.schedule("C1", async () => order.push("C1-b")),
      pacer.schedule("C2", async () => order.push("C2-a")),
    ]);
    expect(order).toEqual(["C1-a", "C2-a", "C1-b"]);
    expect(waits).toEqual([1_000]);
  });

  it("a failed post rejects its caller but does not block the queue", async () => {
    const pacer = createPostPacer({ intervalMs: 0 });
    await expect(pacer.schedule("C1", async () => Promise.reject(new Error("rete")))).rejects.toThrow("rete");
    await expect(pacer.schedule("C1", async () => "ok")).resolves.toBe("ok");
  });
});

describe("seen keys, thread memory, reply cache", () => {
  it("reports a key only the first time, forgets after the TTL and beyond the size bound", () => {
    const time = manualClock();
    const seen = createSeenKeys({ ttlMs: 1_000, maxKeys: 2, clock: time.clock });
    expect(seen.firstTime("a")).toBe(true);
    expect(seen.firstTime("a")).toBe(false);
    time.advance(1_000);
    expect(seen.firstTime("a")).toBe(true);
    seen.firstTime("b");
    seen.firstTime("c");
    expect(seen.firstTime("a")).toBe(true);
  });

  it("remembers threads per channel, bounded", () => {
    const threads = createThreadMemory({ maxThreads: 2 });
    threads.remember("C1", "1.0");
    expect(threads.isKnown("C1", "1.0")).toBe(true);
    expect(threads.isKnown("C2", "1.0")).toBe(false);
    threads.remember("C1", "2.0");
    threads.remember("C1", "3.0");
    expect(threads.isKnown("C1", "1.0")).toBe(false);
  });

  it("caches replies without the .docx bytes, and expires them", () => {
    const time = manualClock();
    const cache = createReplyCache({ ttlMs: 1_000, clock: time.clock });
    const id = cache.put({
      result: {
        type: "draft",
        draft: { tipo: "t", title: "T", unione: "u", unioneName: "U", funzione: null, sections: [], missing: [] },
        docx: Buffer.from("x"),
        fileName: "f.docx",
      },
      answerId: null,
      scope: { kind: "public" },
      channel: "C",
      fileNote: null,
    });
    const cached = cache.get(id);
    expect(cached?.result.type === "draft" && cached.result.docx).toBeNull();
    time.advance(1_000);
    expect(cache.get(id)).toBeNull();
  });
});

describe("message text and thread history", () => {
  it("strips mentions and undoes Slack escaping", () => {
    expect(stripMentions("<@UBOT> chi <@U2|mario> è?")).toBe("chi è?");
    expect(toCommandText("<@UBOT> a &lt; b &amp; <https://x.it|sito>")).toBe("a < b & sito");
    expect(mentionsSomeone("ciao <@U1>")).toBe(true);
    expect(mentionsSomeone("ciao a tutti")).toBe(false);
  });

  it("turns a thread into bounded turns, bot messages as assistant, the current message excluded", () => {
    const messages = Array.from({ length: 20 }, (_, index) => ({
      ts: `${index}`,
      text: `<@UBOT> messaggio ${index}`,
      ...(index % 2 ? { bot_id: "B" } : { user: "U" }),
    }));
    const turns = toTurns(messages, { excludeTs: "19", botUserId: "UBOT" });
    expect(turns).toHaveLength(HISTORY_TURNS);
    expect(turns.at(-1)).toEqual({ role: "user", text: "messaggio 18" });
    expect(turns.at(-2)?.role).toBe("assistant");
  });

  it("recognises the bot by user id even without bot_id, and skips empty messages", () => {
    const turns = toTurns(
      [
        { ts: "1", user: "UBOT", text: "risposta" },
        { ts: "2", user: "U", text: "  " },
      ],
      { excludeTs: "x", botUserId: "UBOT" },
    );
    expect(turns).toEqual([{ role: "assistant", text: "risposta" }]);
  });
});

describe("request context and bot identity", () => {
  const boundUnione = (channel: string) => (channel === "CDELTA" ? "terre-del-delta" : null);

  it("admins see all only where they alone read the reply; bound channels always see their Unione", () => {
    const options = { adminUsers: ["UADMIN"], boundUnione, newId: () => "r1" };
    expect(buildRequestContext({ user: "UADMIN", channel: "CX", audience: "private" }, options).scope).toEqual({
      kind: "all",
    });
    expect(buildRequestContext({ user: "UADMIN", channel: "CX", audience: "channel" }, options).scope).toEqual({
      kind: "public",
    });
    expect(buildRequestContext({ user: "UADMIN", channel: "CDELTA", audience: "private" }, options).scope).toEqual({
      kind: "unione",
      unione: "terre-del-delta",
    });
    const member = buildRequestContext({ user: "U1", channel: "CDELTA", audience: "channel" }, options);
    expect(member).toMatchObject({
      isAdmin: false,
      boundUnione: "terre-del-delta",
      transport: "slack",
      requestId: "r1",
    });
    expect(buildRequestContext({ user: "U1", channel: "D123", audience: "private" }, options).scope).toEqual({
      kind: "public",
    });
  });

  it("auth.test that hangs is abandoned after the timeout; ids stay unknown and nothing throws", async () => {
    const identity = createBotIdentity({
      authTest: () => new Promise(() => undefined),
      logger: silentLogger(),
      timeoutMs: 50,
    });
    // auth.test never answers: refresh() resolving at all means the timeout gave up on it.
    await expect(identity.refresh()).resolves.toEqual({ botId: null, botUserId: null });
  });

  it("learns the ids from auth.test and retries at most once per interval when it failed", async () => {
    let calls = 0;
    const time = manualClock();
    const identity = createBotIdentity({
      authTest: async () =>
        ++calls === 1 ? Promise.reject(new Error("rete")) : { ok: true, user_id: "UBOT", bot_id: "BBOT" },
      logger: silentLogger(),
      retryAfterMs: 60_000,
      clock: time.clock,
    });
    await identity.refresh();
    identity.refreshSoon();
    expect(calls).toBe(1);
    time.advance(60_000);
    identity.refreshSoon();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(identity.current()).toEqual({ botId: "BBOT", botUserId: "UBOT" });
  });
});
