/**
 * Structure-aware chunking. Sections follow the document's own structure (Markdown headings, reStructuredText
 * titles, article headings of legal texts); long sections are cut at paragraph or sentence ends with the
 * section heading repeated, so every chunk still says where it comes from. Chunks never cross a PDF page, so
 * every citation can name its page; an article running over a page break keeps its article on the next page.
 */

import { splitSentences } from "../core/italian-sentences.js";
import {
  articleOfLine,
  commaOfLine,
  isTableOfContentsLine,
  unitOfHeading,
  withComma,
} from "../core/legal-reference.js";
import type { Chunk, SourceKind } from "../core/types.js";
import { analyzerVersion } from "../index-format/italian-analyzer.js";
import type { LoadedDocument } from "./loaded-document.js";

/** The analyzer's version is part of it: stored BM25 terms must be rebuilt when the analyzer changes. */
export const chunkerVersion = `chunker-v4+${analyzerVersion}`;
const maxChars = 1100;
const minChars = 250;

export interface ChunkSource {
  path: string;
  title: string;
  kind: SourceKind;
  unione: string | null;
}

interface Section {
  heading: string | null;
  article: string | null;
  lines: string[];
  page: number | null;
}

export function chunkDocument(document: LoadedDocument, source: ChunkSource): Chunk[] {
  const sections: Section[] = [];
  let article: string | null = null;
  for (const unit of document.units) {
    const current: Section = { heading: null, article, lines: [], page: unit.page };
    sections.push(current);
    article = splitUnit(unit.text, document.format, current, sections);
  }
  const pieces = mergeSmall(sections.filter((section) => section.lines.join("").trim().length > 0)).flatMap(splitLong);
  return pieces.map((piece, index) => ({
    id: `${source.path}#${index + 1}`,
    ...source,
    article: piece.article,
    page: piece.page,
    text: piece.text,
  }));
}

/** Fills `sections` from one text unit; returns the article still open at its end. */
function splitUnit(text: string, format: LoadedDocument["format"], first: Section, sections: Section[]): string | null {
  let section = first;
  const lines = text.split(/\r?\n/);
  // An index page lists every article: its lines are not headings and open no article for the next page.
  const indexPage = lines.filter(isTableOfContentsLine).length >= 3;
  if (indexPage) section.article = null;
  const open = (heading: string | null, article: string | null) => {
    // The blank line keeps the heading a block of its own, never glued to the first sentence.
    section = { heading, article, lines: heading ? [heading, ""] : [], page: first.page };
    sections.push(section);
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const markdownHeading = (format === "markdown" || format === "docx") && /^#{1,6}\s+\S/.test(line);
    const rstHeading = format === "text" && isRstTitle(line, lines[index + 1]);
    if (markdownHeading || rstHeading) {
      const heading = line.replace(/^#+\s*/, "").trim();
      const level = markdownHeading ? (/^#+/.exec(line)?.[0].length ?? 1) : 2;
      // A sub-heading under an article stays in that article unless it names its own unit.
      open(heading, unitOfHeading(heading) ?? (level > 2 ? section.article : null));
      if (rstHeading) index++;
      continue;
    }
    if (/^\s*([=\-~^"*#+])\1{3,}\s*$/.test(line)) continue;
    if (indexPage) {
      section.lines.push(line);
      continue;
    }
    if (/^\s*(?:CAPO|TITOLO|SEZIONE)\s+[IVXLC\d]+\b/.test(line)) {
      open(line.trim(), null);
      continue;
    }
    const lineArticle = articleOfLine(line);
    if (lineArticle) {
      open(line.trim(), lineArticle);
      continue;
    }
    const comma = section.article ? commaOfLine(line) : null;
    if (comma && section.article && section.lines.join("").length > minChars)
      open(null, withComma(section.article, comma));
    else if (comma && section.article) section.article = withComma(section.article, comma);
    section.lines.push(line);
  }
  return indexPage ? null : section.article;
}

function isRstTitle(line: string, next: string | undefined): boolean {
  const text = line.trim();
  const underline = next?.trim() ?? "";
  return text.length > 0 && /^([=\-~^"*#+])\1{2,}$/.test(underline) && underline.length >= text.length * 0.8;
}

function textOf(section: Section): string {
  return section.lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Tiny sections (a heading alone, a short preamble) join the next one on the same page and article. */
function mergeSmall(sections: Section[]): Section[] {
  const merged: Section[] = [];
  for (const section of sections) {
    const previous = merged.at(-1);
    const sameUnit =
      previous && previous.page === section.page && (previous.article === section.article || previous.article === null);
    if (previous && sameUnit && textOf(previous).length < minChars) {
      previous.lines.push("", ...section.lines);
      previous.article = section.article;
      previous.heading ??= section.heading;
    } else merged.push({ ...section, lines: [...section.lines] });
  }
  return merged;
}

function splitLong(section: Section): { text: string; article: string | null; page: number | null }[] {
  const text = textOf(section);
  if (text.length <= maxChars) return [{ text, article: section.article, page: section.page }];
  const prefix = section.heading ? `${section.heading}\n` : "";
  const pieces: string[] = [];
  let current = "";
  for (const block of blocksOf(
    text.slice(section.heading && text.startsWith(section.heading) ? section.heading.length : 0),
  )) {
    if (current && current.length + block.length + 2 > maxChars - prefix.length) {
      pieces.push(current);
      current = "";
    }
    current = current ? `${current}\n\n${block}` : block;
  }
  if (current) pieces.push(current);
  return pieces.map((piece, index) => ({
    text: (index === 0 || prefix ? prefix : "") + piece.trim(),
    article: section.article,
    page: section.page,
  }));
}

/** Paragraphs, and the sentences of paragraphs too long to keep whole. */
function blocksOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) => {
      const flat = paragraph.replace(/\s*\n\s*/g, " ").trim();
      if (flat.length <= maxChars / 2) return [flat];
      // Consecutive sentences of one paragraph stay one block (joined by a space, not a paragraph break).
      const packed: string[] = [];
      for (const sentence of splitSentences(flat).flatMap((item) =>
        item.length > maxChars ? hardWrap(item) : [item],
      )) {
        const last = packed.at(-1);
        if (last !== undefined && last.length + sentence.length + 1 <= maxChars / 2)
          packed[packed.length - 1] = `${last} ${sentence}`;
        else packed.push(sentence);
      }
      return packed;
    })
    .filter(Boolean);
}

function hardWrap(text: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += maxChars * 0.8)
    pieces.push(text.slice(start, start + maxChars * 0.8));
  return pieces;
}
