/**
 * The index's embedder: texts to unit vectors for hnswlib. `id` is saved in the index manifest: a different id
 * rebuilds vectors. Every implementation is a LangChain `Embeddings` underneath (src/llm/embeddings-embedder.ts),
 * so any LangChain embeddings can build the index, and ours can serve any LangChain chain.
 */
export interface Embedder {
  readonly id: string;
  readonly dimensions: number;
  embedDocuments(texts: string[]): Promise<Float32Array[]>;
  embedQuery(text: string): Promise<Float32Array>;
}

/** Cosine distance is undefined for a zero vector and hnswlib breaks on one: normalise, and fall back to a fixed unit vector. */
export function normalise(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  if (norm === 0 || !Number.isFinite(norm)) {
    vector.fill(0);
    vector[0] = 1;
    return vector;
  }
  const scale = 1 / Math.sqrt(norm);
  for (let index = 0; index < vector.length; index++) vector[index] = (vector[index] ?? 0) * scale;
  return vector;
}
