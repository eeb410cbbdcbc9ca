import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LlmConfig } from "../../../src/config/config.js";
import { UnioneError } from "../../../src/core/errors.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createOpenAiChatModel } from "../../../src/llm/openai-chat-model.js";
import { type FakeOpenAi, startFakeOpenAi } from "../../support/fake-openai-server.js";

function llmConfig(url: string, overrides: Partial<LlmConfig> = {}): LlmConfig {
  return {
    enabled: true,
    apiKey: null,
    baseUrl: url,
    model: "modello-finto",
    embeddingModel: null,
    timeoutMs: 300,
    maxRetries: 0,
    maxConcurrency: 2,
    ...overrides,
  };
}

describe("createOpenAiChatModel against the fake server", () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake.close();
  });

  it("returns the assistant text and sends model, messages and a placeholder key", async () => {
    fake.setChat((body) => ({ content: `eco: ${body.messages.at(-1).content}` }));
    const model = createOpenAiChatModel(llmConfig(fake.url), silentLogger());
    const text = await model.complete([{ role: "user", content: "Che cos'è l'Unione?" }]);
    expect(text).toBe("eco: Che cos'è l'Unione?");
    const last = fake.requests.at(-1);
    expect(last?.path).toBe("/v1/chat/completions");
    expect(last?.body.model).toBe("modello-finto");
  });

  it("throws LLM_FAILED on HTTP 500", async () => {
    fake.setChat(() => ({ status: 500, error: "guasto" }));
    const model = createOpenAiChatModel(llmConfig(fake.url), silentLogger());
    await expect(model.complete([{ role: "user", content: "x" }])).rejects.toMatchObject({ code: "LLM_FAILED" });
  });

  it("throws LLM_FAILED on an empty completion", async () => {
    fake.setChat(() => ({ content: "   " }));
    const model = createOpenAiChatModel(llmConfig(fake.url), silentLogger());
    await expect(model.complete([{ role: "user", content: "x" }])).rejects.toBeInstanceOf(UnioneError);
  });

  it("times out after llm.timeoutMs instead of waiting for a slow server", async () => {
    fake.setChat(() => ({ hang: true }));
    const model = createOpenAiChatModel(llmConfig(fake.url, { timeoutMs: 200 }), silentLogger());
    await expect(model.complete([{ role: "user", content: "x" }])).rejects.toMatchObject({ code: "LLM_FAILED" });
    await fake.abandoned();
  });

  it("never runs more than maxConcurrency calls at once", async () => {
    let active = 0;
    let peak = 0;
    fake.setChat(() => {
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => active--, 50);
      return { delayMs: 50, content: "ok" };
    });
    const model = createOpenAiChatModel(llmConfig(fake.url, { maxConcurrency: 2, timeoutMs: 2_000 }), silentLogger());
    await Promise.all(Array.from({ length: 5 }, () => model.complete([{ role: "user", content: "x" }])));
    expect(peak).toBeLessThanOrEqual(2);
  });
});
