/**
 * `unione ingest`: incremental by content hash. Unchanged files are neither parsed nor embedded again; removed
 * files leave the index; when nothing changed nothing is written. Any change writes a complete new generation
 * (chunks and vectors of unchanged files are reused) and swaps it in atomically (index-store.ts).
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import { sourceActOf } from "../acts/index.js";
import { scopeAllows } from "../core/access.js";
import { UnioneError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { AccessScope, Chunk } from "../core/types.js";
import {
  type BuildStep,
  type FileEntry,
  type IndexManifest,
  type IndexStore,
  indexFormatVersion,
} from "../index-format/index-store.js";
import type { Embedder } from "../llm/embedder.js";
import { buildGeneration } from "./build-generation.js";
import { chunkerVersion } from "./chunker.js";
import { fileAct, linkFileActs } from "./file-acts.js";
import type { IndexService, IngestSummary, SourceSummary } from "./index-service.js";
import { progressLine } from "./ingest-messages.js";
import { listKnowledgeFiles } from "./knowledge-files.js";
import { type DocumentLoader, loadDocument } from "./load-document.js";
import { readKnowledgeFile } from "./read-knowledge-file.js";
import { readSkippedFiles, type SkippedFiles, writeSkippedFiles } from "./skipped-files.js";

export interface IndexServiceOptions {
  knowledgeDir: string;
  maxFileBytes: number;
  store: IndexStore;
  embedder: Embedder;
  logger: Logger;
  loader?: DocumentLoader;
  clock?: () => number;
  /** Tests simulate a crash by throwing here. */
  afterStep?: (step: BuildStep) => void;
}

export function createIndexService(options: IndexServiceOptions): IndexService {
  const { store, embedder, logger } = options;
  const loader = options.loader ?? loadDocument;
  const clock = options.clock ?? Date.now;

  async function ingest(ingestOptions: { onProgress?: (line: string) => void } = {}): Promise<IngestSummary> {
    const started = clock();
    const report = ingestOptions.onProgress ?? (() => undefined);
    if (!existsSync(options.knowledgeDir) || !statSync(options.knowledgeDir).isDirectory()) {
      throw new UnioneError("INVALID_KNOWLEDGE", `Cartella della conoscenza non trovata: ${options.knowledgeDir}`);
    }
    const { generation, previous } = readLiveGeneration(store, report, logger);
    const sameChunker = previous?.chunker === chunkerVersion && previous.formatVersion === indexFormatVersion;
    const files = listKnowledgeFiles(options.knowledgeDir);
    const previousSkips = sameChunker ? readSkippedFiles(store.root) : {};
    const skips: SkippedFiles = {};
    const entries: FileEntry[] = [];
    const fresh = new Map<string, Chunk[]>();
    const summary: IngestSummary = {
      files: 0,
      added: 0,
      changed: 0,
      unchanged: 0,
      removed: 0,
      skipped: [],
      pages: 0,
      chunks: 0,
      seconds: 0,
    };

    for (const [index, file] of files.entries()) {
      const before = sameChunker ? (previous?.files[file.path] ?? null) : null;
      const outcome = await readKnowledgeFile(file, {
        maxFileBytes: options.maxFileBytes,
        previousHash: before?.hash ?? null,
        previousSkip: previousSkips[file.path] ?? null,
        loader,
      });
      const counter = `[${index + 1}/${files.length}]`;
      if (outcome.status === "skipped") {
        summary.skipped.push({ path: file.path, reason: outcome.reason });
        if (outcome.hash) skips[file.path] = { hash: outcome.hash, reason: outcome.reason };
        report(progressLine(counter, file.path, { skipped: outcome.reason }));
        continue;
      }
      const entry = outcome.status === "unchanged" ? before! : outcome.entry;
      const state = outcome.status === "unchanged" ? "unchanged" : previous?.files[file.path] ? "changed" : "added";
      summary[state]++;
      if (outcome.status === "read") fresh.set(file.path, outcome.chunks);
      entries.push(entry);
      report(progressLine(counter, file.path, { state, entry }));
    }
    // Over every file of the run, read now or unchanged: an annex follows its act wherever that changed.
    entries.splice(0, entries.length, ...linkFileActs(entries));
    const kept = new Set(entries.map((entry) => entry.path));
    for (const path of Object.keys(previous?.files ?? {}).filter((path) => !kept.has(path))) {
      summary.removed++;
      report(progressLine("[-]", path, { removed: true }));
    }

    rememberSkips(store.root, previousSkips, skips, logger);
    const embedderChanged = previous !== null && previous.embedder.id !== embedder.id;
    const needsBuild =
      previous === null || !sameChunker || embedderChanged || summary.added + summary.changed + summary.removed > 0;
    if (needsBuild) {
      const manifest = await buildGeneration({
        store,
        embedder,
        logger,
        previous: generation && previous ? { generation, manifest: previous } : null,
        entries,
        fresh,
        clock,
        afterStep: options.afterStep,
      });
      logger.info({ chunks: manifest.chunkCount, embedder: manifest.embedder.id }, "nuovo indice attivo");
    }
    summary.files = entries.length;
    summary.pages = entries.reduce((total, entry) => total + (entry.pages ?? 1), 0);
    summary.chunks = entries.reduce((total, entry) => total + entry.chunks, 0);
    summary.seconds = Math.round((clock() - started) / 10) / 100;
    return summary;
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

/** The live generation to build on; a damaged one is ignored, so this run rebuilds the index from the files. */
function readLiveGeneration(
  store: IndexStore,
  report: (line: string) => void,
  logger: Logger,
): { generation: string | null; previous: IndexManifest | null } {
  const generation = store.currentGeneration();
  const previous = generation ? store.readManifest(generation) : null;
  if (!generation || !previous || store.intact(generation, previous)) return { generation, previous };
  logger.warn({ generation }, "indice danneggiato: lo ricostruisco da capo");
  report("L'indice esistente è danneggiato (file mancanti o troncati): lo ricostruisco da capo dai documenti.");
  return { generation: null, previous: null };
}

/** Writes the list of skipped files only when it changed; failing to write it costs speed, never data. */
function rememberSkips(indexRoot: string, previous: SkippedFiles, current: SkippedFiles, logger: Logger): void {
  if (JSON.stringify(previous) === JSON.stringify(current)) return;
  try {
    mkdirSync(indexRoot, { recursive: true });
    writeSkippedFiles(indexRoot, current);
  } catch (error) {
    logger.warn({ err: error }, "elenco dei file scartati non salvato");
  }
}
