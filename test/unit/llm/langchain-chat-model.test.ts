/**
 * The ChatModel port over LangChain chat models, driven by LangChain's own fakes. Bad input tried: an empty
 * reply, a model that throws, more simultaneous calls than the concurrency limit allows.
 */
import type { BaseMessage } from "@langchain/core/messages";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { FakeChatModel, FakeListChatModel } from "@langchain/core/utils/testing";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/logger.js";
import { chatModelFromLangChain, type ModelSettings } from "../../../src/llm/langchain-chat-model.js";

const options = { name: "finto", logger: silentLogger() };

/** Holds every call until the test releases it, and tells when a given number of calls have started. */
class GatedChatModel extends FakeListChatModel {
  static started = 0;
  static waiters: Array<{ count: number; resolve: () => void }> = [];
  static releases: Array<() => void> = [];

  constructor() {
    super({ responses: [] });
  }

  static startedAtLeast(count: number): Promise<void> {
    if (GatedChatModel.started >= count) return Promise.resolve();
    return new Promise((resolve) => GatedChatModel.waiters.push({ count, resolve }));
  }

  override async _generate(_messages: BaseMessage[]): Promise<ChatResult> {
    GatedChatModel.started++;
    for (const waiter of GatedChatModel.waiters.filter((entry) => entry.count <= GatedChatModel.started))
      waiter.resolve();
    await new Promise<void>((resolve) => GatedChatModel.releases.push(resolve));
    return { generations: [{ message: new HumanMessage("ok"), text: "ok" }] };
  }
}

/** A provider that answers 503, as LangChain's integrations report it (an Error with a status). */
class UnavailableChatModel extends FakeListChatModel {
  constructor() {
    super({ responses: [] });
  }

  override async _generate(): Promise<ChatResult> {
    throw Object.assign(new Error("servizio non disponibile"), { status: 503 });
  }
}

describe("chatModelFromLangChain", () => {
  it("returns the reply's trimmed text, for plain role/content pairs and LangChain messages alike", async () => {
    const echo = chatModelFromLangChain(new FakeChatModel({}), options);
    expect(await echo.complete([{ role: "system", content: "regole" }, new HumanMessage("  domanda  ")])).toBe(
      "regole\n  domanda",
    );
    const listed = chatModelFromLangChain(new FakeListChatModel({ responses: ["  Dura cinque anni [1].  "] }), options);
    expect(await listed.complete([new SystemMessage("s"), new HumanMessage("q")])).toBe("Dura cinque anni [1].");
  });

  it("treats an empty reply as a failure (LLM_FAILED), so that the caller falls back", async () => {
    const model = chatModelFromLangChain(new FakeListChatModel({ responses: ["   "] }), options);
    await expect(model.complete([{ role: "user", content: "x" }])).rejects.toMatchObject({
      code: "LLM_FAILED",
      message: "risposta vuota del modello",
    });
  });

  it("wraps a provider's error as LLM_FAILED with an Italian message and keeps the cause", async () => {
    const model = chatModelFromLangChain(new UnavailableChatModel(), options);
    const error = await model.complete([{ role: "user", content: "x" }]).catch((caught: Error) => caught);
    expect(error).toMatchObject({ code: "LLM_FAILED", message: "Error 503: servizio non disponibile" });
    expect((error as { userMessage?: string }).userMessage).toMatch(/modello linguistico non ha risposto/);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it("builds one model per temperature and token limit, and reuses it", async () => {
    const built: ModelSettings[] = [];
    const model = chatModelFromLangChain((settings) => {
      built.push(settings);
      return new FakeListChatModel({ responses: ["ok"] });
    }, options);
    await model.complete([{ role: "user", content: "a" }], { maxTokens: 700 });
    await model.complete([{ role: "user", content: "b" }], { maxTokens: 700 });
    await model.complete([{ role: "user", content: "c" }]);
    expect(built).toEqual([
      { temperature: 0.1, maxTokens: 700 },
      { temperature: 0.1, maxTokens: undefined },
    ]);
  });

  it("runs at most maxConcurrency calls at once across all settings", async () => {
    const model = chatModelFromLangChain(() => new GatedChatModel(), { ...options, maxConcurrency: 2 });
    const calls = [
      model.complete([{ role: "user", content: "1" }], { maxTokens: 700 }),
      model.complete([{ role: "user", content: "2" }]),
      model.complete([{ role: "user", content: "3" }], { temperature: 0.5 }),
    ];
    await GatedChatModel.startedAtLeast(2);
    // The third call waits for a free slot: only two reached the model.
    await Promise.resolve();
    expect(GatedChatModel.started).toBe(2);
    GatedChatModel.releases.shift()!();
    await GatedChatModel.startedAtLeast(3);
    for (const release of GatedChatModel.releases.splice(0)) release();
    expect(await Promise.all(calls)).toEqual(["ok", "ok", "ok"]);
  });
});
