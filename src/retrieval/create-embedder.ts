/** The configured embedder: OpenAI-compatible when EMBEDDING_MODEL is set with a provider, else offline hashing. */
import type { Config } from "../config/config.js";
import type { Embedder } from "./embedder.js";
import { createHashingEmbedder } from "./hashing-embedder.js";
import { createOpenAiEmbedder } from "./openai-embedder.js";

export function createEmbedder(config: Config): Embedder {
  const model = config.llm.embeddingModel;
  return config.llm.enabled && model ? createOpenAiEmbedder(config.llm, model) : createHashingEmbedder();
}
