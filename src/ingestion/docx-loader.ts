/** .docx: the paragraphs of word/document.xml (<w:p> made of <w:t> runs); headings become Markdown-like lines. */
import JSZip from "jszip";
import { type LoadedDocument, UnreadableFileError } from "./loaded-document.js";

export async function loadDocx(bytes: Buffer): Promise<LoadedDocument> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file("word/document.xml")?.async("string");
  } catch (error) {
    throw new UnreadableFileError("documento Word danneggiato o troncato", { cause: error });
  }
  if (xml === undefined) throw new UnreadableFileError("documento Word senza word/document.xml");
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((match) => paragraphText(match[0]))
    .filter(Boolean);
  if (paragraphs.length === 0) throw new UnreadableFileError("documento Word senza testo");
  const heading = paragraphs.find((paragraph) => paragraph.startsWith("#"));
  return {
    title: heading ? heading.replace(/^#+\s*/, "") : null,
    format: "docx",
    units: [{ text: paragraphs.join("\n"), page: null }],
  };
}

function paragraphText(paragraphXml: string): string {
  const text = [...paragraphXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => decodeXml(match[1] ?? ""))
    .join("");
  const level = /<w:pStyle w:val="(?:Heading|Titolo|Titre)(\d)"/i.exec(paragraphXml)?.[1];
  return level && text.trim() ? `${"#".repeat(Number(level) + 1)} ${text.trim()}` : text.trim();
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}
