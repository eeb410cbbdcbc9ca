/**
 * Replays and timestamps, with signed requests over loopback to the real Bolt app. Tried: an admin's signed
 * `/unione aggiorna` sent twice byte for byte (a captured request replayed within the 5 minutes Slack's signature
 * stays fresh), and signed commands dated one year, six minutes and four minutes ahead.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postSigned, slashCommandBody } from "../../support/slack-request.js";
import { type ScriptedRouter, scriptedRouter } from "./scripted-services.js";
import { ADMIN, replyOn, SIGNING_SECRET, type SlackHarness, startSlackHarness } from "./slack-harness.js";

let harness: SlackHarness;
let router: ScriptedRouter;

beforeEach(async () => {
  router = scriptedRouter();
  harness = await startSlackHarness({ router: (stores) => router.build(stores) });
});

afterEach(async () => {
  await harness.close();
});

function updateBody(key: string): string {
  return slashCommandBody({
    text: "aggiorna terre-del-delta polizia-locale durata 5",
    user_id: ADMIN,
    channel_id: "DUADMIN",
    response_url: harness.api.responseUrl(key),
  });
}

const form = "application/x-www-form-urlencoded";
const now = () => Math.floor(Date.now() / 1000);
const updates = () => router.calls.filter((call) => call.startsWith("update:"));

/** A later command, answered: whatever the requests before it caused has happened by then. */
async function settled(key: string): Promise<void> {
  await harness.command("aiuto", { key });
  await replyOn(harness, key);
}

describe("replayed slash commands", () => {
  it("runs an admin update once when the same signed request arrives twice", async () => {
    const body = updateBody("update");
    const timestamp = now();
    const first = await postSigned(harness.eventsUrl, SIGNING_SECRET, body, form, { timestamp });
    const replay = await postSigned(harness.eventsUrl, SIGNING_SECRET, body, form, { timestamp });
    expect(first.status).toBe(200);
    // Acked, so Slack (or whoever replays) has no reason to retry, but not run again.
    expect(replay.status).toBe(200);
    await settled("after-replay");
    expect(updates()).toEqual(["update:terre-del-delta:polizia-locale:durata:5"]);
    expect(harness.api.responsesTo("update")).toHaveLength(1);
  });

  it("runs the same command again when it is a new request (new timestamp and signature)", async () => {
    await postSigned(harness.eventsUrl, SIGNING_SECRET, updateBody("one"), form, { timestamp: now() - 1 });
    await postSigned(harness.eventsUrl, SIGNING_SECRET, updateBody("two"), form, { timestamp: now() });
    await settled("after-two");
    expect(updates()).toHaveLength(2);
  });
});

describe("timestamps from the future", () => {
  it.each([
    ["one year", 365 * 24 * 3600],
    ["six minutes", 6 * 60],
  ])("refuses a correctly signed command dated %s ahead with 401", async (_label, ahead) => {
    const result = await postSigned(harness.eventsUrl, SIGNING_SECRET, updateBody("future"), form, {
      timestamp: now() + ahead,
    });
    expect(result.status).toBe(401);
    await settled("after-future");
    expect(updates()).toHaveLength(0);
    expect(harness.api.responsesTo("future")).toHaveLength(0);
  });

  it("accepts a command dated four minutes ahead (clock skew within Slack's 5-minute window)", async () => {
    const result = await postSigned(harness.eventsUrl, SIGNING_SECRET, updateBody("skewed"), form, {
      timestamp: now() + 4 * 60,
    });
    expect(result.status).toBe(200);
    await replyOn(harness, "skewed");
    expect(updates()).toHaveLength(1);
  });
});
