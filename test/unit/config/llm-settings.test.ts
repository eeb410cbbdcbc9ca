/**
 * Model settings read once from the environment: provider, its key and endpoint, defaults. Bad input tried: an
 * unknown provider, Azure or Mistral chosen without their key or endpoint, an endpoint that is not a URL.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/config.js";

const llm = (env: Record<string, string>) => loadConfig({}, env).llm;

describe("LLM settings", () => {
  it("stay offline with no settings, and default to OpenAI", () => {
    expect(llm({})).toMatchObject({ enabled: false, provider: "openai", embeddingModel: null });
  });

  it("enable OpenAI-compatible servers by base URL alone (no key needed)", () => {
    expect(llm({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1", EMBEDDING_MODEL: "nomic" })).toMatchObject({
      enabled: true,
      provider: "openai",
      apiKey: null,
      baseUrl: "http://127.0.0.1:11434/v1",
      embeddingModel: "nomic",
    });
  });

  it("read Azure's key, endpoint, API version and deployment names", () => {
    const settings = llm({
      LLM_PROVIDER: "Azure",
      AZURE_OPENAI_API_KEY: "k",
      AZURE_OPENAI_ENDPOINT: "https://ente.openai.azure.com",
      AZURE_OPENAI_API_VERSION: "2025-01-01-preview",
      LLM_MODEL: "chat-ente",
      OPENAI_API_KEY: "ignorata",
    });
    expect(settings).toMatchObject({
      enabled: true,
      provider: "azure",
      apiKey: "k",
      baseUrl: "https://ente.openai.azure.com",
      azureApiVersion: "2025-01-01-preview",
      model: "chat-ente",
    });
  });

  it("read Mistral's key, with its own default model", () => {
    expect(llm({ LLM_PROVIDER: "mistral", MISTRAL_API_KEY: "m" })).toMatchObject({
      enabled: true,
      provider: "mistral",
      apiKey: "m",
      baseUrl: null,
      model: "mistral-small-latest",
    });
  });

  it("refuse an unknown provider, naming the allowed ones in Italian", () => {
    expect(() => llm({ LLM_PROVIDER: "anthropic" })).toThrow(/LLM_PROVIDER non valida.*openai, azure, mistral/);
  });

  it("refuse Azure or Mistral chosen without their settings, instead of silently answering offline", () => {
    expect(() => llm({ LLM_PROVIDER: "azure", AZURE_OPENAI_API_KEY: "k" })).toThrow(/AZURE_OPENAI_ENDPOINT/);
    expect(() => llm({ LLM_PROVIDER: "mistral" })).toThrow(/MISTRAL_API_KEY/);
    expect(() => llm({ LLM_PROVIDER: "azure", AZURE_OPENAI_API_KEY: "k", AZURE_OPENAI_ENDPOINT: "ente" })).toThrow(
      /non è un indirizzo URL/,
    );
  });
});
