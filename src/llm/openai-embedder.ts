/**
 * Embeddings from an OpenAI-compatible server when EMBEDDING_MODEL is set. Always `encoding_format: "float"`:
 * the default base64 gave silently wrong vectors against a server that ignores the field.
 */
import type { LlmConfig } from "../config/config.js";
import { UnioneError } from "../core/errors.js";
import type { Embedder } from "./embedder.js";
import { normalise } from "./embedder.js";
import { createOpenAiClient } from "./openai-chat-model.js";

const batchSize = 64;

/** Dimensions are learned from the first response, so building the embedder needs no network. */
export function createOpenAiEmbedder(llm: LlmConfig, model: string): Embedder {
  const client = createOpenAiClient(llm);
  let dimensions = 0;

  async function embedBatch(texts: string[]): Promise<Float32Array[]> {
    try {
      const response = await client.embeddings.create({ model, input: texts, encoding_format: "float" });
      const ordered = [...response.data].sort((left, right) => left.index - right.index);
      const vectors = ordered.map((item) => normalise(Float32Array.from(item.embedding as number[])));
      if (vectors.length !== texts.length || vectors.some((vector) => vector.length === 0))
        throw new Error("risposta incompleta");
      dimensions = vectors[0]?.length ?? dimensions;
      return vectors;
    } catch (error) {
      throw new UnioneError(
        "LLM_FAILED",
        "Il servizio di embedding non ha risposto: impossibile calcolare i vettori.",
        {
          detail: String(error),
          cause: error,
        },
      );
    }
  }

  return {
    id: `openai:${model}`,
    get dimensions() {
      return dimensions;
    },
    async embedDocuments(texts) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize)
        vectors.push(...(await embedBatch(texts.slice(start, start + batchSize))));
      return vectors;
    },
    async embedQuery(text) {
      const [vector] = await embedBatch([text]);
      return vector!;
    },
  };
}
