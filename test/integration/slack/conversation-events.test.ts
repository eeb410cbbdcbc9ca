/**
 * Events through the real Bolt app: @mentions answered in a thread, follow-ups there without a mention (with
 * the thread as context), DMs, Slack retries answered once, the bot's own and other bots' messages ignored,
 * App Home.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StatusReport } from "../../../src/readiness/report-types.js";
import type { StatusService } from "../../../src/readiness/status-service.js";
import { type ScriptedRouter, scriptedRouter } from "./scripted-services.js";
import { ADMIN, blockText, type SlackHarness, startSlackHarness } from "./slack-harness.js";

let harness: SlackHarness;
let router: ScriptedRouter;

function report(id: string, name: string): StatusReport {
  return {
    unione: { id, name },
    ready: false,
    functions: [],
    counted: 2,
    required: 4,
    deliverables: [],
    gaps: [{ rule: "r1", source: "L.R. 21/2012 art. 24 c.2", message: `Lacuna di ${name}` }],
    deadline: "2024-09-01",
    as_of: "2024-06-30",
  };
}

const status: StatusService = {
  status: (id) => report(id, id),
  summary: (scope) =>
    [report("terre-del-delta", "Unione Terre del Delta"), report("terre-d-acqua", "Unione Terre d'Acqua")].filter(
      (item) => scope.kind === "all" || (scope.kind === "unione" && scope.unione === item.unione.id),
    ),
};

beforeEach(async () => {
  router = scriptedRouter();
  harness = await startSlackHarness({ router: (stores) => router.build(stores, { status }) });
});

afterEach(async () => {
  await harness.close();
});

function mention(text: string, ts: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "app_mention",
    user: "UUSER",
    text: `<@UBOT> ${text}`,
    ts,
    channel: "CGENERALE",
    event_ts: ts,
    ...extra,
  };
}

function channelMessage(text: string, ts: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "message",
    channel_type: "channel",
    user: "UUSER",
    text,
    ts,
    channel: "CGENERALE",
    event_ts: ts,
    ...extra,
  };
}

const barrierChannel = /^DBARRIER/;
const posts = () =>
  harness.api.callsTo("chat.postMessage").filter((call) => !barrierChannel.test(String(call.body.channel)));
let barriers = 0;

/**
 * Negative checks wait for a signal, not a sleep: a DM sent after the events under test is answered only once
 * the bot has gone through the events before it, so "nothing was posted" is then a fact, not a guess.
 */
async function settle(): Promise<void> {
  barriers += 1;
  const channel = `DBARRIER${barriers}`;
  const ts = `1800000000.${String(barriers).padStart(6, "0")}`;
  await harness.event(
    { type: "message", channel_type: "im", channel, user: "UBARRIER", text: "barriera?", ts, event_ts: ts },
    `EvBarrier${barriers}`,
  );
  await harness.api.waitFor(
    () => harness.api.callsTo("chat.postMessage").find((call) => call.body.channel === channel),
    "barrier answered",
  );
}

