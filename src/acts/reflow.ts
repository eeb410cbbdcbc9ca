/**
 * Rejoins the layout line breaks of PDF text into paragraphs, one paragraph per output line, and undoes
 * end-of-line hyphenation. Headings, list items and table rows stay on their own lines; table cells that the
 * PDF separated with tabs are rendered " | ". Each break is decided from the two lines around it and the page's
 * typical line width, so the pass is linear.
 */

import { hyphenJoiner, type Lexicon } from "./hyphenation.js";
import type { LineFacts } from "./line-shapes.js";

export interface ReflowContext {
  /** Typical length in characters of a full line of running text on this page. */
  width: number;
  /** The document's words, built on first need (only hyphenated line ends ask for it). */
  lexicon: () => Lexicon;
}

/** True when the break between `previous` and `next` is a layout wrap inside one paragraph. */
export function isWrap(previous: LineFacts, next: LineFacts, width: number): boolean {
  if (previous.tabular || next.tabular || next.opensBlock) return false;
  if (previous.hyphenEnd && /^\p{L}/u.test(next.text)) return true;
  if (previous.sentenceEnd && !previous.text.endsWith(".")) return false;
  // Justified lines vary in characters; a line without final punctuation this long is not a paragraph's end.
  const long = previous.text.length >= width * 0.7;
  // A paragraph hardly ever starts in lowercase, unless it follows a heading ("DELIBERA" / "di approvare…").
  if (next.lowercaseStart) return !isCapsHeading(previous, width);
  if (/^[\d(«"“]/.test(next.text)) return !previous.sentenceEnd || long;
  // "PROPONE", "DELIBERA", "D E L I B E R A", "VISTO:": one word in capitals is a heading even after a truncated
  // clause.
  if (next.allCaps && /^(?:[\p{Lu}'’]{4,}|(?:\p{Lu} ){3,}\p{Lu}):?$/u.test(next.text)) return false;
  if (previous.functionWordEnd || /\s[-–—]$/.test(previous.text)) return true;
  // From a title in capitals to a sentence in mixed case: "…DEL 22/02/2024" / "Vista la Deliberazione…".
  if (previous.allCaps && !next.allCaps) return false;
  // A short all-caps line after running text is a heading ("DELIBERA", "VISTO:", "IL SINDACO").
  if (isCapsHeading(next, width) && !previous.allCaps) return false;
  if (previous.sentenceEnd) return previous.text.length >= width * 0.92;
  if (long) return true;
  return previous.allCaps && next.allCaps && previous.text.length >= width * 0.5;
}

function isCapsHeading(line: LineFacts, width: number): boolean {
  return line.allCaps && line.text.length < width * 0.5 && !line.functionWordEnd;
}

/** Cells separated by tabs become " | ": a table row stays readable as one line. */
export function renderCells(line: string): string {
  return line.includes("\t")
    ? line
        .split("\t")
        .map((cell) => cell.trim())
        .filter(Boolean)
        .join(" | ")
    : line;
}

/**
 * Paragraphs of one page: each returned string is one paragraph, heading, list item or table row. Lines are
 * collected with their joiners and concatenated once, so a long paragraph costs no more than its length.
 */
export function reflowLines(lines: readonly LineFacts[], context: ReflowContext): string[] {
  const blocks: string[] = [];
  let pieces: string[] = [];
  let previous: LineFacts | null = null;
  for (const line of lines) {
    if (previous && isWrap(previous, line, context.width)) {
      if (previous.hyphenEnd && /^\p{L}/u.test(line.text)) {
        const joiner = hyphenJoiner(previous.text, line.text, context.lexicon());
        pieces[pieces.length - 1] = `${pieces[pieces.length - 1]!.slice(0, -1)}${joiner}`;
      } else {
        pieces.push(" ");
      }
    } else if (pieces.length) {
      blocks.push(renderCells(pieces.join("")));
      pieces = [];
    }
    pieces.push(line.text);
    previous = line;
  }
  if (pieces.length) blocks.push(renderCells(pieces.join("")));
  return blocks;
}

/**
 * Typical full-line width: a high percentile of line lengths (tables and headings are shorter). Pass all lines
 * of a document for its width; a page's own lines only refine it upwards (a landscape page is wider).
 */
export function typicalWidth(lines: readonly LineFacts[]): number | null {
  const lengths = lines.filter((line) => !line.tabular).map((line) => line.text.length);
  if (lengths.length < 6) return null;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * 0.9)]!;
}
