/**
 * `/unione` through the real Bolt app over loopback HTTP: signatures, every subcommand and alias, admin
 * refusal, binding, rate limit, sharing, feedback, drafts with the .docx upload, limits, concurrency.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { slackSignature } from "../../support/slack-request.js";
import { type ScriptedRouter, scriptedRouter } from "./scripted-services.js";
import { ADMIN, blockText, replyOn, SIGNING_SECRET, type SlackHarness, startSlackHarness } from "./slack-harness.js";

let harness: SlackHarness;
let router: ScriptedRouter;

beforeEach(async () => {
  router = scriptedRouter();
  harness = await startSlackHarness({ router: (stores) => router.build(stores), env: { RATE_LIMIT_PER_MINUTE: "3" } });
});

afterEach(async () => {
  await harness.close();
});

/** A signed command sent after the ones under test and answered: whatever they caused has happened by then. */
async function afterEverythingBefore(key: string): Promise<void> {
  await harness.command("aiuto", { key });
  await replyOn(harness, key);
}

describe("request signatures", () => {
  it("a forged signature gets 401 and reaches no handler", async () => {
    const result = await harness.command("aiuto", { key: "forged" }, { signature: `v0=${"0".repeat(64)}` });
    expect(result.status).toBe(401);
    await afterEverythingBefore("after-forged");
    expect(harness.api.responsesTo("forged")).toHaveLength(0);
    expect(router.calls).toHaveLength(0);
  });

  it("a signature made with another secret gets 401", async () => {
    const body = "text=aiuto";
    const timestamp = Math.floor(Date.now() / 1000);
    const result = await harness.command(
      "aiuto",
      { key: "other" },
      { signature: slackSignature("another-secret", timestamp, body), timestamp },
    );
    expect(result.status).toBe(401);
  });

  it("a stale timestamp (10 minutes old, correctly signed) gets 401", async () => {
    const stale = Math.floor(Date.now() / 1000) - 600;
    const result = await harness.command("aiuto", { key: "stale" }, { timestamp: stale });
    expect(result.status).toBe(401);
    await afterEverythingBefore("after-stale");
    expect(harness.api.responsesTo("stale")).toHaveLength(0);
  });

  it("a correctly signed command is acked with 200 before its work is done", async () => {
    const release = router.hold();
    const result = await harness.command("chiedi chi approva il recesso?", { key: "ok" });
    expect(result.status).toBe(200);
    // The answer is still being prepared: the ack did not wait for it.
    expect(harness.api.responsesTo("ok")).toHaveLength(0);
    release();
    expect(blockText(await replyOn(harness, "ok"))).toContain("art. 24 c.2");
    expect(SIGNING_SECRET).not.toBe("");
  });
});

