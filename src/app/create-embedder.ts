/**
 * The configured embedder: the provider's remote embeddings when EMBEDDING_MODEL is set with a provider, else the
 * offline hashing embedder. The provider's client is imported only when used: it costs most of a second at start-up.
 */
import type { Config } from "../config/config.js";
import { createHashingEmbedder } from "../index-format/hashing-embedder.js";
import type { Embedder } from "../llm/embedder.js";

export async function createEmbedder(config: Config): Promise<Embedder> {
  const model = config.llm.embeddingModel;
  if (!config.llm.enabled || !model) return createHashingEmbedder();
  const { createRemoteEmbedder } = await import("../llm/create-remote-embedder.js");
  return createRemoteEmbedder(config.llm, model);
}
