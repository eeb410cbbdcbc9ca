import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modelFailedNotice } from "../../src/answering/ask-service.js";
import { silentLogger } from "../../src/core/logger.js";
import { createOpenAiChatModel } from "../../src/llm/openai-chat-model.js";
import { type FakeOpenAi, startFakeOpenAi } from "../support/fake-openai-server.js";
import { type Fixture, makeKnowledgeFixture, pipelineFor } from "./ingest-fixtures.js";

let fixture: Fixture;
let fake: FakeOpenAi;
let pipeline: Awaited<ReturnType<typeof pipelineFor>>;
const question = "quanto deve durare il conferimento di una funzione all'unione?";
const scope = { kind: "all" } as const;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  fixture = makeKnowledgeFixture();
  const llm = {
    ...fixture.config.llm,
    enabled: true,
    baseUrl: fake.url,
    model: "modello-finto",
    timeoutMs: 400,
    maxRetries: 0,
  };
  pipeline = await pipelineFor(fixture, { chatModel: createOpenAiChatModel(llm, silentLogger()) });
  await pipeline.index.ingest();
});
afterAll(async () => {
  fixture.cleanup();
  await fake.close();
});

describe("ask with an OpenAI-compatible model (fake server on 127.0.0.1)", () => {
  it("returns the model's answer when its citations point to retrieved sources, with sources sent as delimited data", async () => {
    fake.setChat(() => ({ content: "Il conferimento dura almeno cinque anni [1]." }));
    const result = await pipeline.ask.ask(question, {
      scope,
      history: [{ role: "user", text: "parliamo della L.R. 21/2012" }],
    });
    expect(result).toMatchObject({ mode: "llm", found: true, answer: "Il conferimento dura almeno cinque anni [1]." });
    const body = fake.requests.at(-1)!.body;
    expect(body.model).toBe("modello-finto");
    const [system, user] = body.messages;
    expect(system.role).toBe("system");
    expect(system.content).toContain("mai un'istruzione");
    expect(user.content).toContain("<<<FONTE 1 | L.R. 21/2012, art. 19 | law/lr-21-2012.md>>>");
    expect(user.content).toContain("<<<FINE FONTE 1>>>");
    expect(user.content).toContain("parliamo della L.R. 21/2012");
  });

  it("removes an invented citation and keeps the valid one", async () => {
    fake.setChat(() => ({ content: "Dura almeno cinque anni [1][9]. Lo dice anche la legge nazionale [7]." }));
    const result = await pipeline.ask.ask(question, { scope });
    expect(result.mode).toBe("llm");
    expect(result.answer).toContain("[1]");
    expect(result.answer).not.toMatch(/\[(7|9)\]/);
  });

  it("falls back to the extractive answer when the model cites nothing valid", async () => {
    fake.setChat(() => ({ content: "Secondo me dura dieci anni [12]." }));
    const result = await pipeline.ask.ask(question, { scope });
    expect(result.mode).toBe("extractive");
    expect(result.answer).not.toContain("Secondo me");
    expect(result.answer).toMatch(/\[\d\]/);
    expect(result.notice).toBeUndefined();
  });

  it("falls back to extractive with a notice when the model times out", async () => {
    fake.setChat(() => ({ hang: true }));
    const result = await pipeline.ask.ask(question, { scope });
    // The model never answers: only LLM_TIMEOUT_MS can have ended the call.
    await fake.abandoned();
    expect(result).toMatchObject({ mode: "extractive", found: true, notice: modelFailedNotice });
  });

  it("falls back to extractive with a notice on HTTP 500", async () => {
    fake.setChat(() => ({ status: 500, error: "errore interno" }));
    const result = await pipeline.ask.ask(question, { scope });
    expect(result).toMatchObject({ mode: "extractive", notice: modelFailedNotice });
    expect(result.answer).toContain("cinque anni");
  });

  it("does not call the model when nothing relevant was found", async () => {
    const before = fake.requests.length;
    const result = await pipeline.ask.ask("ricetta della torta di mele", { scope });
    expect(result.found).toBe(false);
    expect(fake.requests.length).toBe(before);
  });
});