describe("subcommands and aliases", () => {
  it.each(["aiuto", "help", ""])("'%s' replies with the help, ephemeral, without admin commands", async (text) => {
    await harness.command(text, { key: `help-${text}` });
    const reply = await replyOn(harness, `help-${text}`);
    expect(reply.response_type).toBe("ephemeral");
    expect(blockText(reply)).toContain("/unione stato");
    expect(blockText(reply)).not.toContain("Comandi di amministrazione");
  });

  it("the help shows admin commands to an admin", async () => {
    await harness.command("aiuto", { key: "help-admin", user: ADMIN });
    expect(blockText(await replyOn(harness, "help-admin"))).toContain("Comandi di amministrazione");
  });

  it.each([
    ["chiedi chi conferisce le funzioni?", "chi conferisce le funzioni?"],
    ["ask chi conferisce le funzioni?", "chi conferisce le funzioni?"],
    ["la polizia locale va conferita da tutti?", "la polizia locale va conferita da tutti?"],
  ])("'%s' is a question, answered with numbered sources and buttons", async (text, question) => {
    await harness.command(text, { key: "ask" });
    const reply = await replyOn(harness, "ask");
    expect(router.calls).toContain(`ask:${question}:public`);
    const blocks = blockText(reply);
    expect(blocks).toContain("*1.* L.R. 21/2012, art. 24 c.2, p. 3");
    expect(blocks).toContain("feedback_up");
    expect(blocks).toContain("share_reply");
    expect(blocks).not.toContain("Scheda terre-d"); // public scope: no Unione records
    expect(String(reply.text)).toContain("Risposta");
  });

  it.each(["stato terre del delta", "status terre del delta"])(
    "'%s' as admin renders the status report",
    async (text) => {
      await harness.command(text, { key: "status", user: ADMIN });
      const reply = await replyOn(harness, "status");
      expect(router.calls).toContain("status:terre-del-delta");
      expect(blockText(reply)).toContain("Stato di Unione Terre del Delta");
      expect(blockText(reply)).toContain("30/06/2024");
    },
  );

  it("'stato' in an unbound channel by a non-admin explains how to bind", async () => {
    await harness.command("stato", { key: "status-unbound" });
    expect(blockText(await replyOn(harness, "status-unbound"))).toContain("non è collegato");
  });

  it.each(["fonti", "sources"])("'%s' lists the sources of the channel's scope", async (text) => {
    await harness.command(text, { key: "sources" });
    const reply = await replyOn(harness, "sources");
    expect(router.calls).toContain("sources:public");
    expect(blockText(reply)).toContain("Fonti consultabili");
  });

  it.each([
    "bozza convenzione protezione civile terre del delta",
    "draft convenzione protezione civile terre del delta",
  ])("'%s' by an admin in their DM with the bot previews the draft and uploads the .docx there", async (text) => {
    // The fake Web API's conversations.open names the bot's DM with a user `D<user>`.
    await harness.command(text, { key: "draft", user: ADMIN, channel: `D${ADMIN}` });
    const reply = await replyOn(harness, "draft");
    expect(blockText(reply)).toContain("Bozza: Bozza");
    const complete = await harness.api.waitFor(
      () => harness.api.callsTo("files.completeUploadExternal")[0],
      "upload completed",
    );
    expect(complete.body.channel_id).toBe(`D${ADMIN}`);
    expect(harness.api.callsTo("files.getUploadURLExternal")[0]?.body.filename).toBe(
      "bozza-convenzione-protezione-civile-terre-del-delta.docx",
    );
    expect(harness.api.uploads[0]?.bytes.toString()).toContain("docx");
  });

  it("a draft asked by an admin in an unbound channel goes to the admin's DM, not the channel", async () => {
    await harness.command("bozza convenzione protezione civile terre del delta", {
      key: "draft-dm",
      user: ADMIN,
      channel: "CPUBBLICO",
    });
    expect(blockText(await replyOn(harness, "draft-dm"))).toContain("messaggio diretto");
    const complete = await harness.api.waitFor(
      () => harness.api.callsTo("files.completeUploadExternal")[0],
      "upload completed",
    );
    expect(complete.body.channel_id).toBe(`D${ADMIN}`);
  });

  it("an unknown subcommand suggests the closest ones", async () => {
    await harness.command("stauts", { key: "unknown" });
    const reply = await replyOn(harness, "unknown");
    expect(blockText(reply)).toContain("Forse intendevi");
    expect(blockText(reply)).toContain("status");
  });
});

