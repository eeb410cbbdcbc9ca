/** Markdown (with optional YAML front matter), plain text and reStructuredText. */
import { readFrontMatter } from "../knowledge/front-matter.js";
import { type LoadedDocument, UnreadableFileError } from "./loaded-document.js";

/** Template placeholders ({{unione.nome}}): shown to officials as "…", never as raw syntax. */
const placeholder = /\{\{\s*[^{}]*?\s*\}\}/g;

function hidePlaceholders(text: string): string {
  return text.replace(placeholder, "…");
}

export function loadText(bytes: Buffer, format: "markdown" | "text"): LoadedDocument {
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (text.includes("\uFFFD")) throw new UnreadableFileError("il testo non è in UTF-8 o contiene dati binari");
  let body = text;
  let title: string | null = null;
  const frontMatter = format === "markdown" ? readFrontMatter(text) : null;
  if (frontMatter?.present) {
    body = frontMatter.body;
    // A broken front matter gives no title: the heading or the file name will do.
    title = frontMatter.error ? null : titleFromFrontMatter(frontMatter.data);
  }
  if (format === "markdown") body = hidePlaceholders(body);
  title ??= firstHeading(body, format);
  if (body.trim().length === 0) throw new UnreadableFileError("file senza testo");
  return { title, format, units: [{ text: body, page: null }] };
}

function titleFromFrontMatter(data: Record<string, unknown>): string | null {
  // Law files have `short` ("L.R. 21/2012"); templates have `name` (their title holds placeholders).
  for (const key of ["short", "name", "title"]) {
    const value = data[key];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

function firstHeading(body: string, format: "markdown" | "text"): string | null {
  const lines = body.split(/\r?\n/);
  if (format === "markdown") {
    const heading = lines.find((line) => /^#{1,6}\s+\S/.test(line));
    return heading ? heading.replace(/^#+\s+/, "").trim() : null;
  }
  // reStructuredText titles are underlined with = - ~ … on the next line.
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!.trim();
    const underline = lines[index + 1]!.trim();
    if (line && /^([=\-~^"*#+])\1{2,}$/.test(underline) && underline.length >= line.length * 0.8) return line;
  }
  return null;
}
