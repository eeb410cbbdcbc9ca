/**
 * pdf-parse, imported on first use (pdf.js costs about 150 MB of RSS, which a bot that only answers never needs).
 * pdf.js's legacy build, which pdf-parse loads, replaces Array.prototype.push of the whole thread with a core-js
 * polyfill (a JavaScript function that fixes an edge case of array-likes longer than 2^32), once when pdf-parse is
 * imported and again when pdf.js loads its worker code on opening the first document. Every push of the thread,
 * ours included, then runs through it: 6% of a parse worker's time in a profile. V8's own is put back each time.
 */
type PdfParseModule = typeof import("pdf-parse");

const nativePush = Array.prototype.push;
let loaded: Promise<PdfParseModule> | null = null;

export function importPdfParse(): Promise<PdfParseModule> {
  loaded ??= import("pdf-parse").then((module) => {
    restoreNativePush();
    return module;
  });
  return loaded;
}

/** Call once a document is open: pdf.js's worker code has been loaded by then. */
export function restoreNativePush(): void {
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
}
