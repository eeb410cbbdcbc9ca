/**
 * Scanned PDFs built on the fly: a page of text is typeset with pdf-lib, photographed by pdftoppm (a PNG, the
 * text now only pixels) and pasted as a full-page image into a new PDF, like a scanner's output. A page can also
 * carry a thin text layer over the image (a protocol stamp), or be an ordinary text page. Needs poppler-utils.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { findProgram } from "../../src/ingestion/ocr/ocr-tools.js";

export type ScanPage = { scanned: string; stamp?: string } | { text: string };

const systemPath = "/usr/local/bin:/usr/bin:/bin";

/** True when poppler-utils and tesseract with Italian data are installed (the README asks for them). */
export function ocrToolsInstalled(): boolean {
  const tesseract = findProgram("tesseract", systemPath);
  if (!findProgram("pdftoppm", systemPath) || !findProgram("pdfimages", systemPath) || !tesseract) return false;
  return execFileSync(tesseract, ["--list-langs"], { encoding: "utf8" }).split("\n").includes("ita");
}

export async function makeScannedPdf(pages: ScanPage[]): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const content of pages) {
    const page = document.addPage([595, 842]);
    if ("text" in content) {
      writeLines(content.text, 10, (line, y) => page.drawText(line, { x: 40, y, size: 10, font }));
      continue;
    }
    const image = await document.embedPng(await photograph(content.scanned));
    page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    if (content.stamp) page.drawText(content.stamp, { x: 30, y: 825, size: 7, font });
  }
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** The page typeset large, then rendered to a PNG at 72 dpi: no text layer survives. */
async function photograph(text: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  writeLines(text, 18, (line, y) => page.drawText(line, { x: 40, y, size: 18, font }));
  const pdf = Buffer.from(await document.save());
  return execFileSync("pdftoppm", ["-r", "72", "-gray", "-png", "-singlefile", "-"], { input: pdf });
}

function writeLines(text: string, size: number, draw: (line: string, y: number) => void): void {
  let y = 800;
  for (const line of text.split("\n")) {
    draw(line, y);
    y -= size * 1.6;
  }
}

/**
 * A directory to use as the programs' search path: the real pdftoppm and pdfimages, and a tesseract that counts
 * its OCR runs (one line per run in `runs.log`) before running the real one. `tesseract: "missing"` leaves it
 * out; `"no-italian"` is a tesseract that knows no Italian.
 */
export function ocrToolsDir(root: string, options: { tesseract?: "counting" | "missing" | "no-italian" } = {}) {
  const directory = join(root, "bin");
  mkdirSync(directory, { recursive: true });
  for (const name of ["pdftoppm", "pdfimages"]) symlinkSync(findProgram(name, systemPath)!, join(directory, name));
  const log = join(root, "runs.log");
  writeFileSync(log, "");
  const mode = options.tesseract ?? "counting";
  if (mode !== "missing") {
    const real = findProgram("tesseract", systemPath)!;
    const script =
      mode === "counting"
        ? `#!/bin/sh\nif [ "$1" = "stdin" ]; then echo run >> '${log}'; fi\nexec '${real}' "$@"\n`
        : `#!/bin/sh\nif [ "$1" = "--list-langs" ]; then echo 'List of available languages (1):'; echo eng; exit 0; fi\nexit 1\n`;
    writeFileSync(join(directory, "tesseract"), script);
    chmodSync(join(directory, "tesseract"), 0o755);
  }
  return { directory, log };
}