describe("admin commands and binding", () => {
  it.each(["collega terre del delta", "bind terre del delta", "scollega", "unbind", "aggiorna-indice", "reindex"])(
    "'%s' from a non-admin gets a polite refusal and changes nothing",
    async (text) => {
      await harness.command(text, { key: "refused", channel: "CDELTA" });
      const reply = await replyOn(harness, "refused");
      expect(blockText(reply)).toContain("riservato agli amministratori");
      expect(harness.bindings.boundUnione("CDELTA")).toBeNull();
      expect(router.calls.filter((call) => call.startsWith("ingest"))).toHaveLength(0);
    },
  );

  it("an admin binds a channel; then questions there see that Unione's records only", async () => {
    await harness.command("collega terre del delta", { key: "bind", user: ADMIN, channel: "CDELTA" });
    expect(blockText(await replyOn(harness, "bind"))).toContain("Terre del Delta");
    expect(harness.bindings.get("CDELTA")).toMatchObject({ unione: "terre-del-delta", boundBy: ADMIN });
    await harness.command("chi approva il bilancio dell'unione?", { key: "bound-ask", channel: "CDELTA" });
    const blocks = blockText(await replyOn(harness, "bound-ask"));
    expect(router.calls).toContain("ask:chi approva il bilancio dell'unione?:terre-del-delta");
    expect(blocks).toContain("Scheda terre-del-delta");
    expect(blocks).not.toContain("Scheda terre-d-acqua");
    // A question about the Unione's own data is answered from the bound Unione's record, not through the ask service.
    await harness.command("chi fa parte dell'unione?", { key: "bound-data", channel: "CDELTA" });
    const data = blockText(await replyOn(harness, "bound-data"));
    expect(router.calls).not.toContain("ask:chi fa parte dell'unione?:terre-del-delta");
    expect(data).toContain("Codigoro, Goro e Mesola");
    expect(data).not.toContain("Anzola");
  });

  it("an admin unbinds the channel with 'scollega'", async () => {
    harness.bindings.bind("CDELTA", "terre-del-delta", ADMIN);
    await harness.command("scollega", { key: "unbind", user: ADMIN, channel: "CDELTA" });
    expect(blockText(await replyOn(harness, "unbind"))).toContain("non è più collegato");
    expect(harness.bindings.boundUnione("CDELTA")).toBeNull();
  });

  it("'aggiorna-indice' by an admin re-ingests", async () => {
    await harness.command("aggiorna-indice", { key: "reindex", user: ADMIN });
    expect(blockText(await replyOn(harness, "reindex"))).toContain("Indice aggiornato");
    expect(router.calls).toContain("ingest");
  });
});

describe("rate limit, sharing and feedback", () => {
  it("the 4th question in a minute (limit 3) gets a friendly Italian message, other users are not affected", async () => {
    for (const index of [1, 2, 3, 4])
      await harness.command(`quesito numero ${index}?`, { key: `rate-${index}`, user: "URAPIDO" });
    const limited = await replyOn(harness, "rate-4");
    expect(blockText(limited)).toContain("al massimo 3 al minuto");
    expect(router.calls.filter((call) => call.startsWith("ask:quesito numero"))).toHaveLength(3);
    await harness.command("domanda di un altro?", { key: "rate-other", user: "UALTRO" });
    expect(blockText(await replyOn(harness, "rate-other"))).toContain("Fonti");
  });

  it("'Condividi nel canale' posts the same answer for everyone and removes the ephemeral copy", async () => {
    await harness.command("chi conferisce?", { key: "to-share" });
    const reply = await replyOn(harness, "to-share");
    const shareButton = findButton(reply, "share_reply");
    await harness.action(
      pressOf("share_reply", shareButton.value, "UUSER", harness.api.responseUrl("share-action"), true),
    );
    const posted = await harness.api.waitFor(
      () => harness.api.responsesTo("share-action").length >= 2 && harness.api.responsesTo("share-action"),
      "share replies",
    );
    expect(posted[0]?.body.response_type).toBe("in_channel");
    expect(blockText(posted[0]!.body)).toContain("art. 24 c.2");
    expect(blockText(posted[0]!.body)).toContain("Condiviso da <@UUSER>");
    expect(blockText(posted[0]!.body)).not.toContain("share_reply");
    expect(posted[1]?.body.delete_original).toBe(true);
  });

  it("a 👍 on an ephemeral answer is stored, acked, and the message redrawn with thanks", async () => {
    await harness.command("chi conferisce?", { key: "to-vote" });
    const reply = await replyOn(harness, "to-vote");
    const up = findButton(reply, "feedback_up");
    const result = await harness.action(
      pressOf("feedback_up", up.value, "UUSER", harness.api.responseUrl("vote"), true),
    );
    expect(result.status).toBe(200);
    const redrawn = await replyOn(harness, "vote");
    expect(redrawn.replace_original).toBe(true);
    expect(blockText(redrawn)).toContain("Grazie per il riscontro");
    expect(blockText(redrawn)).not.toContain("feedback_up");
    const stats = harness.feedback.stats();
    expect(stats).toMatchObject({ questions: 1, up: 1, down: 0 });
    expect(stats.perSource.map((source) => source.path)).toContain("law/lr-21-2012.md");
  });

  it("a share of an expired or unknown reply says so instead of failing", async () => {
    await harness.action(pressOf("share_reply", "sconosciuto", "UUSER", harness.api.responseUrl("expired"), true));
    expect(blockText(await replyOn(harness, "expired"))).toContain("non è più disponibile");
  });
});

