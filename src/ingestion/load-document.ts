/**
 * Reads one knowledge file, or throws UnreadableFileError with an Italian reason (empty, too large, binary,
 * corrupt, truncated, encrypted, inflating past the limit, too many pages). Cheap checks on the bytes run first so
 * that obviously bad files never reach a parser.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { formatNumber } from "../core/italian-format.js";
import { loadDocx } from "./docx-loader.js";
import { type LoadedDocument, UnreadableFileError } from "./loaded-document.js";
import { loadPdf, type PdfOptions } from "./pdf-loader.js";
import { loadText } from "./text-loader.js";

export type DocumentLoader = (bytes: Buffer, path: string) => Promise<LoadedDocument>;

/** What one file may cost: bytes its compressed parts inflate to, PDF pages; OCR settings for scanned pages. */
export type LoaderOptions = PdfOptions;

export const defaultLoaderOptions: LoaderOptions = {
  maxInflatedBytes: 100 * 1024 * 1024,
  maxPages: 2_000,
  ocr: null,
};

export function checkFileSize(size: number, maxFileBytes: number): void {
  if (size === 0) throw new UnreadableFileError("file vuoto");
  if (size > maxFileBytes) {
    const megabytes = (bytes: number) => formatNumber(Math.round(bytes / (1024 * 1024)));
    throw new UnreadableFileError(`file troppo grande (${megabytes(size)} MB, limite ${megabytes(maxFileBytes)} MB)`);
  }
}

export function createDocumentLoader(options: LoaderOptions): DocumentLoader {
  return async (bytes, path) => {
    const extension = extname(path).toLowerCase();
    if (bytes.length === 0) throw new UnreadableFileError("file vuoto");
    if (extension === ".pdf") {
      if (!bytes.subarray(0, 1024).toString("latin1").includes("%PDF-"))
        throw new UnreadableFileError("non è un PDF valido");
      return loadPdf(bytes, options);
    }
    if (extension === ".docx") {
      if (bytes.subarray(0, 2).toString("latin1") !== "PK")
        throw new UnreadableFileError("non è un documento Word (.docx) valido");
      return loadDocx(bytes, options.maxInflatedBytes);
    }
    if (looksBinary(bytes)) throw new UnreadableFileError("file binario, non di testo");
    return loadText(bytes, extension === ".md" ? "markdown" : "text");
  };
}

/** Default limits, no OCR: for callers outside ingest (the bench's baseline, the evaluation). */
export const loadDocument: DocumentLoader = createDocumentLoader(defaultLoaderOptions);

export function readFileBytes(absolutePath: string): Buffer {
  try {
    return readFileSync(absolutePath);
  } catch (error) {
    throw new UnreadableFileError("file non leggibile (permessi o percorso)", { cause: error });
  }
}

/** NUL bytes or many control characters in the first 8 KB: not a text file. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.05;
}
