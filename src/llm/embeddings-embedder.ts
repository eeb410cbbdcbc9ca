/**
 * The index's Embedder over any LangChain `Embeddings`: unit Float32 vectors for hnswlib, one length for all, and
 * a clear Italian error when a remote service fails. Dimensions are learned from the first vectors, so building
 * an embedder needs no network.
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { UnioneError } from "../core/errors.js";
import type { Embedder } from "./embedder.js";
import { normalise } from "./embedder.js";

const failureMessage = "Il servizio di embedding non ha risposto: impossibile calcolare i vettori.";

export function embedderFromEmbeddings(id: string, embeddings: EmbeddingsInterface, dimensions = 0): Embedder {
  let known = dimensions;

  function toVectors(raw: number[][], expected: number): Float32Array[] {
    if (raw.length !== expected) throw new Error(`risposta incompleta: ${raw.length} vettori per ${expected} testi`);
    const vectors = raw.map((values) => normalise(Float32Array.from(values)));
    const length = known || vectors[0]?.length || 0;
    if (vectors.some((vector) => vector.length === 0 || vector.length !== length))
      throw new Error(`vettori di lunghezza diversa da ${length}`);
    known = length;
    return vectors;
  }

  async function guarded<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      if (error instanceof UnioneError) throw error;
      throw new UnioneError("LLM_FAILED", failureMessage, { detail: String(error), cause: error });
    }
  }

  return {
    id,
    get dimensions() {
      return known;
    },
    embedDocuments: (texts) =>
      texts.length === 0
        ? Promise.resolve([])
        : guarded(async () => toVectors(await embeddings.embedDocuments(texts), texts.length)),
    embedQuery: (text) => guarded(async () => toVectors([await embeddings.embedQuery(text)], 1)[0]!),
  };
}