describe("limits and load", () => {
  it("a very long answer is split into sections of at most 3000 characters and at most 50 blocks", async () => {
    router.answerWith = (question) => ({
      answer: "Paragrafo lungo di prova. ".repeat(9_000),
      mode: "extractive",
      found: true,
      sources: Array.from({ length: 25 }, (_, index) => ({
        id: `s${index}`,
        path: `law/${index}.md`,
        title: `Fonte ${index}`,
        kind: "law" as const,
        unione: null,
        article: `art. ${index}`,
        page: null,
        score: 1,
        text: question,
      })),
    });
    await harness.command("domanda lunga?", { key: "long" });
    const reply = await replyOn(harness, "long");
    const blocks = reply.blocks as { type: string; text?: { text: string } }[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3_000);
    expect(blockText(reply)).toContain("blocchi omessi");
    expect(blockText(reply)).toContain("altre 15 fonti");
    expect(String(reply.text).length).toBeLessThanOrEqual(3_000);
  });

  it("30 concurrent commands from different users are all acked before any work is done, and all answered", async () => {
    const release = router.hold();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        harness.command(`domanda ${index}?`, { key: `load-${index}`, user: `U${index}` }),
      ),
    );
    for (const result of results) expect(result.status).toBe(200);
    expect(harness.api.responses.filter((entry) => entry.key.startsWith("load-"))).toHaveLength(0);
    release();
    await harness.api.waitFor(
      () => harness.api.responses.filter((entry) => entry.key.startsWith("load-")).length === 30,
      "30 replies",
      10_000,
    );
    for (let index = 0; index < 30; index += 1)
      expect(blockText(harness.api.responsesTo(`load-${index}`)[0]!.body)).toContain("art. 24 c.2");
  });
});

function findButton(message: Record<string, unknown>, actionId: string): { value: string } {
  const blocks = message.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  const button = blocks.flatMap((block) => block.elements ?? []).find((element) => element.action_id === actionId);
  if (!button?.value) throw new Error(`button ${actionId} not found`);
  return { value: button.value };
}

function pressOf(
  actionId: string,
  value: string,
  user: string,
  responseUrl: string,
  ephemeral: boolean,
): Record<string, unknown> {
  return {
    type: "block_actions",
    team: { id: "T1", domain: "unioni" },
    user: { id: user, username: user.toLowerCase(), team_id: "T1" },
    api_app_id: "A1",
    token: "legacy-verification-token",
    container: { type: "message", channel_id: "CGENERALE", is_ephemeral: ephemeral, message_ts: "1.1" },
    trigger_id: "trigger-1",
    channel: { id: "CGENERALE", name: "generale" },
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        action_id: actionId,
        block_id: "feedback",
        value,
        action_ts: "1700000001.000001",
        text: { type: "plain_text", text: "x" },
      },
    ],
  };
}
