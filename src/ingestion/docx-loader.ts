/**
 * .docx: the paragraphs of word/document.xml (<w:p> made of <w:t> runs); headings become Markdown-like lines.
 * document.xml is read through a bounded reader: its declared and its real inflated size must stay under the limit.
 */

import { type LoadedDocument, UnreadableFileError } from "./loaded-document.js";
import { readZipEntry } from "./zip-entry.js";

export async function loadDocx(bytes: Buffer, maxInflatedBytes: number): Promise<LoadedDocument> {
  if (bytes.length < 22) throw new UnreadableFileError("documento Word danneggiato o troncato");
  const xml = readZipEntry(bytes, "word/document.xml", maxInflatedBytes)?.toString("utf8");
  if (xml === undefined) throw new UnreadableFileError("documento Word senza word/document.xml");
  const paragraphs = paragraphXmls(xml).map(paragraphText).filter(Boolean);
  if (paragraphs.length === 0) throw new UnreadableFileError("documento Word senza testo");
  const heading = paragraphs.find((paragraph) => paragraph.startsWith("#"));
  return {
    title: heading ? heading.replace(/^#+\s*/, "") : null,
    format: "docx",
    units: [{ text: paragraphs.join("\n"), page: null }],
  };
}

/**
 * Each <w:p>…</w:p>, from its first opening tag to the next closing one. Split rather than a lazy regex: on a
 * document.xml full of unclosed <w:p tags the regex would rescan to the end from every one (quadratic).
 */
function paragraphXmls(xml: string): string[] {
  const pieces = xml.split("</w:p>");
  pieces.pop(); // after the last closing tag: no paragraph
  return pieces.flatMap((piece) => {
    const start = piece.search(/<w:p[ >]/);
    return start === -1 ? [] : [`${piece.slice(start)}</w:p>`];
  });
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
