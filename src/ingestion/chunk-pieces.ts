/**
 * From sections to passages. A tiny section (a heading alone, a short comma) joins the next one of the same
 * article, page and part of the act; a long one is cut into CONSECUTIVE passages that keep its label and page,
 * each cut falling between paragraphs or sentences, never inside one (a single sentence longer than the hard
 * limit is the only exception, cut at a clause). Every passage repeats the heading of its unit when it does not
 * hold it, so a comma or a continuation still says where it comes from.
 */
import type { ActSectionName } from "../core/types.js";
import type { Section } from "./chunk-sections.js";
import type { LoadedDocument } from "./loaded-document.js";
import type { SentenceSplitter } from "./sentence-splitter.js";

export interface Piece {
  text: string;
  label: string | null;
  page: number | null;
  part?: ActSectionName;
  ocr?: boolean;
}

export const maxChars = 1100;
const minChars = 250;
/** A section this short after a complete one is a closing fragment, not a unit worth a passage of its own. */
const tinyChars = 160;
/** A sentence up to this length is kept whole even when it makes its passage longer than maxChars. */
const hardMaxChars = 2000;

/**
 * Joins tiny sections to a neighbour of the same unit: to the next one while they are small (a heading, a short
 * comma, an act's heading before its OGGETTO), and a tiny last comma to the previous one when both still fit one
 * passage. `blankBetween`: Markdown and text need a blank line to keep two sections' paragraphs apart.
 */
export function mergeSmall(sections: readonly Section[], blankBetween: boolean): Section[] {
  const merged: Section[] = [];
  for (const section of sections) {
    const previous = merged.at(-1);
    if (previous && canJoin(previous, section, true) && textOf(previous).length < minChars)
      join(previous, section, blankBetween);
    else if (previous && canJoin(previous, section, false) && fitsAfter(previous, section))
      join(previous, section, blankBetween);
    else merged.push({ ...section, lines: [...section.lines] });
  }
  return merged;
}

function join(previous: Section, next: Section, blankBetween: boolean): void {
  previous.label = headingOnly(previous) ? next.label : joinedLabel(previous.label, next.label);
  if (blankBetween && previous.lines.at(-1)?.trim()) previous.lines.push("");
  previous.lines.push(...next.lines);
  previous.heading ??= next.heading;
  previous.context ??= next.context;
  if (previous.part === undefined && next.part !== undefined) previous.part = next.part;
}

/**
 * A tiny fragment (a closing line of an act, a short comma after others already joined) joins the section before
 * it when the two fit one passage and no precise label is lost: both unlabelled, the same unit, or a previous
 * section already cited by its whole article.
 */
function fitsAfter(previous: Section, next: Section): boolean {
  const size = textOf(next).length;
  const labels =
    previous.label === next.label ||
    (previous.label !== null && next.label !== null && previous.label === articleOf(previous.label));
  return size < tinyChars && next.heading === null && labels && textOf(previous).length + size <= maxChars;
}

/** A section holding nothing but its heading takes the label of the text that follows it. */
function headingOnly(section: Section): boolean {
  return section.heading !== null && section.lines.every((line) => !line.trim() || line.trim() === section.heading);
}

/**
 * Same page, same OCR status, same article (or none before), and the same part of the act; an act's heading
 * (no part) may lead into the part that follows it.
 */
function canJoin(previous: Section, next: Section, forward: boolean): boolean {
  const sameArticle =
    previous.label === null || (next.label !== null && articleOf(previous.label) === articleOf(next.label));
  const samePart = previous.part === next.part || (forward && previous.part === undefined);
  return previous.page === next.page && previous.ocr === next.ocr && sameArticle && samePart;
}

/** Two commi of one article together are cited by the article; the same unit keeps its own label. */
function joinedLabel(previous: string | null, next: string | null): string | null {
  if (previous === null || previous === next) return next;
  return articleOf(previous);
}

function articleOf(label: string): string {
  return label.replace(/\s+c\.\S+$/, "");
}

function textOf(section: Section): string {
  return section.lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function splitLong(section: Section, format: LoadedDocument["format"], splitter: SentenceSplitter): Piece[] {
  const body = textOf(section);
  const context = section.context;
  const meta = {
    label: section.label,
    page: section.page,
    ...(section.part ? { part: section.part } : {}),
    ...(section.ocr ? { ocr: true } : {}),
  };
  const whole = prefixed(body, context);
  if (whole.length <= maxChars) return [{ text: whole, ...meta }];
  const separator = format === "pdf" || format === "docx" ? "\n" : "\n\n";
  const budget = maxChars - (context?.length ?? 0);
  const pieces = pack(blocksOf(body, format, splitter, budget), budget, separator);
  return pieces.map((piece) => ({ text: prefixed(piece, context), ...meta }));
}

/** The unit's heading first, unless the passage already holds it as a line of its own. */
function prefixed(piece: string, context: string | null): string {
  if (!context || piece.startsWith(context) || piece.split("\n").some((line) => line.trim() === context)) return piece;
  return `${context}\n${piece}`;
}

interface Block {
  text: string;
  /** Joined to the previous block with a space: both are sentences of one paragraph. */
  sameParagraph: boolean;
}

/** Paragraphs (lines of a cleaned page), and the sentences of paragraphs too long to keep whole. */
function blocksOf(body: string, format: LoadedDocument["format"], splitter: SentenceSplitter, budget: number): Block[] {
  const paragraphs = format === "pdf" || format === "docx" ? body.split("\n") : proseParagraphs(body);
  return paragraphs
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .flatMap((paragraph) => {
      if (paragraph.length <= budget / 2) return [{ text: paragraph, sameParagraph: false }];
      return splitter(paragraph)
        .flatMap((sentence) => (sentence.length > hardMaxChars ? cutAtClauses(sentence, budget) : [sentence]))
        .map((text, index) => ({ text, sameParagraph: index > 0 }));
    });
}

/** Markdown and text: blank lines end paragraphs; list items and table rows are paragraphs of their own. */
function proseParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    let current = "";
    for (const line of block.split("\n")) {
      const own = /^\s*(?:[-*•–]\s|\d{1,3}[.)]\s|[a-z]\)\s|\|)/.test(line);
      if (own && current) {
        paragraphs.push(current);
        current = line.trim();
      } else current = current ? `${current} ${line.trim()}` : line.trim();
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs;
}

/** Balanced passages: as many as the budget needs, each filled to about the same length. */
function pack(blocks: readonly Block[], budget: number, separator: string): string[] {
  const total = blocks.reduce((sum, block) => sum + block.text.length + 1, 0);
  const target = total / Math.max(1, Math.ceil(total / budget));
  const pieces: string[] = [];
  let current = "";
  for (const block of blocks) {
    const joined = current ? `${current}${block.sameParagraph ? " " : separator}${block.text}` : block.text;
    if (current && (current.length >= target || joined.length > budget)) {
      pieces.push(current);
      current = block.text;
    } else current = joined;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** A sentence too long for any passage: cut after "; ", ", " or ": ", else at a space. */
function cutAtClauses(sentence: string, budget: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > budget) {
    const window = rest.slice(0, budget);
    const cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "), window.lastIndexOf(": "));
    const at = cut > budget / 2 ? cut + 1 : Math.max(window.lastIndexOf(" "), budget / 2);
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
