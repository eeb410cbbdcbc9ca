/**
 * PDF via pdf-parse v2: one text unit per page, page numbers kept so citations point to pages. pdf-parse (pdf.js)
 * is imported on first use: loading it costs about 150 MB of RSS, which a bot that only answers never needs.
 */
import { type LoadedDocument, UnreadableFileError } from "./loaded-document.js";

export async function loadPdf(bytes: Buffer): Promise<LoadedDocument> {
  // pdf-parse detaches the buffer it receives: give it a copy.
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    const units = result.pages.map((page) => ({ text: page.text, page: page.num }));
    if (units.every((unit) => unit.text.trim().length === 0)) {
      throw new UnreadableFileError("PDF senza testo (forse una scansione senza OCR)");
    }
    return { title: null, format: "pdf", units };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const name = (error as { name?: string } | null)?.name ?? "";
    if (name === "PasswordException") throw new UnreadableFileError("PDF protetto da password", { cause: error });
    throw new UnreadableFileError("PDF danneggiato o troncato", { cause: error });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
