/**
 * OCR results by content: the file's SHA-256, the page and the settings that shape the result (language, image
 * size). A re-ingest, a `--rebuild` or a new chunker reads the text back instead of running tesseract again: a
 * scanned page costs seconds, reading it back microseconds. Kept under the data folder, beside the index.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface OcrCache {
  get(page: number): string | null;
  put(page: number, text: string): void;
  /** The file's list of images (which pages are scans), kept so a re-ingest starts no program at all. */
  getImages(): string | null;
  putImages(listing: string): void;
}

export function openOcrCache(
  cacheDir: string | null,
  fileHash: string,
  shape: { language: string; renderLongSide: number },
): OcrCache {
  if (!cacheDir) return { get: () => null, put: () => undefined, getImages: () => null, putImages: () => undefined };
  const directory = join(cacheDir, fileHash.slice(0, 2));
  const pageFile = (page: number) =>
    join(directory, `${fileHash}-${shape.language}-${shape.renderLongSide}-p${page}.txt`);
  const imagesFile = join(directory, `${fileHash}-images.txt`);
  return {
    get: (page) => readCached(pageFile(page)),
    put: (page, text) => writeCached(directory, pageFile(page), text),
    getImages: () => readCached(imagesFile),
    putImages: (listing) => writeCached(directory, imagesFile, listing),
  };
}

function readCached(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Through a temporary file and a rename: two ingests of the same file never leave half a result. */
function writeCached(directory: string, file: string, text: string): void {
  try {
    mkdirSync(directory, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    // A read-only data folder costs speed on the next ingest, never the text of this one.
  }
}
