/**
 * Keeps the live index generation in memory and notices when an ingest (in this process or another one) has
 * swapped in a new one: each access compares the CURRENT pointer, a few bytes, with the loaded generation.
 */
import { join } from "node:path";
import { UnioneError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { loadBm25Index } from "../index-format/bm25-index.js";
import {
  generationFiles,
  type IndexStore,
  readGenerationChunks,
  readGenerationKeywords,
} from "../index-format/index-store.js";
import { loadVectorIndex } from "../index-format/vector-index.js";
import type { Embedder } from "../llm/embedder.js";
import { createHybridIndex, type HybridIndex, type HybridSearchOptions } from "./hybrid-index.js";

export interface IndexHolder {
  /** The live index, loading or reloading it when needed; null when none was built yet. */
  current(): HybridIndex | null;
}

export function createIndexHolder(store: IndexStore, options: HybridSearchOptions, logger: Logger): IndexHolder {
  let loaded: HybridIndex | null = null;
  return {
    current() {
      const generation = store.currentGeneration();
      if (generation === null) return null;
      if (loaded?.generation === generation) return loaded;
      try {
        loaded = loadGeneration(store, generation, options, logger);
      } catch (error) {
        // A generation removed while we read it (another ingest finished meanwhile): keep the one we have.
        logger.warn({ generation, err: error }, "lettura dell'indice non riuscita");
        if (!loaded) throw damagedIndexError(error);
      }
      return loaded;
    },
  };
}

/** No file path in the message: it may reach a Slack user. */
function damagedIndexError(cause: unknown): UnioneError {
  return new UnioneError(
    "INDEX_MISSING",
    "L'indice di ricerca è danneggiato e non si può leggere. Va ricostruito: esegui `unione ingest` " +
      "(in Slack un amministratore può usare `/unione aggiorna-indice`). I documenti della cartella knowledge non sono toccati.",
    { detail: String(cause), cause },
  );
}

export function loadGeneration(
  store: IndexStore,
  generation: string,
  options: HybridSearchOptions,
  logger: Logger,
): HybridIndex {
  const started = Date.now();
  const directory = store.generationDir(generation);
  const manifest = store.readManifest(generation);
  if (!manifest) throw new Error(`manifest mancante in ${directory}`);
  // Checked before hnswlib reads a byte: a damaged binary index must become a message, never a crash.
  const damaged = store.damagedFile(generation, manifest);
  if (damaged) throw new Error(`file dell'indice danneggiato: ${join(directory, damaged)}`);
  const chunks = readGenerationChunks(directory);
  const keywords = loadBm25Index(readGenerationKeywords(directory));
  const sameEmbedder = embedderMatches(manifest.embedder.id, options.embedder);
  if (!sameEmbedder) {
    logger.warn(
      { built: manifest.embedder.id, configured: options.embedder.id },
      "indice costruito con un altro embedder: solo ricerca per parole finché non si esegue ingest",
    );
  }
  const vectors =
    sameEmbedder && chunks.length > 0
      ? loadVectorIndex(join(directory, generationFiles.hnsw), manifest.embedder.dimensions)
      : null;
  logger.debug({ generation, chunks: chunks.length, ms: Date.now() - started }, "indice caricato");
  return createHybridIndex({ generation, chunks, keywords, vectors }, options);
}

export function embedderMatches(builtId: string, embedder: Embedder): boolean {
  return builtId === embedder.id;
}
