import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LlmConfig } from "../../../src/config/config.js";
import { createOpenAiEmbedder } from "../../../src/llm/openai-embedder.js";
import { type FakeOpenAi, startFakeOpenAi } from "../../support/fake-openai-server.js";

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi({ embeddingDimensions: 24 });
});
afterAll(() => fake.close());

const llm = (url: string): LlmConfig => ({
  enabled: true,
  apiKey: null,
  baseUrl: url,
  model: "m",
  embeddingModel: "emb-finto",
  timeoutMs: 1_000,
  maxRetries: 0,
  maxConcurrency: 2,
});

describe("OpenAI-compatible embedder (fake server)", () => {
  it("asks for float vectors, keeps input order and learns the dimensions from the response", async () => {
    const embedder = createOpenAiEmbedder(llm(fake.url), "emb-finto");
    expect(embedder.id).toBe("openai:emb-finto");
    const vectors = await embedder.embedDocuments(["primo testo", "secondo testo", "terzo"]);
    expect(vectors).toHaveLength(3);
    expect(embedder.dimensions).toBe(24);
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/v1/embeddings");
    expect(request.body).toMatchObject({
      model: "emb-finto",
      encoding_format: "float",
      input: ["primo testo", "secondo testo", "terzo"],
    });
    expect(vectors[0]).not.toEqual(vectors[1]);
  });

  it("fails with LLM_FAILED when the server is unreachable", async () => {
    const embedder = createOpenAiEmbedder(llm("http://127.0.0.1:9/v1"), "emb-finto");
    await expect(embedder.embedQuery("x")).rejects.toMatchObject({ code: "LLM_FAILED" });
  });
});
