/**
 * `unione ingest`: incremental by content hash. Unchanged files are neither parsed nor embedded again; removed
 * files leave the index; when nothing changed nothing is written. Any change writes a complete new generation
 * (chunks and vectors of unchanged files are reused) and swaps it in atomically (index-store.ts). One ingest at
 * a time per data folder (ingest-lock.ts); files are read in parallel, PDFs in worker threads (ingest-run.ts).
 */
import { existsSync, statSync } from "node:fs";
import { sourceActOf } from "../acts/index.js";
import { scopeAllows } from "../core/access.js";
import { UnioneError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { AccessScope } from "../core/types.js";
import { createHashingEmbedder } from "../index-format/hashing-embedder.js";
import type { BuildStep, IndexManifest, IndexStore } from "../index-format/index-store.js";
import type { Embedder } from "../llm/embedder.js";
import { fileAct } from "./file-acts.js";
import { createFileReader, type ReadingOptions } from "./file-reader.js";
import type { IndexService, IngestOptions, SourceSummary } from "./index-service.js";
import { acquireIngestLock, type LockOptions } from "./ingest-lock.js";
import { runIngest } from "./ingest-run.js";
import { type DocumentLoader, defaultLoaderOptions } from "./load-document.js";

export interface IndexServiceOptions {
  knowledgeDir: string;
  maxFileBytes: number;
  store: IndexStore;
  embedder: Embedder;
  logger: Logger;
  /** Reads every file in this thread with this loader (tests count parses with one). */
  loader?: DocumentLoader;
  /** Workers, deadlines, limits per file and OCR; defaults: two workers, default limits, no OCR. */
  reading?: Partial<Omit<ReadingOptions, "maxFileBytes" | "workerEmbedding">>;
  lock?: LockOptions;
  clock?: () => number;
  /** Tests simulate a crash by throwing here. */
  afterStep?: (step: BuildStep) => void;
}

export const defaultReading: Omit<ReadingOptions, "maxFileBytes" | "workerEmbedding"> = {
  workers: 2,
  stallMs: 90_000,
  workerMemoryMb: 512,
  maxPassages: 20_000,
  loader: defaultLoaderOptions,
};

export function createIndexService(options: IndexServiceOptions): IndexService {
  const { store } = options;

  async function ingest(ingestOptions: IngestOptions = {}) {
    if (!existsSync(options.knowledgeDir) || !statSync(options.knowledgeDir).isDirectory()) {
      throw new UnioneError("INVALID_KNOWLEDGE", `Cartella della conoscenza non trovata: ${options.knowledgeDir}`);
    }
    const lock = await acquireIngestLock(store.root, options.lock);
    const reader = createFileReader(
      {
        ...defaultReading,
        ...options.reading,
        maxFileBytes: options.maxFileBytes,
        workerEmbedding: offlineEmbedding(options.embedder),
      },
      options.loader,
    );
    try {
      return await runIngest(
        {
          knowledgeDir: options.knowledgeDir,
          maxFileBytes: options.maxFileBytes,
          store,
          embedder: options.embedder,
          logger: options.logger,
          clock: options.clock ?? Date.now,
          reader,
          afterStep: options.afterStep,
        },
        ingestOptions,
      );
    } finally {
      await reader.close();
      lock.release();
    }
  }

  return {
    ingest,
    exists: () => store.currentGeneration() !== null,
    async sources(scope: AccessScope): Promise<SourceSummary[]> {
      const generation = store.currentGeneration();
      const manifest: IndexManifest | null = generation ? store.readManifest(generation) : null;
      return Object.values(manifest?.files ?? {})
        .filter((entry) => scopeAllows(scope, entry.unione))
        .map((entry) => {
          const act = fileAct(entry);
          const summary = {
            path: entry.path,
            title: entry.title,
            kind: entry.kind,
            unione: entry.unione,
            chunks: entry.chunks,
            pages: entry.pages,
          };
          return act ? { ...summary, act: sourceActOf(act) } : summary;
        });
    },
  };
}

/** The offline embedder's vectors depend on the text alone: the parse workers compute them, on every core. */
function offlineEmbedding(embedder: Embedder): { dimensions: number } | null {
  return embedder.id === createHashingEmbedder(embedder.dimensions).id ? { dimensions: embedder.dimensions } : null;
}
