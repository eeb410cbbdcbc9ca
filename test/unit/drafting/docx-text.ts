/** Reads a .docx back as plain text (unzip, strip the WordprocessingML tags), as outside checks do. */
import JSZip from "jszip";

export async function docxPartText(buffer: Buffer, part = "word/document.xml"): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file(part)?.async("string");
  if (xml === undefined) throw new Error(`${part} missing from the .docx`);
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export async function docxParts(buffer: Buffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(buffer)).files);
}
