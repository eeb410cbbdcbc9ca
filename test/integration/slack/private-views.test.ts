/**
 * Where the admin's view of every Unione may be shown to others, through the real Bolt app over loopback. Tried:
 * an admin's status of Terre d'Acqua and a draft asked in a DM between two people (`D…` but not the bot's DM),
 * then "Condividi nel canale" pressed there; `/unione collega` in a DM. Only the admin's own DM with the bot counts
 * as private (the fake Web API's conversations.open names it `D<user>`).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonPress } from "../../support/slack-request.js";
import { scriptedRouter } from "./scripted-services.js";
import { ADMIN, blockText, replyOn, type SlackHarness, startSlackHarness } from "./slack-harness.js";

const HUMAN_DM = "D0PEOPLE";
const BOT_DM = `D${ADMIN}`;
let harness: SlackHarness;

beforeEach(async () => {
  const router = scriptedRouter();
  harness = await startSlackHarness({ router: (stores) => router.build(stores) });
});

afterEach(async () => {
  await harness.close();
});

function shareValue(message: Record<string, unknown>): string {
  const blocks = message.blocks as { elements?: { action_id?: string; value?: string }[] }[];
  const button = blocks.flatMap((block) => block.elements ?? []).find((item) => item.action_id === "share_reply");
  if (!button?.value) throw new Error("no share button");
  return button.value;
}

async function shareIn(channel: string, key: string): Promise<Record<string, unknown>[]> {
  await harness.command("stato terre d'acqua", { key, user: ADMIN, channel });
  const reply = await replyOn(harness, key);
  expect(blockText(reply)).toContain("Terre d'Acqua");
  const pressKey = `${key}-press`;
  await harness.action(
    buttonPress({
      actionId: "share_reply",
      value: shareValue(reply),
      user: ADMIN,
      channel,
      responseUrl: harness.api.responseUrl(pressKey),
      ephemeral: true,
    }),
  );
  await replyOn(harness, pressKey);
  // A later command, answered: a second response to the press, if any, has arrived by then.
  await harness.command("aiuto", { key: `${key}-after` });
  await replyOn(harness, `${key}-after`);
  return harness.api.responsesTo(pressKey).map((entry) => entry.body);
}

describe("the admin's all-Unioni view", () => {
  it("is not shared into a DM between two people", async () => {
    const responses = await shareIn(HUMAN_DM, "human");
    expect(responses.some((body) => body.response_type === "in_channel")).toBe(false);
    expect(blockText(responses[0]!)).toContain("conversazione diretta con il bot");
  });

  it("is shared in the admin's own DM with the bot", async () => {
    const responses = await shareIn(BOT_DM, "own");
    expect(responses.find((body) => body.response_type === "in_channel")).toBeDefined();
  });

  it("sends a draft's .docx to the admin's DM with the bot, not to a DM between two people", async () => {
    await harness.command("bozza convenzione protezione civile terre del delta", {
      key: "draft",
      user: ADMIN,
      channel: HUMAN_DM,
    });
    expect(blockText(await replyOn(harness, "draft"))).toContain("messaggio diretto");
    const complete = await harness.api.waitFor(
      () => harness.api.callsTo("files.completeUploadExternal")[0],
      "upload completed",
    );
    expect(complete.body.channel_id).toBe(BOT_DM);
  });
});

describe("binding in a direct message", () => {
  it("an admin's `/unione collega` in a DM explains that it binds nothing, and binds nothing", async () => {
    await harness.command("collega terre del delta", { key: "bind-dm", user: ADMIN, channel: BOT_DM });
    expect(blockText(await replyOn(harness, "bind-dm"))).toContain("Un messaggio diretto non si può collegare");
    expect(harness.bindings.boundUnione(BOT_DM)).toBeNull();
  });
});
