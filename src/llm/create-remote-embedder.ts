/** The configured provider's embedder (EMBEDDING_MODEL); its LangChain package is imported only when chosen. */
import type { LlmConfig } from "../config/config.js";
import type { Embedder } from "./embedder.js";

export async function createRemoteEmbedder(llm: LlmConfig, model: string): Promise<Embedder> {
  if (llm.provider === "mistral") {
    const { createMistralEmbedder } = await import("./mistral-embedder.js");
    return createMistralEmbedder(llm, model);
  }
  const { createOpenAiEmbedder } = await import("./openai-embedder.js");
  return createOpenAiEmbedder(llm, model);
}