describe("mentions and threads", () => {
  it("an @mention is answered in a thread under the mention, with sources", async () => {
    const result = await harness.event(mention("chi conferisce la funzione?", "1700000100.000100"), "Ev1");
    expect(result.status).toBe(200);
    const post = await harness.api.waitFor(() => posts()[0], "answer posted");
    expect(post.body.channel).toBe("CGENERALE");
    expect(post.body.thread_ts).toBe("1700000100.000100");
    expect(blockText(post.body)).toContain("art. 24 c.2");
    expect(blockText(post.body)).toContain("feedback_up");
    expect(blockText(post.body)).not.toContain("share_reply");
    expect(router.calls).toContain("ask:chi conferisce la funzione?:public");
  });

  it("a later message in that thread is a follow-up, answered without a mention, with the thread as context", async () => {
    await harness.event(mention("chi conferisce la funzione?", "1700000200.000100"), "Ev2");
    await harness.api.waitFor(() => posts()[0], "first answer");
    harness.api.setThread("CGENERALE", "1700000200.000100", [
      { ts: "1700000200.000100", user: "UUSER", text: "<@UBOT> chi conferisce la funzione?" },
      { ts: "1700000200.000200", user: "UBOT", bot_id: "BBOT", text: "Risposta: tutti i Comuni." },
      { ts: "1700000200.000300", user: "UUSER", text: "e per la polizia locale?" },
    ]);
    await harness.event(
      channelMessage("e per la polizia locale?", "1700000200.000300", { thread_ts: "1700000200.000100" }),
      "Ev3",
    );
    const followUp = await harness.api.waitFor(() => posts()[1], "follow-up answer");
    expect(followUp.body.thread_ts).toBe("1700000200.000100");
    expect(router.calls).toContain("ask:e per la polizia locale?:public");
    expect(router.histories.at(-1)).toEqual([
      { role: "user", text: "chi conferisce la funzione?" },
      { role: "assistant", text: "Risposta: tutti i Comuni." },
    ]);
  });

  it("a message in a thread the bot never answered is left alone", async () => {
    await harness.event(
      channelMessage("discussione tra colleghi", "1700000300.000200", { thread_ts: "1700000300.000100" }),
      "Ev4",
    );
    await harness.event(channelMessage("messaggio qualsiasi nel canale", "1700000300.000300"), "Ev5");
    await settle();
    expect(posts()).toHaveLength(0);
  });

  it("a follow-up addressed to a colleague (<@U…>) is not answered", async () => {
    await harness.event(mention("domanda?", "1700000400.000100"), "Ev6");
    await harness.api.waitFor(() => posts()[0], "answer");
    await harness.event(
      channelMessage("<@UMARIO> guarda qui", "1700000400.000300", { thread_ts: "1700000400.000100" }),
      "Ev7",
    );
    await settle();
    expect(posts()).toHaveLength(1);
  });

  it("the same event delivered twice (Slack retry with X-Slack-Retry-Num) is answered once", async () => {
    const event = mention("una sola risposta?", "1700000500.000100");
    await harness.event(event, "EvRetry");
    await harness.event(event, "EvRetry", {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    await harness.api.waitFor(() => posts()[0], "answer");
    await settle();
    expect(posts()).toHaveLength(1);
    expect(router.calls.filter((call) => call.startsWith("ask:una sola risposta?"))).toHaveLength(1);
  });

  it("a mention inside a followed thread, delivered as app_mention and as message, is answered once", async () => {
    await harness.event(mention("prima?", "1700000600.000100"), "Ev8");
    await harness.api.waitFor(() => posts()[0], "answer");
    const ts = "1700000600.000300";
    await harness.event(mention("seconda?", ts, { thread_ts: "1700000600.000100" }), "Ev9");
    await harness.event(channelMessage("<@UBOT> seconda?", ts, { thread_ts: "1700000600.000100" }), "Ev10");
    await harness.api.waitFor(() => posts()[1], "second answer");
    await settle();
    expect(posts()).toHaveLength(2);
  });

  it("the bot's own messages and other bots' messages in a followed thread are ignored", async () => {
    await harness.event(mention("domanda?", "1700000700.000100"), "Ev11");
    await harness.api.waitFor(() => posts()[0], "answer");
    const thread = { thread_ts: "1700000700.000100" };
    await harness.event(
      channelMessage("Risposta: testo", "1700000700.000200", { ...thread, user: "UBOT", bot_id: "BBOT" }),
      "Ev12",
    );
    await harness.event(
      channelMessage("notifica", "1700000700.000300", { ...thread, subtype: "bot_message", bot_id: "BOTHER" }),
      "Ev13",
    );
    await harness.event(
      channelMessage("Risposta senza bot_id", "1700000700.000400", { ...thread, user: "UBOT" }),
      "Ev14",
    );
    await harness.event(
      channelMessage("testo modificato", "1700000700.000500", { ...thread, subtype: "message_changed" }),
      "Ev14b",
    );
    await settle();
    expect(posts()).toHaveLength(1);
    // A person's reply also sent to the channel is still a follow-up.
    await harness.event(
      channelMessage("e anche questo?", "1700000700.000600", { ...thread, subtype: "thread_broadcast" }),
      "Ev14c",
    );
    await harness.api.waitFor(() => posts()[1], "broadcast follow-up");
  });

  it("a 👍 on a thread answer updates the message for everyone with the count", async () => {
    await harness.event(mention("domanda da votare?", "1700000800.000100"), "Ev15");
    const post = await harness.api.waitFor(() => posts()[0], "answer");
    const blocks = post.body.blocks as { elements?: { action_id?: string; value?: string }[] }[];
    const value = blocks
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === "feedback_down")?.value;
    expect(value).toBeTruthy();
    await harness.action({
      type: "block_actions",
      team: { id: "T1" },
      user: { id: "UALTRO" },
      api_app_id: "A1",
      container: { type: "message", channel_id: "CGENERALE", is_ephemeral: false, message_ts: "1700000000.000009" },
      channel: { id: "CGENERALE" },
      message: { type: "message", ts: "1700000000.000009", text: String(post.body.text), blocks: post.body.blocks },
      response_url: harness.api.responseUrl("thread-vote"),
      actions: [{ type: "button", action_id: "feedback_down", block_id: "feedback", value, action_ts: "1.2" }],
    });
    const update = await harness.api.waitFor(() => harness.api.callsTo("chat.update")[0], "chat.update");
    expect(blockText(update.body)).toContain("👎 1");
    expect(blockText(update.body)).toContain("feedback_up");
    expect(harness.feedback.stats()).toMatchObject({ down: 1, up: 0 });
  });
});

describe("rate limit in channels", () => {
  it("over the limit, a mention gets an ephemeral notice for the asker only, not a public reply", async () => {
    await harness.close();
    router = scriptedRouter();
    harness = await startSlackHarness({
      router: (stores) => router.build(stores, { status }),
      env: { RATE_LIMIT_PER_MINUTE: "1" },
    });
    await harness.event(mention("prima domanda?", "1700003000.000100"), "EvRate1");
    await harness.api.waitFor(() => posts()[0], "first answer");
    await harness.event(mention("seconda domanda?", "1700003000.000200"), "EvRate2");
    const whisper = await harness.api.waitFor(() => harness.api.callsTo("chat.postEphemeral")[0], "ephemeral notice");
    expect(whisper.body).toMatchObject({ channel: "CGENERALE", user: "UUSER", thread_ts: "1700003000.000200" });
    expect(blockText(whisper.body)).toContain("al massimo 1 al minuto");
    await settle();
    expect(posts()).toHaveLength(1);
  });
});

describe("direct messages", () => {
  it("a DM is answered directly in the DM, not in a thread", async () => {
    await harness.event(
      {
        type: "message",
        channel_type: "im",
        channel: "DUSER",
        user: "UUSER",
        text: "cos'è il PRT?",
        ts: "1700000900.000100",
      },
      "Ev16",
    );
    const post = await harness.api.waitFor(() => posts()[0], "DM answer");
    expect(post.body.channel).toBe("DUSER");
    expect(post.body.thread_ts).toBeUndefined();
    expect(router.calls).toContain("ask:cos'è il PRT?:public");
  });

  it("an admin's DM sees every Unione; the same admin in a public thread of an unbound channel does not", async () => {
    await harness.event(
      { type: "message", channel_type: "im", channel: "DADMIN", user: ADMIN, text: "elenco?", ts: "1700001000.000100" },
      "Ev17",
    );
    await harness.api.waitFor(() => posts()[0], "DM answer");
    await harness.event(mention("elenco pubblico?", "1700001000.000200", { user: ADMIN }), "Ev18");
    await harness.api.waitFor(() => posts()[1], "thread answer");
    expect(router.calls).toContain("ask:elenco?:all");
    expect(router.calls).toContain("ask:elenco pubblico?:public");
  });

  it("'stato' typed in a DM by an admin returns the summary of all Unioni", async () => {
    await harness.event(
      { type: "message", channel_type: "im", channel: "DADMIN", user: ADMIN, text: "stato", ts: "1700001100.000100" },
      "Ev19",
    );
    const post = await harness.api.waitFor(() => posts()[0], "summary");
    expect(blockText(post.body)).toContain("Stato delle Unioni");
  });
});

describe("App Home", () => {
  it("a member sees only the Unioni bound to channels they belong to", async () => {
    harness.bindings.bind("CDELTA", "terre-del-delta", ADMIN);
    harness.bindings.bind("CACQUA", "terre-d-acqua", ADMIN);
    harness.api.setUserChannels("UUSER", ["CDELTA", "CGENERALE"]);
    await harness.event(
      { type: "app_home_opened", user: "UUSER", channel: "DUSER", tab: "home", event_ts: "1.1" },
      "EvHome1",
    );
    const publish = await harness.api.waitFor(() => harness.api.callsTo("views.publish")[0], "views.publish");
    expect(publish.body.user_id).toBe("UUSER");
    const view = JSON.stringify(publish.body.view);
    expect(view).toContain("Terre del Delta");
    expect(view).not.toContain("Terre d'Acqua");
    expect(view).toContain("01/09/2024");
  });

  it("an admin sees all Unioni, the ones of their channels first", async () => {
    harness.bindings.bind("CACQUA", "terre-d-acqua", ADMIN);
    harness.api.setUserChannels(ADMIN, ["CACQUA"]);
    await harness.event(
      { type: "app_home_opened", user: ADMIN, channel: "DADMIN", tab: "home", event_ts: "1.1" },
      "EvHome2",
    );
    const publish = await harness.api.waitFor(() => harness.api.callsTo("views.publish")[0], "views.publish");
    const view = JSON.stringify(publish.body.view);
    expect(view.indexOf("Terre d'Acqua")).toBeGreaterThan(-1);
    expect(view.indexOf("Terre d'Acqua")).toBeLessThan(view.indexOf("Terre del Delta"));
  });

  it("when the member's channels cannot be read, no Unione is shown", async () => {
    harness.bindings.bind("CDELTA", "terre-del-delta", ADMIN);
    harness.api.failMethod("users.conversations", "missing_scope");
    await harness.event(
      { type: "app_home_opened", user: "UUSER", channel: "DUSER", tab: "home", event_ts: "1.1" },
      "EvHome3",
    );
    const publish = await harness.api.waitFor(() => harness.api.callsTo("views.publish")[0], "views.publish");
    const view = JSON.stringify(publish.body.view);
    expect(view).not.toContain("Terre del Delta");
    expect(view).toContain("Non riesco a leggere i tuoi canali");
  });
});
