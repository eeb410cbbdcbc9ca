/**
 * What one ingest run has settled so far: the summary's counts, the entries of the new index in the folder's
 * order, the passages and vectors read in this run, the skipped files to remember, and the progress lines.
 */
import type { Chunk } from "../core/types.js";
import type { FileEntry, IndexManifest } from "../index-format/index-store.js";
import type { IngestSummary } from "./index-service.js";
import { progressLine } from "./ingest-messages.js";
import type { ProgressCounter } from "./ingest-progress.js";
import type { KnowledgeFile } from "./knowledge-files.js";
import type { ReadResult } from "./read-file-job.js";
import type { SkippedFiles } from "./skipped-files.js";

export interface IngestTally {
  summary: IngestSummary;
  skips: SkippedFiles;
  fresh: Map<string, Chunk[]>;
  freshVectors: Map<string, Float32Array[]>;
  skip(path: string, reason: string, hash: string | null): void;
  /** `chunks` null: the file is unchanged and keeps its entry. */
  accept(index: number, file: KnowledgeFile, entry: FileEntry, chunks: Chunk[] | null): void;
  /** A file read in this run; `hashOf` gives its hash when the reader could not (a worker that died). */
  take(index: number, file: KnowledgeFile, result: ReadResult, hashOf: () => string | null): void;
  entries(): FileEntry[];
}

export function createTally(previous: IndexManifest | null, progress: ProgressCounter): IngestTally {
  const settled: Array<FileEntry | undefined> = [];
  const tally: IngestTally = {
    summary: { files: 0, added: 0, changed: 0, unchanged: 0, removed: 0, skipped: [], pages: 0, chunks: 0, seconds: 0 },
    skips: {},
    fresh: new Map(),
    freshVectors: new Map(),
    skip(path, reason, hash) {
      tally.summary.skipped.push({ path, reason });
      if (hash) tally.skips[path] = { hash, reason };
      progress.file((counter) => progressLine(counter, path, { skipped: reason }), true);
    },
    accept(index, file, entry, chunks) {
      const state = chunks === null ? "unchanged" : previous?.files[file.path] ? "changed" : "added";
      tally.summary[state]++;
      if (chunks) tally.fresh.set(file.path, chunks);
      settled[index] = entry;
      // Read again with the same content (the index was built another way): not "modificato" to the reader.
      const shown = state === "changed" && previous?.files[file.path]?.hash === entry.hash ? "reread" : state;
      progress.file((counter) => progressLine(counter, file.path, { state: shown, entry }));
    },
    take(index, file, { outcome, vectors }, hashOf) {
      progress.bytes(file.size);
      if (outcome.status === "read") {
        tally.accept(index, file, outcome.entry, outcome.chunks);
        if (vectors) tally.freshVectors.set(file.path, vectors);
      } else if (outcome.status === "skipped") tally.skip(file.path, outcome.reason, outcome.hash ?? hashOf());
    },
    entries: () => settled.filter((entry): entry is FileEntry => entry !== undefined),
  };
  return tally;
}
