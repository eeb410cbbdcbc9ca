/**
 * OCR of the pages of a PDF whose text layer is missing or too thin (scanned-pages.ts): each page is rendered
 * by pdftoppm and read by tesseract (Italian), under a time limit per page, with results cached by content hash.
 * OCR text replaces a page's text only when it holds more letters; such pages are marked `ocr: true`.
 */
import { createHash } from "node:crypto";
import { type TextUnit, UnreadableFileError } from "../loaded-document.js";
import { type OcrCache, openOcrCache } from "./ocr-cache.js";
import { findOcrTools, type OcrSettings, type OcrTools } from "./ocr-tools.js";
import { runPipeline } from "./run-tools.js";
import { letterCount, looksScanned, pagesWithLargeImages, thinPages } from "./scanned-pages.js";

export interface OcrRun {
  settings: OcrSettings | null;
  /** Called after each page read by OCR (a sign of life for the worker's deadline). */
  onPage?: () => void;
}

const pageTextCap = 1024 * 1024;
/** 1 GB of address space per OCR program: tesseract on an A4 page at 300 dpi uses a few hundred MB. */
const programMemoryKb = 1024 * 1024;

export async function readScannedPages(bytes: Buffer, units: TextUnit[], run: OcrRun): Promise<TextUnit[]> {
  const thin = thinPages(units);
  if (thin.length === 0) return units;
  if (!run.settings) {
    if (units.every((unit) => letterCount(unit.text) === 0))
      throw new UnreadableFileError("PDF senza testo (forse una scansione: la lettura OCR è disattivata)");
    return units;
  }
  const lookup = await findOcrTools(run.settings);
  if ("missing" in lookup) {
    // A text document with short or empty pages is still indexed as it is; a scan has nothing to index.
    if (looksScanned(units)) throw new UnreadableFileError(`PDF scansionato, senza testo: ${lookup.missing}`);
    return units;
  }
  const cache = openOcrCache(run.settings.cacheDir, createHash("sha256").update(bytes).digest("hex"), run.settings);
  let listing = cache.getImages();
  if (listing === null) {
    listing = await listImages(lookup.tools, bytes, run.settings).catch(() => null);
    if (listing !== null) cache.putImages(listing);
  }
  // Without the list (pdfimages failed on this file), every thin page is tried: a scan is worth the time.
  const large = listing === null ? new Set(thin) : pagesWithLargeImages(listing);
  const toRead = thin.filter((page) => large.has(page));
  return readPages(bytes, units, toRead, { tools: lookup.tools, cache }, run);
}

async function readPages(
  bytes: Buffer,
  units: TextUnit[],
  pages: number[],
  { tools, cache }: { tools: OcrTools; cache: OcrCache },
  run: OcrRun,
): Promise<TextUnit[]> {
  const settings = run.settings!;
  const read = new Map<number, string>();
  let failures = 0;
  for (const page of pages) {
    let text = cache.get(page);
    if (text === null) {
      try {
        text = await ocrPage(bytes, page, tools, settings);
        cache.put(page, text);
      } catch {
        // Time limit or a page the programs cannot render: the page keeps its text layer, the rest goes on.
        failures++;
        text = "";
      }
    }
    read.set(page, text);
    run.onPage?.();
  }
  const merged = units.map((unit) => {
    const text = unit.page === null ? undefined : read.get(unit.page);
    return text !== undefined && letterCount(text) > letterCount(unit.text)
      ? { text, page: unit.page, ocr: true }
      : unit;
  });
  if (failures > 0 && merged.every((unit) => letterCount(unit.text) === 0))
    throw new UnreadableFileError(
      `lettura OCR non riuscita su ${failures === 1 ? "una pagina" : `${failures} pagine`} (tempo scaduto o pagina illeggibile)`,
    );
  return merged;
}

function listImages(tools: OcrTools, bytes: Buffer, settings: OcrSettings): Promise<string> {
  return runPipeline([{ command: tools.pdfimages, args: ["-list", "-"] }], bytes, {
    timeoutMs: settings.pageTimeoutMs,
    env: tools.env,
    maxOutputBytes: 16 * 1024 * 1024,
    memoryKb: programMemoryKb,
  });
}

/** pdftoppm renders one page in grey, longest side bounded (a huge page size cannot blow up the image). */
export function ocrPage(bytes: Buffer, page: number, tools: OcrTools, settings: OcrSettings): Promise<string> {
  const render = {
    command: tools.pdftoppm,
    args: ["-f", String(page), "-l", String(page), "-gray", "-scale-to", String(settings.renderLongSide), "-"],
  };
  const read = { command: tools.tesseract, args: ["stdin", "stdout", "-l", settings.language] };
  return runPipeline([render, read], bytes, {
    timeoutMs: settings.pageTimeoutMs,
    env: tools.env,
    maxOutputBytes: pageTextCap,
    memoryKb: programMemoryKb,
  }).then((text) => text.replace(/\f/g, "").trim());
}
