/**
 * Azure OpenAI and Mistral, chosen by LLM_PROVIDER, against the fake OpenAI-compatible server on 127.0.0.1 (both
 * speak the same JSON; only paths, headers and query differ). Bad input tried: a server that answers 500, one
 * that never answers (LLM_TIMEOUT_MS must end the call).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LlmConfig, loadConfig } from "../../../src/config/config.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createChatModel } from "../../../src/llm/create-chat-model.js";
import { createRemoteEmbedder } from "../../../src/llm/create-remote-embedder.js";
import { type FakeOpenAi, startFakeOpenAi } from "../../support/fake-openai-server.js";

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi({ embeddingDimensions: 12 });
});
afterAll(() => fake.close());

const origin = () => fake.url.replace(/\/v1$/, "");
const settings = (env: Record<string, string>): LlmConfig =>
  loadConfig({}, { LLM_TIMEOUT_MS: "400", LLM_MAX_RETRIES: "0", ...env }).llm;
const azure = () =>
  settings({
    LLM_PROVIDER: "azure",
    AZURE_OPENAI_API_KEY: "chiave-azure",
    AZURE_OPENAI_ENDPOINT: origin(),
    LLM_MODEL: "distribuzione-chat",
    EMBEDDING_MODEL: "distribuzione-embedding",
  });
const mistral = () =>
  settings({
    LLM_PROVIDER: "mistral",
    MISTRAL_API_KEY: "chiave-mistral",
    MISTRAL_BASE_URL: origin(),
    EMBEDDING_MODEL: "mistral-embed",
  });
const question = [
  { role: "system" as const, content: "Rispondi in italiano." },
  { role: "user" as const, content: "Che cos'è un'Unione di Comuni?" },
];

describe("Azure OpenAI (AzureChatOpenAI, AzureOpenAIEmbeddings)", () => {
  it("calls the deployment named by LLM_MODEL with the API version and the api-key header", async () => {
    fake.setChat(() => ({ content: "Un ente locale [1]." }));
    const model = await createChatModel(azure(), silentLogger());
    expect(await model.complete(question, { maxTokens: 50 })).toBe("Un ente locale [1].");
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/openai/deployments/distribuzione-chat/chat/completions");
    expect(request.query["api-version"]).toBe("2024-10-21");
    expect(request.headers["api-key"]).toBe("chiave-azure");
    expect(request.body).toMatchObject({ max_tokens: 50, temperature: 0.1 });
    expect(request.body.messages.map((message: { role: string }) => message.role)).toEqual(["system", "user"]);
  });

  it("embeds through the embedding deployment, asking for float vectors", async () => {
    const embedder = await createRemoteEmbedder(azure(), "distribuzione-embedding");
    expect(embedder.id).toBe("azure:distribuzione-embedding");
    const [vector] = await embedder.embedDocuments(["Unione dei Comuni"]);
    expect(vector).toHaveLength(12);
    expect(embedder.dimensions).toBe(12);
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/openai/deployments/distribuzione-embedding/embeddings");
    expect(request.body.encoding_format).toBe("float");
  });

  it("turns a 500 into LLM_FAILED", async () => {
    fake.setChat(() => ({ status: 500, error: "guasto" }));
    const model = await createChatModel(azure(), silentLogger());
    await expect(model.complete(question)).rejects.toMatchObject({ code: "LLM_FAILED" });
  });
});

describe("Mistral (ChatMistralAI, MistralAIEmbeddings)", () => {
  it("sends the model, the token limit and the bearer key to MISTRAL_BASE_URL", async () => {
    fake.setChat(() => ({ content: "Un ente locale [1]." }));
    const model = await createChatModel(mistral(), silentLogger());
    expect(model.name).toBe("mistral-small-latest");
    expect(await model.complete(question, { maxTokens: 80 })).toBe("Un ente locale [1].");
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.headers.authorization).toBe("Bearer chiave-mistral");
    expect(request.body).toMatchObject({ model: "mistral-small-latest", max_tokens: 80, temperature: 0.1 });
  });

  it("embeds with mistral-embed as float vectors", async () => {
    const embedder = await createRemoteEmbedder(mistral(), "mistral-embed");
    const vectors = await embedder.embedDocuments(["primo", "secondo"]);
    expect(vectors).toHaveLength(2);
    expect(fake.requests.at(-1)!.body).toMatchObject({ model: "mistral-embed", encoding_format: "float" });
  });

  it("gives up after LLM_TIMEOUT_MS on a server that never answers", async () => {
    fake.setChat((body) => (body.model === "mistral-muto" ? { hang: true } : { content: "?" }));
    const model = await createChatModel({ ...mistral(), model: "mistral-muto" }, silentLogger());
    await expect(model.complete(question)).rejects.toMatchObject({ code: "LLM_FAILED" });
    await fake.abandoned("mistral-muto");
  });
});
