/**
 * The configured embedder: OpenAI-compatible when EMBEDDING_MODEL is set with a provider, else offline hashing.
 * The OpenAI client is imported only when used: it costs most of a second at start-up.
 */
import type { Config } from "../config/config.js";
import { createHashingEmbedder } from "../index-format/hashing-embedder.js";
import type { Embedder } from "../llm/embedder.js";

export async function createEmbedder(config: Config): Promise<Embedder> {
  const model = config.llm.embeddingModel;
  if (!config.llm.enabled || !model) return createHashingEmbedder();
  const { createOpenAiEmbedder } = await import("../llm/openai-embedder.js");
  return createOpenAiEmbedder(config.llm, model);
}
