/**
 * Where each file is read: PDFs and .docx in the parse workers (they use every core, and a bad file there cannot
 * exhaust this process), text formats right here (cheap, nothing to inflate). With a caller's own loader, or no
 * workers configured, everything is read here, under the same limits except the worker's deadline and memory cap.
 */
import { extname } from "node:path";
import type { KnowledgeFile } from "./knowledge-files.js";
import type { DocumentLoader } from "./load-document.js";
import { createParsePool, type ParsePool, type ParsePoolOptions } from "./parse-pool.js";
import { type FileReadSettings, type ReadResult, readFileJob, readWithLoader } from "./read-file-job.js";

export interface ReadingOptions extends FileReadSettings {
  /** Parse workers; 0 reads everything in this thread. */
  workers: number;
  stallMs: number;
  workerMemoryMb: number;
}

export interface FileReader {
  /** The files about to be read: the number of workers worth starting depends on them. */
  plan(files: KnowledgeFile[]): void;
  read(file: KnowledgeFile): Promise<ReadResult>;
  close(): Promise<void>;
}

const isolatedFormats = new Set([".pdf", ".docx"]);
/**
 * Starting a worker costs about as much as parsing eight ordinary PDFs (measured: 0.8 s idle, 2-3 s from the
 * TypeScript sources on a loaded machine, against 6 pages of about 20 ms each): one worker per eight files.
 */
const filesPerWorker = 8;

const isolated = (file: KnowledgeFile) => isolatedFormats.has(extname(file.path).toLowerCase());

export function createFileReader(reading: ReadingOptions, loader?: DocumentLoader): FileReader {
  const settings: FileReadSettings = {
    maxFileBytes: reading.maxFileBytes,
    maxPassages: reading.maxPassages,
    loader: reading.loader,
    workerEmbedding: reading.workerEmbedding,
  };
  let pool: ParsePool | null = null;
  const poolOptions: ParsePoolOptions = {
    size: reading.workers,
    stallMs: reading.stallMs,
    memoryMb: reading.workerMemoryMb,
  };
  return {
    plan(files) {
      const count = files.filter(isolated).length;
      poolOptions.size = Math.max(1, Math.min(reading.workers, Math.floor(count / filesPerWorker)));
    },
    read(file) {
      if (loader) return readWithLoader(file, settings, loader).then((outcome) => ({ outcome }));
      if (reading.workers > 0 && isolated(file)) {
        pool ??= createParsePool(settings, poolOptions);
        return pool.read(file);
      }
      return readFileJob(file, settings).then((outcome) => ({ outcome }));
    },
    async close() {
      await pool?.close();
      pool = null;
    },
  };
}
