/**
 * Embeddings from OpenAI, an OpenAI-compatible server or Azure OpenAI when EMBEDDING_MODEL is set: LangChain's
 * OpenAIEmbeddings and AzureOpenAIEmbeddings. Always `encoding_format: "float"`: the default base64 gave silently
 * wrong vectors against a server that ignores the field. Newlines are kept so that vectors stay those of indexes
 * built before.
 */
import { AzureOpenAIEmbeddings, OpenAIEmbeddings } from "@langchain/openai";
import type { LlmConfig } from "../config/config.js";
import type { Embedder } from "./embedder.js";
import { embedderFromEmbeddings } from "./embeddings-embedder.js";

const batchSize = 64;

export function createOpenAiEmbedder(llm: LlmConfig, model: string): Embedder {
  const common = {
    batchSize,
    stripNewLines: false,
    encodingFormat: "float" as const,
    timeout: llm.timeoutMs,
    maxRetries: llm.maxRetries,
  };
  if (llm.provider === "azure") {
    const embeddings = new AzureOpenAIEmbeddings({
      ...common,
      azureOpenAIApiKey: llm.apiKey ?? "not-needed",
      // LangChain's Azure embeddings take no endpoint, only the deployments' base path under it.
      azureOpenAIBasePath: `${(llm.baseUrl ?? "").replace(/\/+$/, "")}/openai/deployments`,
      azureOpenAIApiDeploymentName: model,
      azureOpenAIApiVersion: llm.azureApiVersion,
    });
    return embedderFromEmbeddings(`azure:${model}`, embeddings);
  }
  const embeddings = new OpenAIEmbeddings({
    ...common,
    model,
    apiKey: llm.apiKey ?? "not-needed",
    configuration: { baseURL: llm.baseUrl ?? undefined },
  });
  return embedderFromEmbeddings(`openai:${model}`, embeddings);
}
