/**
 * Where each file is read: PDFs and .docx in the parse workers (they use every core, and a bad file there cannot
 * exhaust this process), text formats right here (cheap, nothing to inflate). With a caller's own loader, or no
 * workers configured, everything is read here, under the same limits except the worker's deadline and memory cap.
 */
import { extname } from "node:path";
import type { KnowledgeFile } from "./knowledge-files.js";
import type { DocumentLoader } from "./load-document.js";
import { createParsePool, type ParsePool, type ParsePoolOptions } from "./parse-pool.js";
import { type FileReadSettings, readFileJob, readWithLoader } from "./read-file-job.js";
import type { FileOutcome } from "./read-knowledge-file.js";

export interface ReadingOptions extends FileReadSettings {
  /** Parse workers; 0 reads everything in this thread. */
  workers: number;
  stallMs: number;
  workerMemoryMb: number;
}

export interface FileReader {
  read(file: KnowledgeFile): Promise<FileOutcome>;
  close(): Promise<void>;
}

const isolatedFormats = new Set([".pdf", ".docx"]);

export function createFileReader(reading: ReadingOptions, loader?: DocumentLoader): FileReader {
  const settings: FileReadSettings = {
    maxFileBytes: reading.maxFileBytes,
    maxPassages: reading.maxPassages,
    loader: reading.loader,
  };
  let pool: ParsePool | null = null;
  const poolOptions: ParsePoolOptions = {
    size: reading.workers,
    stallMs: reading.stallMs,
    memoryMb: reading.workerMemoryMb,
  };
  return {
    read(file) {
      if (loader) return readWithLoader(file, settings, loader);
      if (reading.workers > 0 && isolatedFormats.has(extname(file.path).toLowerCase())) {
        pool ??= createParsePool(settings, poolOptions);
        return pool.read(file);
      }
      return readFileJob(file, settings);
    },
    async close() {
      await pool?.close();
      pool = null;
    },
  };
}
