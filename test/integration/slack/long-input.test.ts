/**
 * One very long request must not hold up everyone else. Tried, through the real Bolt app over loopback: a
 * 39.000-character `bozza` (digits, long runs of spaces and Unione names: what made fuzzy matching and the
 * cost-sharing regex slow) sent as a DM and as `/unione`, with another user's command right behind it. The other
 * user is acked and answered, shown by events: their reply arrives while the long request's reply is still held
 * at the fake Slack API; the long request is refused in Italian without reaching the draft service.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ScriptedRouter, scriptedRouter } from "./scripted-services.js";
import { blockText, replyOn, type SlackHarness, startSlackHarness } from "./slack-harness.js";

let harness: SlackHarness;
let router: ScriptedRouter;

beforeEach(async () => {
  router = scriptedRouter();
  harness = await startSlackHarness({ router: (stores) => router.build(stores) });
});

afterEach(async () => {
  await harness.close();
});

function longDraftRequest(): string {
  const piece = `${"7".repeat(300)}%${" ".repeat(200)}popolazione terre del delta protezione civile `;
  return `bozza convenzione ${piece.repeat(Math.ceil(39_000 / piece.length))}`.slice(0, 39_000);
}

describe("a 39.000-character draft request", () => {
  it("sent as a DM is refused, and another user's command is acked and answered meanwhile", async () => {
    const releasePosts = harness.api.holdMethod("chat.postMessage");
    const dm = await harness.event(
      { type: "message", channel_type: "im", channel: "DULUNGO", user: "ULUNGO", text: longDraftRequest(), ts: "1.1" },
      "EvLong1",
    );
    expect(dm.status).toBe(200);
    const other = await harness.command("aiuto", { key: "other", user: "UALTRO" });
    expect(other.status).toBe(200);
    expect(blockText(await replyOn(harness, "other"))).toContain("/unione stato");
    // The refusal was computed and is waiting at the fake API: the other user did not wait behind it.
    const held = await harness.api.waitFor(() => harness.api.callsTo("chat.postMessage")[0], "the DM reply");
    releasePosts();
    // Runs of spaces collapse when a message becomes a command line: still far over the 4.000-character limit.
    expect(String(held.body.text)).toMatch(/Il messaggio è troppo lungo: \d{2}\.\d{3} caratteri, il massimo è 4\.000/);
    expect(router.calls.some((call) => call.startsWith("draft:"))).toBe(false);
  });

  it("sent as /unione is refused, and a command sent right behind it is acked and answered", async () => {
    const [long, other] = await Promise.all([
      harness.command(longDraftRequest(), { key: "long", user: "ULUNGO", channel: "DULUNGO" }),
      harness.command("fonti", { key: "behind", user: "UALTRO" }),
    ]);
    expect(long.status).toBe(200);
    expect(other.status).toBe(200);
    expect(blockText(await replyOn(harness, "behind"))).toContain("Fonti consultabili");
    expect(String((await replyOn(harness, "long")).text)).toContain("troppo lungo");
    expect(router.calls.some((call) => call.startsWith("draft:"))).toBe(false);
  });
});
