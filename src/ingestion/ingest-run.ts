/**
 * One ingest run. Files with something to compare with (an entry in the index, a remembered skip) are hashed
 * first, here, and settled at once when unchanged; the others are read concurrently (PDFs in the parse workers)
 * and reported as they finish. Entries keep the folder's order, so the same folder always gives the same index.
 */
import type { Logger } from "../core/logger.js";
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
import { linkFileActs } from "./file-acts.js";
import { hashKnowledgeFile } from "./file-hash.js";
import type { FileReader } from "./file-reader.js";
import type { IngestOptions, IngestSummary } from "./index-service.js";
import { progressLine } from "./ingest-messages.js";
import { createProgress } from "./ingest-progress.js";
import { createTally, type IngestTally } from "./ingest-tally.js";
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

interface Baseline {
  generation: string | null;
  previous: IndexManifest | null;
  /** The previous index was built the same way: its entries and remembered skips can be trusted. */
  comparable: boolean;
  previousSkips: SkippedFiles;
}

export async function runIngest(context: RunContext, options: IngestOptions): Promise<IngestSummary> {
  const started = context.clock();
  const notice = (line: string) => options.onProgress?.(line, null);
  const baseline = readBaseline(context, options.rebuild === true, notice);
  const { files, refused } = scanKnowledgeFiles(context.knowledgeDir);
  const progress = createProgress(files.length + refused.length, options.onProgress);
  const tally = createTally(baseline.previous, progress);
  for (const problem of refused) tally.skip(problem.path, problem.reason, null);
  const toRead = settleKnownFiles(files, baseline, tally, context.maxFileBytes);
  for (const { file } of toRead) progress.addBytesToRead(file.size);
  context.reader.plan(toRead.map(({ file }) => file));
  const hashOf = (file: KnowledgeFile) => () => {
    const looked = hashKnowledgeFile(file, context.maxFileBytes);
    return "hash" in looked ? looked.hash : null;
  };
  await Promise.all(
    toRead.map(async ({ index, file }) => tally.take(index, file, await context.reader.read(file), hashOf(file))),
  );
  // The workers' memory is given back before the build, which needs the most of this thread's.
  await context.reader.close();
  // Over every file of the run, read now or unchanged: an annex follows its act wherever that changed.
  const entries = linkFileActs(tally.entries());
  const kept = new Set(entries.map((entry) => entry.path));
  for (const path of Object.keys(baseline.previous?.files ?? {}).filter((path) => !kept.has(path))) {
    tally.summary.removed++;
    notice(progressLine("[-]", path, { removed: true }));
  }
  rememberSkips(context.store.root, baseline.previousSkips, tally.skips, context.logger);
  await buildIfNeeded(context, baseline, tally, entries);
  const { summary } = tally;
  summary.skipped.sort((left, right) => left.path.localeCompare(right.path));
  summary.files = entries.length;
  summary.pages = entries.reduce((total, entry) => total + (entry.pages ?? 1), 0);
  summary.chunks = entries.reduce((total, entry) => total + entry.chunks, 0);
  summary.seconds = Math.round((context.clock() - started) / 10) / 100;
  return summary;
}

/** Settles unchanged files and remembered skips; returns the files to read. */
function settleKnownFiles(
  files: KnowledgeFile[],
  baseline: Baseline,
  tally: IngestTally,
  maxFileBytes: number,
): Array<{ index: number; file: KnowledgeFile }> {
  const toRead: Array<{ index: number; file: KnowledgeFile }> = [];
  for (const [index, file] of files.entries()) {
    const before = baseline.comparable ? (baseline.previous?.files[file.path] ?? null) : null;
    const remembered = baseline.previousSkips[file.path] ?? null;
    // Hashed here only when there is something to compare with; a new file is hashed where it is read.
    const looked = before || remembered ? hashKnowledgeFile(file, maxFileBytes) : null;
    if (looked && "reason" in looked) tally.skip(file.path, looked.reason, null);
    else if (looked && before && looked.hash === before.hash) tally.accept(index, file, before, null);
    else if (looked && remembered && looked.hash === remembered.hash)
      tally.skip(file.path, remembered.reason, looked.hash);
    else toRead.push({ index, file });
  }
  return toRead;
}

async function buildIfNeeded(
  context: RunContext,
  baseline: Baseline,
  tally: IngestTally,
  entries: FileEntry[],
): Promise<void> {
  const { previous, generation } = baseline;
  const { added, changed, removed } = tally.summary;
  const embedderChanged = previous !== null && previous.embedder.id !== context.embedder.id;
  if (previous !== null && baseline.comparable && !embedderChanged && added + changed + removed === 0) return;
  const manifest = await buildGeneration({
    store: context.store,
    embedder: context.embedder,
    logger: context.logger,
    previous: generation && previous ? { generation, manifest: previous } : null,
    entries,
    fresh: tally.fresh,
    freshVectors: tally.freshVectors,
    clock: context.clock,
    afterStep: context.afterStep,
  });
  context.logger.info({ chunks: manifest.chunkCount, embedder: manifest.embedder.id }, "nuovo indice attivo");
}

function readBaseline(context: RunContext, rebuild: boolean, notice: (line: string) => void): Baseline {
  if (rebuild) {
    notice(
      "Ricostruzione completa dell'indice: rileggo tutti i documenti (il testo già letto con l'OCR è riutilizzato).",
    );
    return { generation: null, previous: null, comparable: false, previousSkips: {} };
  }
  const { generation, previous } = readLiveGeneration(context.store, notice, context.logger);
  const comparable = previous?.chunker === chunkerVersion && previous.formatVersion === indexFormatVersion;
  return { generation, previous, comparable, previousSkips: comparable ? readSkippedFiles(context.store.root) : {} };
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
