/**
 * Finds the OCR programs, Debian's `poppler-utils` (pdftoppm, pdfimages) and `tesseract-ocr` with its Italian
 * data (`tesseract-ocr-ita`), on the configured search path. When one is missing, the reason names the package
 * to install, so an official or an operator knows what to do.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { runPipeline } from "./run-tools.js";

export interface OcrSettings {
  /** Directories searched for the programs, like PATH. */
  searchPath: string;
  /** Where tesseract's language data is, when not in its default place (TESSDATA_PREFIX). */
  tessdataDir: string | null;
  /** Tesseract language code: "ita". */
  language: string;
  pageTimeoutMs: number;
  /** Longest side of a page image in pixels: 3508 is an A4 page at 300 dpi. */
  renderLongSide: number;
  /** OCR results by content hash; null keeps none. */
  cacheDir: string | null;
}

export interface OcrTools {
  pdftoppm: string;
  pdfimages: string;
  tesseract: string;
  /** Environment of every OCR process: one thread each (ingest already runs one file per core). */
  env: Record<string, string>;
}

export type OcrToolsLookup = { tools: OcrTools } | { missing: string };

const lookups = new Map<string, Promise<OcrToolsLookup>>();

/** Looked up once per process and settings: a missing program stays missing for the whole ingest. */
export function findOcrTools(settings: OcrSettings): Promise<OcrToolsLookup> {
  const key = JSON.stringify([settings.searchPath, settings.tessdataDir, settings.language]);
  let lookup = lookups.get(key);
  if (!lookup) {
    lookup = lookUp(settings);
    lookups.set(key, lookup);
  }
  return lookup;
}

async function lookUp(settings: OcrSettings): Promise<OcrToolsLookup> {
  const pdftoppm = findProgram("pdftoppm", settings.searchPath);
  const pdfimages = findProgram("pdfimages", settings.searchPath);
  if (!pdftoppm || !pdfimages) return { missing: missingPackage("poppler-utils", "pdftoppm e pdfimages") };
  const tesseract = findProgram("tesseract", settings.searchPath);
  if (!tesseract) return { missing: missingPackage("tesseract-ocr e tesseract-ocr-ita", "tesseract") };
  const env: Record<string, string> = { OMP_THREAD_LIMIT: "1" };
  if (settings.tessdataDir) env.TESSDATA_PREFIX = settings.tessdataDir;
  const tools = { pdftoppm, pdfimages, tesseract, env };
  const languages = await listLanguages(tools);
  if (!languages.includes(settings.language)) {
    const language = settings.language === "ita" ? "italiano" : `lingua "${settings.language}"`;
    return { missing: missingPackage(`tesseract-ocr-${settings.language}`, `i dati di tesseract per l'${language}`) };
  }
  return { tools };
}

function missingPackage(debianPackage: string, what: string): string {
  return `per leggere le pagine scansionate (OCR) mancano ${what}: installa il pacchetto Debian ${debianPackage} (apt-get install ${debianPackage.replace(" e ", " ")})`;
}

export function findProgram(name: string, searchPath: string): string | null {
  for (const directory of searchPath.split(delimiter).filter(Boolean)) {
    const candidate = join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

async function listLanguages(tools: OcrTools): Promise<string[]> {
  try {
    const output = await runPipeline([{ command: tools.tesseract, args: ["--list-langs"] }], null, {
      timeoutMs: 15_000,
      env: tools.env,
      maxOutputBytes: 64 * 1024,
    });
    return output.split(/\r?\n/).map((line) => line.trim());
  } catch {
    return [];
  }
}
