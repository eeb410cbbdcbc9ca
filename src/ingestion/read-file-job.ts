/**
 * Reading one file as a job: what a parse worker runs, and what ingest runs in its own thread for text files.
 * Adds to read-knowledge-file.ts the limits and marks that belong to one file's reading: passages per file, and
 * which passages come from pages read by OCR.
 */
import { formatNumber } from "../core/italian-format.js";
import type { KnowledgeFile } from "./knowledge-files.js";
import { createDocumentLoader, type DocumentLoader, type LoaderOptions } from "./load-document.js";
import { type FileOutcome, readKnowledgeFile } from "./read-knowledge-file.js";

/** Everything a job needs, as plain data (it crosses to a worker thread). */
export interface FileReadSettings {
  maxFileBytes: number;
  maxPassages: number;
  loader: Omit<LoaderOptions, "onPage">;
}

export async function readFileJob(
  file: KnowledgeFile,
  settings: FileReadSettings,
  onPage?: () => void,
): Promise<FileOutcome> {
  const ocrPages = new Set<number>();
  const load = createDocumentLoader({ ...settings.loader, onPage });
  const loader: DocumentLoader = async (bytes, path) => {
    const document = await load(bytes, path);
    for (const unit of document.units) if (unit.ocr && unit.page !== null) ocrPages.add(unit.page);
    return document;
  };
  const outcome = await readKnowledgeFile(file, { maxFileBytes: settings.maxFileBytes, previousHash: null, loader });
  return finishOutcome(outcome, ocrPages, settings.maxPassages);
}

/** With a caller's own loader (tests count parses with one): same limits, no OCR marks. */
export async function readWithLoader(
  file: KnowledgeFile,
  settings: FileReadSettings,
  loader: DocumentLoader,
): Promise<FileOutcome> {
  const outcome = await readKnowledgeFile(file, { maxFileBytes: settings.maxFileBytes, previousHash: null, loader });
  return finishOutcome(outcome, new Set(), settings.maxPassages);
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
