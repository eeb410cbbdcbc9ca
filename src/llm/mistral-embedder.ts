/** Embeddings from Mistral's API (LLM_PROVIDER=mistral, EMBEDDING_MODEL e.g. mistral-embed): LangChain's MistralAIEmbeddings. */
import { MistralAIEmbeddings } from "@langchain/mistralai";
import type { LlmConfig } from "../config/config.js";
import type { Embedder } from "./embedder.js";
import { embedderFromEmbeddings } from "./embeddings-embedder.js";
import { mistralHttpClient } from "./mistral-http-client.js";

export function createMistralEmbedder(llm: LlmConfig, model: string): Embedder {
  const embeddings = new MistralAIEmbeddings({
    model,
    apiKey: llm.apiKey ?? "",
    ...(llm.baseUrl ? { serverURL: llm.baseUrl } : {}),
    batchSize: 64,
    encodingFormat: "float",
    maxRetries: llm.maxRetries,
    httpClient: mistralHttpClient(llm.timeoutMs),
  });
  return embedderFromEmbeddings(`mistral:${model}`, embeddings);
}
