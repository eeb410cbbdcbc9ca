/**
 * .docx: the paragraphs of word/document.xml (<w:p> made of <w:t> runs); headings become Markdown-like lines.
 * document.xml is read through a bounded reader: its declared and its real inflated size must stay under the limit.
 */

import { type LoadedDocument, UnreadableFileError } from "./loaded-document.js";
import { readZipEntry } from "./zip-entry.js";

export async function loadDocx(bytes: Buffer, maxInflatedBytes: number): Promise<LoadedDocument> {
  if (bytes.length < 22) throw new UnreadableFileError("documento Word danneggiato o troncato");
  const xml = readZipEntry(bytes, "word/document.xml", maxInflatedBytes);
  if (xml === null) throw new UnreadableFileError("documento Word senza word/document.xml");
  const paragraphs: string[] = [];
  for (const paragraph of paragraphXmls(xml)) {
    const text = paragraphText(paragraph);
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) throw new UnreadableFileError("documento Word senza testo");
  const heading = paragraphs.find((paragraph) => paragraph.startsWith("#"));
  return {
    title: heading ? heading.replace(/^#+\s*/, "") : null,
    format: "docx",
    units: [{ text: paragraphs.join("\n"), page: null }],
  };
}

/**
 * Each <w:p>…</w:p>, from its first opening tag to the next closing one, decoded one at a time: a document.xml of
 * 100 MB never becomes one string (with its copies, that would be several times its size in a worker's heap).
 * No lazy regex over the whole text either: on unclosed <w:p tags it would rescan to the end from each (quadratic).
 */
function* paragraphXmls(xml: Buffer): Generator<string> {
  const closing = Buffer.from("</w:p>");
  let start = 0;
  for (let end = xml.indexOf(closing, start); end !== -1; end = xml.indexOf(closing, start)) {
    const piece = xml.toString("utf8", start, end);
    const opening = piece.search(/<w:p[ >]/);
    if (opening !== -1) yield `${piece.slice(opening)}</w:p>`;
    start = end + closing.length;
  }
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
