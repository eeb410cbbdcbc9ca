/**
 * Page cleanup for one multi-page document, as pdf-parse returns it (one string per page):
 * strips running headers and footers, page numbers, protocol stamps, "COPIA" banners and signature notices;
 * takes the issuing ente from the letterhead (and removes the letterhead block from page 1); rejoins layout
 * breaks into paragraphs and undoes hyphenation. Each page stays separate so citations keep their page.
 * Linear in the size of the text.
 */

import { buildLexicon, type Lexicon } from "./hyphenation.js";
import { findEnte } from "./letterhead.js";
import { describeLine, normalizeLine } from "./line-shapes.js";
import { isWrap, reflowLines, typicalWidth } from "./reflow.js";
import { type RemovedLine, splitEdgeBoilerplate } from "./repeated-lines.js";

export interface CleanPage {
  /** 1-based page number. */
  page: number;
  /** Paragraphs, headings, list items and table rows, one per line. */
  text: string;
  blocks: string[];
  /** The page's lines before paragraphs were rejoined (boilerplate already stripped): act headers read these. */
  lines: string[];
  /** The first block continues the last paragraph of the previous page. */
  continuesPrevious: boolean;
}

export interface CleanDocument {
  pages: CleanPage[];
  /** The issuing ente named by the letterhead ("Comune di Avella"), or null. */
  ente: string | null;
  /** The letterhead lines as first seen (ente, address, banners), for display or provenance. */
  letterhead: string[];
  /** Every stripped line, with the text of its first occurrence and its pages. */
  removed: RemovedLine[];
  /** False when no page has any text (a scan without OCR). */
  hasText: boolean;
}

const fallbackWidth = 90;
const enteSearchLines = 40;

export function cleanPages(pages: readonly string[]): CleanDocument {
  const lines = pages.map((page) => page.split(/\r?\n/).map(normalizeLine).filter(isContentLine));
  const { kept, removed } = splitEdgeBoilerplate(lines);
  const letterhead = removed.filter((line) => line.pages[0] === 1 && line.kind === "ripetuta").map((line) => line.text);
  let ente = findEnte(letterhead)?.ente ?? null;
  if (kept[0]) {
    const onFirstPage = findEnte(kept[0], enteSearchLines);
    // A letterhead printed once on page 1 (deliberations) is dropped there; a different ente named on page 1
    // after a running letterhead is content.
    if (onFirstPage && (ente === null || sameName(ente, onFirstPage.ente))) {
      ente ??= onFirstPage.ente;
      letterhead.push(...onFirstPage.lineIndexes.map((index) => kept[0]![index]!));
      const drop = new Set(onFirstPage.lineIndexes);
      kept[0] = kept[0].filter((_, index) => !drop.has(index));
    }
  }
  return { pages: reflowPages(kept), ente, letterhead, removed, hasText: kept.some((page) => page.some(hasLetters)) };
}

// Rules drawn with underscores or dashes carry nothing; a form blank inside a sentence ("Sezione ____") stays.
function isContentLine(line: string): boolean {
  return line.length > 0 && !/^[-_=.…·*~\s|]{3,}$/.test(line);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function hasLetters(line: string): boolean {
  return /\p{L}{2}/u.test(line);
}

function reflowPages(pages: string[][]): CleanPage[] {
  const facts = pages.map((lines) => lines.map(describeLine));
  const documentWidth = typicalWidth(facts.flat()) ?? fallbackWidth;
  let lexicon: Lexicon | null = null;
  const lazyLexicon = (): Lexicon => (lexicon ??= buildLexicon(pages.flat()));
  return facts.map((lines, index) => {
    const width = Math.max(typicalWidth(lines) ?? 0, documentWidth * 0.9);
    const blocks = reflowLines(lines, { width, lexicon: lazyLexicon });
    const previous = facts[index - 1];
    const continuesPrevious = Boolean(previous?.length && lines.length && isWrap(previous.at(-1)!, lines[0]!, width));
    return { page: index + 1, text: blocks.join("\n"), blocks, lines: pages[index]!, continuesPrevious };
  });
}

/** The pages of a cleaned document as one text, pages separated by a blank line, with each page's start offset. */
export function documentText(document: CleanDocument): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let text = "";
  for (const page of document.pages) {
    if (text) text += "\n\n";
    pageStarts.push(text.length);
    text += page.text;
  }
  return { text, pageStarts };
}

/** The 1-based page holding `offset` of documentText(). */
export function pageAtOffset(pageStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (pageStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
