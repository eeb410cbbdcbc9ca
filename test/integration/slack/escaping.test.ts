/**
 * Slack markup from users, documents and the model never reaches Slack unescaped, in the blocks or in the
 * top-level `text` Slack uses for notifications. Tried, through the real Bolt app over loopback: `@bot stato
 * <!channel>`, an answer whose passage and source title carry `<!here>`, `<@U123>` and `<https://x|clic>`, and a
 * deadline reminder whose text carries `<!channel>`.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AskResult } from "../../../src/core/types.js";
import { type ScriptedRouter, scriptedRouter } from "./scripted-services.js";
import { replyOn, type SlackHarness, startSlackHarness } from "./slack-harness.js";

let harness: SlackHarness;
let router: ScriptedRouter;

beforeEach(async () => {
  router = scriptedRouter();
  harness = await startSlackHarness({ router: (stores) => router.build(stores) });
});

afterEach(async () => {
  await harness.close();
});

const markup = ["<!channel>", "<!here>", "<@U123>", "<https://x|clic>"];

function expectNoRawMarkup(payload: Record<string, unknown>): void {
  const serialized = JSON.stringify({ text: payload.text, blocks: payload.blocks });
  for (const raw of markup) expect(serialized).not.toContain(raw);
}

function hostileAnswer(question: string): AskResult {
  const passage = "Il Consiglio <!here> delibera <@U123> entro trenta giorni, vedi <https://x|clic> & allegati.";
  return {
    answer: `${passage} (domanda: ${question})`,
    mode: "llm",
    found: true,
    sources: [
      {
        id: "doc-1",
        path: "unioni/terre-del-delta/delibera.pdf",
        title: "Delibera <!here> n. 5",
        kind: "document",
        unione: null,
        article: null,
        page: 2,
        score: 0.9,
        text: passage,
      },
    ],
  };
}

describe("escaping of Slack markup", () => {
  it("an @mention `stato <!channel>` is answered without notifying the channel", async () => {
    await harness.event(
      {
        type: "app_mention",
        channel: "CGENERALE",
        user: "UUSER",
        text: "<@UBOT> stato <!channel>",
        ts: "1700003000.000100",
      },
      "EvEscape1",
    );
    const post = await harness.api.waitFor(() => harness.api.callsTo("chat.postMessage")[0], "reply in thread");
    expectNoRawMarkup(post.body);
    expect(String(post.body.text)).toContain("&lt;!channel&gt;");
  });

  it("a passage, a source title and model output carrying markup are escaped in text and blocks", async () => {
    router.answerWith = hostileAnswer;
    await harness.command("chi delibera <!channel>?", { key: "hostile" });
    const reply = await replyOn(harness, "hostile");
    expectNoRawMarkup(reply);
    expect(String(reply.text)).toContain("&lt;!here&gt;");
    expect(String(reply.text)).toContain("&amp; allegati");
  });

  it("a reminder's text is escaped before it is posted", async () => {
    await harness.slack.postMessage("CDELTA", "Promemoria per <!channel>: scadenza del 30/06/2024 <@U123>");
    const post = await harness.api.waitFor(() => harness.api.callsTo("chat.postMessage")[0], "reminder");
    expectNoRawMarkup(post.body);
    expect(String(post.body.text)).toContain("Promemoria per &lt;!channel&gt;");
  });
});
