/**
 * Bad input: decompression bombs. A small PDF holding one ~200 MB content stream, the same hidden under two Flate
 * layers, and .docx files whose document.xml inflates to ~300 MB (declared honestly, or declared as 1 KB). Each is
 * refused by the limit on inflated bytes with an Italian reason; ordinary files pass the same checks.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { UnreadableFileError } from "../../../src/ingestion/loaded-document.js";
import { checkPdfInflation } from "../../../src/ingestion/pdf-inflation.js";
import { readZipEntry } from "../../../src/ingestion/zip-entry.js";
import { makeDocxBomb, makePdfBomb } from "../../support/make-bombs.js";
import { makePdf } from "../../support/make-pdf.js";

const megabyte = 1024 * 1024;
const limit = 64 * megabyte;

async function reason(check: () => Promise<unknown> | unknown): Promise<string | null> {
  try {
    await check();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    return (error as UnreadableFileError).reason;
  }
}

describe("limits on what a file inflates to", () => {
  it("refuses a small PDF whose one stream inflates to 200 MB, and one that hides it under two Flate layers", async () => {
    const bomb = await makePdfBomb(200 * megabyte);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await reason(() => checkPdfInflation(bomb, limit))).toMatch(/si espande oltre il limite di 64 MB/);
    const nested = await makePdfBomb(200 * megabyte, { layers: 2 });
    expect(nested.length).toBeLessThan(bomb.length);
    expect(await reason(() => checkPdfInflation(nested, limit))).toMatch(/oltre il limite/);
  });

  it("lets an ordinary PDF through, and the same bomb through a limit above its size", async () => {
    const pdf = await makePdf(["Articolo 1 - Oggetto\nIl presente regolamento disciplina il servizio."]);
    expect(await reason(() => checkPdfInflation(pdf, megabyte))).toBeNull();
    const small = await makePdfBomb(2 * megabyte);
    expect(await reason(() => checkPdfInflation(small, 3 * megabyte))).toBeNull();
    expect(await reason(() => checkPdfInflation(small, megabyte))).toMatch(/oltre il limite di 1 MB/);
  });

  it("refuses a .docx whose document.xml inflates to 300 MB, whether its size is declared or hidden", async () => {
    const honest = await makeDocxBomb(300 * megabyte);
    expect(honest.length).toBeLessThan(2 * 1024 * 1024);
    expect(await reason(() => readZipEntry(honest, "word/document.xml", limit))).toMatch(/oltre il limite di 64 MB/);
    const lying = await makeDocxBomb(300 * megabyte, { declaredSize: 1024 });
    expect(await reason(() => readZipEntry(lying, "word/document.xml", limit))).toMatch(/oltre il limite di 64 MB/);
  });

  it("reads an ordinary .docx entry, and says so when the archive has no such entry or is cut short", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Testo</w:t></w:r></w:p></w:body></w:document>");
    const docx = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(readZipEntry(docx, "word/document.xml", megabyte)?.toString("utf8")).toContain("<w:t>Testo</w:t>");
    expect(readZipEntry(docx, "word/styles.xml", megabyte)).toBeNull();
    expect(await reason(() => readZipEntry(docx.subarray(0, docx.length - 30), "word/document.xml", megabyte))).toMatch(
      /danneggiato o troncato/,
    );
  });
});
