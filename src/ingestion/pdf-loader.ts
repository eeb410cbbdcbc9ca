/**
 * PDF via pdf-parse v2: one text unit per page, page numbers kept so citations point to pages. Before pdf.js
 * decodes anything, the file's compressed streams are measured (pdf-inflation.ts) and its pages counted; pages
 * whose text layer is missing or too thin go to OCR (ocr/read-scanned-pages.ts).
 */
import { formatNumber } from "../core/italian-format.js";
import { fieldGridLines } from "./field-grids.js";
import { type LoadedDocument, type TextUnit, UnreadableFileError } from "./loaded-document.js";
import type { OcrSettings } from "./ocr/ocr-tools.js";
import { readScannedPages } from "./ocr/read-scanned-pages.js";
import { letterCount } from "./ocr/scanned-pages.js";
import { checkPdfInflation } from "./pdf-inflation.js";
import { importPdfParse, restoreNativePush } from "./pdf-parse-module.js";
import { type PdfTextItem, readingOrderText } from "./reading-order.js";

export interface PdfOptions {
  maxInflatedBytes: number;
  maxPages: number;
  /** Null: pages without text stay empty (no OCR). */
  ocr: OcrSettings | null;
  /** Called after each page read: a sign of life for the deadline of the worker that runs this. */
  onPage?: () => void;
}

export async function loadPdf(bytes: Buffer, options: PdfOptions): Promise<LoadedDocument> {
  await checkPdfInflation(bytes, options.maxInflatedBytes);
  const textLayer = await readTextLayer(bytes, options);
  const units = await readScannedPages(bytes, textLayer, { settings: options.ocr, onPage: options.onPage });
  if (units.every((unit) => letterCount(unit.text) === 0))
    throw new UnreadableFileError("PDF senza testo (forse una scansione senza OCR)");
  return { title: null, format: "pdf", units };
}

async function readTextLayer(bytes: Buffer, options: PdfOptions): Promise<TextUnit[]> {
  const { PDFParse } = await importPdfParse();
  // pdf-parse detaches the buffer it receives: give it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  readInReadingOrder(parser);
  try {
    // Page by page: the page count is known after the first (before reading the others), and every page read
    // is a sign of life for the worker's deadline.
    const first = await parser.getText({ partial: [1] });
    restoreNativePush();
    if (first.total > options.maxPages)
      throw new UnreadableFileError(
        `troppe pagine (${formatNumber(first.total)}, limite ${formatNumber(options.maxPages)} per file)`,
      );
    const units: TextUnit[] = [];
    for (let page = 1; page <= first.total; page++) {
      const result = page === 1 ? first : await parser.getText({ partial: [page] });
      units.push({ text: result.pages[0]?.text ?? "", page });
      options.onPage?.();
    }
    return units;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const name = (error as { name?: string } | null)?.name ?? "";
    if (name === "PasswordException") throw new UnreadableFileError("PDF protetto da password", { cause: error });
    throw new UnreadableFileError("PDF danneggiato o troncato", { cause: error });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  /** The media box, [x0, y0, x1, y1], in the coordinates of the text items. */
  view: number[];
}

/**
 * pdf-parse 2.4.5 reads each page with its own getPageText(page), in the order the file draws the text: here that
 * step lays the page out in reading order instead (reading-order.ts). The method is pdf-parse's internal one; should
 * a later version rename it, pages are read in drawing order as before (test/unit/ingestion/reading-order.test.ts
 * notices). A page that is not one flow is read by pdf-parse itself, in drawing order, from the same text content
 * (pdf.js decodes each page once). A grid of headings over values (the accounting box of a determina) also gains
 * one line pairing each value with its heading (field-grids.ts).
 */
function readInReadingOrder(parser: object): void {
  const target = parser as { getPageText?: unknown };
  if (typeof target.getPageText !== "function") return;
  const drawingOrder = target.getPageText.bind(parser) as (page: PdfPage, ...rest: unknown[]) => Promise<string>;
  target.getPageText = async (page: PdfPage, ...rest: unknown[]) => {
    const content = await page.getTextContent();
    const [, bottom = 0, , top = 842] = page.view;
    const items = content.items.filter(isTextItem);
    const fields = fieldGridLines(items);
    const text =
      readingOrderText(items, { bottom, top }) ?? (await readInDrawingOrder(page, content, drawingOrder, rest));
    return fields ? `${text}\n${fields}` : text;
  };
}

/** pdf-parse's own reading of the page, in the order drawn, from the text content already decoded. */
async function readInDrawingOrder(
  page: PdfPage,
  content: { items: unknown[] },
  drawingOrder: (page: PdfPage, ...rest: unknown[]) => Promise<string>,
  rest: unknown[],
): Promise<string> {
  const once = Object.assign(page, { getTextContent: async () => content });
  try {
    return await drawingOrder(once, ...rest);
  } finally {
    Reflect.deleteProperty(page, "getTextContent");
  }
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}
