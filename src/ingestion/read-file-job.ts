/**
 * Reading one file as a job: what a parse worker runs, and what ingest runs in its own thread for text files.
 * Adds to read-knowledge-file.ts the limits and marks that belong to one file's reading: passages per file, and
 * which passages come from pages read by OCR.
 */
import { formatNumber } from "../core/italian-format.js";
import type { KnowledgeFile } from "./knowledge-files.js";
import { createDocumentLoader, type DocumentLoader, type LoaderOptions } from "./load-document.js";
import { UnreadableFileError } from "./loaded-document.js";
import { type FileOutcome, readKnowledgeFile } from "./read-knowledge-file.js";

/** Above this many characters per allowed passage, a text makes too many passages whatever its layout. */
const passageCharactersCeiling = 1_200;

/** Everything a job needs, as plain data (it crosses to a worker thread). */
export interface FileReadSettings {
  maxFileBytes: number;
  maxPassages: number;
  loader: Omit<LoaderOptions, "onPage">;
  /** The offline hashing embedder's dimensions when the parse workers also embed what they read (its vectors
   * depend on the text alone), or null when the embedder is a remote model. */
  workerEmbedding: { dimensions: number } | null;
}

/** A file's outcome, with the vectors of its passages when a parse worker computed them. */
export interface ReadResult {
  outcome: FileOutcome;
  vectors?: Float32Array[];
}

export async function readFileJob(
  file: KnowledgeFile,
  settings: FileReadSettings,
  onPage?: () => void,
): Promise<FileOutcome> {
  const ocrPages = new Set<number>();
  const loader = bounded(createDocumentLoader({ ...settings.loader, onPage }), settings.maxPassages, ocrPages);
  const outcome = await readKnowledgeFile(file, { maxFileBytes: settings.maxFileBytes, previousHash: null, loader });
  return finishOutcome(outcome, ocrPages, settings.maxPassages);
}

/** With a caller's own loader (tests count parses with one): same limits, no OCR marks. */
export async function readWithLoader(
  file: KnowledgeFile,
  settings: FileReadSettings,
  loader: DocumentLoader,
): Promise<FileOutcome> {
  const limited = bounded(loader, settings.maxPassages, new Set());
  const outcome = await readKnowledgeFile(file, {
    maxFileBytes: settings.maxFileBytes,
    previousHash: null,
    loader: limited,
  });
  return finishOutcome(outcome, new Set(), settings.maxPassages);
}

/**
 * Notes the pages read by OCR, and refuses a text that certainly makes more passages than allowed before it is
 * chunked (a passage holds at most about 1,200 characters): chunking 100 MB of text would cost gigabytes.
 */
function bounded(load: DocumentLoader, maxPassages: number, ocrPages: Set<number>): DocumentLoader {
  return async (bytes, path) => {
    const document = await load(bytes, path);
    let characters = 0;
    for (const unit of document.units) {
      characters += unit.text.length;
      if (unit.ocr && unit.page !== null) ocrPages.add(unit.page);
    }
    if (characters > maxPassages * passageCharactersCeiling) {
      throw new UnreadableFileError(
        `troppo testo (${formatNumber(characters)} caratteri): più dei ${formatNumber(maxPassages)} passaggi ammessi per file`,
      );
    }
    return document;
  };
}

function finishOutcome(outcome: FileOutcome, ocrPages: Set<number>, maxPassages: number): FileOutcome {
  if (outcome.status !== "read") return outcome;
  if (outcome.chunks.length > maxPassages) {
    return {
      status: "skipped",
      reason: `troppi passaggi (${formatNumber(outcome.chunks.length)}, limite ${formatNumber(maxPassages)} per file)`,
      hash: outcome.entry.hash,
    };
  }
  if (ocrPages.size === 0) return outcome;
  // Chunks never cross a page: a passage of an OCR page is entirely OCR text.
  for (const chunk of outcome.chunks) if (chunk.page !== null && ocrPages.has(chunk.page)) chunk.ocr = true;
  return { ...outcome, entry: { ...outcome.entry, ocrPages: ocrPages.size } };
}
