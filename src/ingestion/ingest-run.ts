/**
 * One ingest run. Every file is hashed first, here: unchanged files and files already known to be unreadable
 * are settled at once; the others are read concurrently (PDFs in the parse workers) and reported as they finish.
 * Entries keep the folder's order, so the same folder always gives the same index.
 */
import type { Logger } from "../core/logger.js";
import type { Chunk } from "../core/types.js";
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
import { hashKnowledgeFile } from "./file-hash.js";
import type { FileReader } from "./file-reader.js";
import type { IngestOptions, IngestSummary } from "./index-service.js";
import { progressLine } from "./ingest-messages.js";
import { createProgress } from "./ingest-progress.js";
import { type KnowledgeFile, scanKnowledgeFiles } from "./knowledge-files.js";
import { readSkippedFiles, rememberSkips, type SkippedFiles } from "./skipped-files.js";

export interface RunContext {
  knowledgeDir: string;
  maxFileBytes: number;
  store: IndexStore;
  embedder: Embedder;
  logger: Logger;
  clock: () => number;
  reader: FileReader;
  afterStep?: ((step: BuildStep) => void) | undefined;
}

type Settled = { path: string; entry: FileEntry; state: "added" | "changed" | "unchanged" } | null;

export async function runIngest(context: RunContext, options: IngestOptions): Promise<IngestSummary> {
  const { store, logger } = context;
  const started = context.clock();
  const notice = (line: string) => options.onProgress?.(line, null);
  const { generation, previous } = options.rebuild
    ? rebuildFromScratch(notice)
    : readLiveGeneration(store, notice, logger);
  const sameChunker = previous?.chunker === chunkerVersion && previous.formatVersion === indexFormatVersion;
  const { files, refused } = scanKnowledgeFiles(context.knowledgeDir);
  const previousSkips = sameChunker ? readSkippedFiles(store.root) : {};
  const skips: SkippedFiles = {};
  const summary = emptySummary();
  const progress = createProgress(files.length + refused.length, options.onProgress);
  const settled: Settled[] = [];
  const fresh = new Map<string, Chunk[]>();
  const freshVectors = new Map<string, Float32Array[]>();

  const skip = (path: string, reason: string, hash: string | null) => {
    summary.skipped.push({ path, reason });
    if (hash) skips[path] = { hash, reason };
    progress.file((counter) => progressLine(counter, path, { skipped: reason }), true);
  };
  const accept = (index: number, file: KnowledgeFile, entry: FileEntry, chunks: Chunk[] | null) => {
    const state = chunks === null ? "unchanged" : previous?.files[file.path] ? "changed" : "added";
    summary[state]++;
    if (chunks) fresh.set(file.path, chunks);
    settled[index] = { path: file.path, entry, state };
    progress.file((counter) => progressLine(counter, file.path, { state, entry }));
  };

  const readOne = async (index: number, file: KnowledgeFile) => {
    const { outcome, vectors } = await context.reader.read(file);
    progress.bytes(file.size);
    if (outcome.status === "read") {
      accept(index, file, outcome.entry, outcome.chunks);
      if (vectors) freshVectors.set(file.path, vectors);
    } else if (outcome.status === "skipped") skip(file.path, outcome.reason, outcome.hash ?? hashOf(file, context));
  };

  for (const problem of refused) skip(problem.path, problem.reason, null);
  const toRead: Array<{ index: number; file: KnowledgeFile }> = [];
  for (const [index, file] of files.entries()) {
    const before = sameChunker ? (previous?.files[file.path] ?? null) : null;
    const remembered = previousSkips[file.path] ?? null;
    // Hashed here only when there is something to compare with; a new file is hashed where it is read.
    const looked = before || remembered ? hashKnowledgeFile(file, context.maxFileBytes) : null;
    if (looked && "reason" in looked) skip(file.path, looked.reason, null);
    else if (looked && before && looked.hash === before.hash) accept(index, file, before, null);
    else if (looked && remembered && looked.hash === remembered.hash) skip(file.path, remembered.reason, looked.hash);
    else {
      progress.addBytesToRead(file.size);
      toRead.push({ index, file });
    }
  }
  context.reader.plan(toRead.map(({ file }) => file));
  await Promise.all(toRead.map(({ index, file }) => readOne(index, file)));

  // The workers' memory is given back before the build, which needs the most of this thread's.
  await context.reader.close();
  const entries = settled.flatMap((item) => (item ? [item.entry] : []));
  const kept = new Set(entries.map((entry) => entry.path));
  for (const path of Object.keys(previous?.files ?? {}).filter((path) => !kept.has(path))) {
    summary.removed++;
    notice(progressLine("[-]", path, { removed: true }));
  }
  rememberSkips(store.root, previousSkips, skips, logger);
  const embedderChanged = previous !== null && previous.embedder.id !== context.embedder.id;
  if (previous === null || !sameChunker || embedderChanged || summary.added + summary.changed + summary.removed > 0) {
    const manifest = await buildGeneration({
      store,
      embedder: context.embedder,
      logger,
      previous: generation && previous ? { generation, manifest: previous } : null,
      entries,
      fresh,
      freshVectors,
      clock: context.clock,
      afterStep: context.afterStep,
    });
    logger.info({ chunks: manifest.chunkCount, embedder: manifest.embedder.id }, "nuovo indice attivo");
  }
  summary.skipped.sort((left, right) => left.path.localeCompare(right.path));
  summary.files = entries.length;
  summary.pages = entries.reduce((total, entry) => total + (entry.pages ?? 1), 0);
  summary.chunks = entries.reduce((total, entry) => total + entry.chunks, 0);
  summary.seconds = Math.round((context.clock() - started) / 10) / 100;
  return summary;
}

/** A worker that died has no hash to give: the main thread's own look is remembered instead. */
function hashOf(file: KnowledgeFile, context: RunContext): string | null {
  const looked = hashKnowledgeFile(file, context.maxFileBytes);
  return "hash" in looked ? looked.hash : null;
}

function emptySummary(): IngestSummary {
  return { files: 0, added: 0, changed: 0, unchanged: 0, removed: 0, skipped: [], pages: 0, chunks: 0, seconds: 0 };
}

function rebuildFromScratch(notice: (line: string) => void): { generation: null; previous: null } {
  notice(
    "Ricostruzione completa dell'indice: rileggo tutti i documenti (il testo già letto con l'OCR è riutilizzato).",
  );
  return { generation: null, previous: null };
}

/** The live generation to build on; a damaged one is ignored, so this run rebuilds the index from the files. */
function readLiveGeneration(
  store: IndexStore,
  notice: (line: string) => void,
  logger: Logger,
): { generation: string | null; previous: IndexManifest | null } {
  const generation = store.currentGeneration();
  const previous = generation ? store.readManifest(generation) : null;
  if (!generation) return { generation, previous };
  const damaged = previous ? store.damagedFile(generation, previous) : "manifest.json";
  if (!damaged) return { generation, previous };
  logger.warn({ generation, file: damaged }, "indice danneggiato: lo ricostruisco da capo");
  notice(
    `L'indice esistente è danneggiato (${damaged} mancante, troncato o alterato): lo ricostruisco da capo dai documenti.`,
  );
  return { generation: null, previous: null };
}
