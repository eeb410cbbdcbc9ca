/**
 * Assembles and writes a new index generation: chunks of unchanged files come from the previous generation
 * (with their vectors when the embedder is the same), new chunks are embedded, and both indexes are rebuilt.
 */

import type { Logger } from "../core/logger.js";
import type { Chunk } from "../core/types.js";
import { buildBm25Index } from "../index-format/bm25-index.js";
import {
  type BuildStep,
  type FileEntry,
  type IndexManifest,
  type IndexStore,
  indexFormatVersion,
  readGenerationChunks,
  readGenerationVectors,
} from "../index-format/index-store.js";
import { buildVectorIndex } from "../index-format/vector-index.js";
import type { Embedder } from "../llm/embedder.js";
import { chunkerVersion } from "./chunker.js";
import { embeddingText } from "./embedding-text.js";
import { fileActStamp } from "./file-acts.js";

export interface BuildInput {
  store: IndexStore;
  embedder: Embedder;
  logger: Logger;
  previous: { generation: string; manifest: IndexManifest } | null;
  entries: FileEntry[];
  /** Chunks of the files read in this run, by path. */
  fresh: Map<string, Chunk[]>;
  /** Their vectors, when the parse workers computed them with this embedder (by path, in chunk order). */
  freshVectors?: Map<string, Float32Array[]>;
  clock: () => number;
  afterStep?: ((step: BuildStep) => void) | undefined;
}

export async function buildGeneration(input: BuildInput): Promise<IndexManifest> {
  const { chunks, vectors } = await assemble(input);
  const dimensions = vectors.find((vector) => vector.length > 0)?.length ?? input.embedder.dimensions;
  const started = input.clock();
  const keywords = buildBm25Index(chunks);
  const vectorIndex = buildVectorIndex(vectors, dimensions);
  input.logger.debug({ chunks: chunks.length, ms: input.clock() - started }, "indici costruiti");
  const manifest: IndexManifest = {
    formatVersion: indexFormatVersion,
    chunker: chunkerVersion,
    embedder: { id: input.embedder.id, dimensions },
    createdAt: new Date(input.clock()).toISOString(),
    chunkCount: chunks.length,
    files: Object.fromEntries(input.entries.map((entry) => [entry.path, entry])),
  };
  input.store.write(
    { manifest, chunks, vectors, keywords: keywords.toJSON(), saveVectorIndex: vectorIndex.save },
    input.afterStep,
  );
  return manifest;
}

async function assemble(input: BuildInput): Promise<{ chunks: Chunk[]; vectors: Float32Array[] }> {
  const reused = loadReusable(input);
  const chunks: Chunk[] = [];
  const vectors: (Float32Array | null)[] = [];
  for (const entry of input.entries) {
    const fromThisRun = input.fresh.get(entry.path);
    const fileChunks = fromThisRun ?? reused.chunksByPath.get(entry.path) ?? [];
    const computed = fromThisRun ? usableVectors(input, entry.path, fromThisRun.length) : null;
    const stamp = fileActStamp(entry);
    for (const [index, stored] of fileChunks.entries()) {
      const chunk = stamp(stored);
      chunks.push(chunk);
      // The title is embedded with the text: a passage whose annex link renamed it is embedded again.
      const sameTitle = chunk.title === stored.title;
      const kept = fromThisRun ? (computed?.[index] ?? null) : (reused.vectorById.get(chunk.id) ?? null);
      vectors.push(sameTitle ? kept : null);
    }
  }
  const missing = vectors.flatMap((vector, index) => (vector === null ? [index] : []));
  if (missing.length > 0) {
    const embedded = await input.embedder.embedDocuments(missing.map((index) => embeddingText(chunks[index]!)));
    for (const [order, index] of missing.entries()) vectors[index] = embedded[order]!;
  }
  return { chunks, vectors: vectors as Float32Array[] };
}

function usableVectors(input: BuildInput, path: string, count: number): Float32Array[] | null {
  const vectors = input.freshVectors?.get(path);
  const fits = vectors?.length === count && vectors.every((vector) => vector.length === input.embedder.dimensions);
  return fits ? vectors! : null;
}

function loadReusable(input: BuildInput): {
  chunksByPath: Map<string, Chunk[]>;
  vectorById: Map<string, Float32Array>;
} {
  const chunksByPath = new Map<string, Chunk[]>();
  const vectorById = new Map<string, Float32Array>();
  const needed = input.entries.some((entry) => !input.fresh.has(entry.path));
  if (!input.previous || !needed) return { chunksByPath, vectorById };
  const directory = input.store.generationDir(input.previous.generation);
  const chunks = readGenerationChunks(directory);
  const sameEmbedder = input.previous.manifest.embedder.id === input.embedder.id;
  const vectors = sameEmbedder ? readGenerationVectors(directory, input.previous.manifest.embedder.dimensions) : [];
  chunks.forEach((chunk, index) => {
    chunksByPath.set(chunk.path, [...(chunksByPath.get(chunk.path) ?? []), chunk]);
    const vector = vectors[index];
    if (vector) vectorById.set(chunk.id, vector);
  });
  if (!sameEmbedder)
    input.logger.info(
      { from: input.previous.manifest.embedder.id, to: input.embedder.id },
      "embedder cambiato: ricalcolo tutti i vettori",
    );
  return { chunksByPath, vectorById };
}
