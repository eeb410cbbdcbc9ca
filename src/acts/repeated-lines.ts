/**
 * Finds the running headers and footers of one multi-page document: lines that sit at the top or bottom edge of
 * many of its pages (letterheads, "COPIA", addresses, running titles with a page number, protocol stamps). A
 * line counts as repeated after digits are masked, so "Pag. 3 di 7" and "Piano … 2" match across pages.
 * Only the contiguous block at each edge is stripped: the same line in the middle of a page is content.
 * Linear in the number of lines.
 */
import { boilerplateKind, isSignatureLike, type BoilerplateKind } from "./boilerplate-patterns.js";

/** A line stripped from the pages, with the text of its first occurrence and the 1-based pages it was on. */
export interface RemovedLine {
  text: string;
  kind: BoilerplateKind;
  pages: number[];
}

export interface EdgeSplit {
  /** Per page, the lines kept, in order. */
  kept: string[][];
  removed: RemovedLine[];
}

const topZone = 10;
const bottomZone = 6;

// Digits are masked only in lines with enough words to be a running header ("Piano … COMUNE DI AVELLA 3"):
// "ART. 6" at the top of page 6 and "ART. 7" on page 7 are headings, not one repeated line.
function lineKey(line: string): string {
  const lower = line.toLowerCase().replace(/[\s\t]+/g, " ");
  const letters = lower.replace(/[^\p{L}]/gu, "").length;
  return letters >= 12 ? lower.replace(/\d+/g, "#") : lower;
}

function repeatedKeys(pages: readonly string[][]): Set<string> {
  const pageCount = pages.length;
  const counts = new Map<string, { count: number; sample: string }>();
  for (const lines of pages) {
    const seen = new Map<string, string>();
    lines.forEach((line, index) => {
      if (index >= topZone && index < lines.length - bottomZone) return;
      if (!/\p{L}/u.test(line)) return;
      seen.set(lineKey(line), line);
    });
    for (const [key, line] of seen) {
      const entry = counts.get(key) ?? { count: 0, sample: line };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  const threshold = Math.max(2, Math.ceil(pageCount * 0.4));
  // Who signed is content: a signature repeated on a few pages of an act's tail stays, a per-page footer goes.
  const signatureThreshold = Math.max(3, Math.ceil(pageCount * 0.8));
  const keys = new Set<string>();
  for (const [key, { count, sample }] of counts) {
    const needed = isSignatureLike(sample) ? signatureThreshold : threshold;
    if (pageCount >= 2 && count >= needed) keys.add(key);
  }
  return keys;
}

function edgeKind(line: string, index: number, length: number, repeated: Set<string>, page: number): BoilerplateKind | null {
  const rank = Math.min(index, length - 1 - index);
  const pattern = boilerplateKind(line, rank <= 1 || (index <= 2 && /^\S+$/.test(line)), page);
  if (pattern) return pattern;
  return repeated.has(lineKey(line)) ? "ripetuta" : null;
}

/** Splits each page's lines into kept lines and stripped edge boilerplate. */
export function splitEdgeBoilerplate(pages: readonly string[][]): EdgeSplit {
  const repeated = repeatedKeys(pages);
  const removedByKey = new Map<string, RemovedLine>();
  const kept = pages.map((lines, pageIndex) => {
    const kindAt = (index: number): BoilerplateKind | null => edgeKind(lines[index]!, index, lines.length, repeated, pageIndex + 1);
    const edgeKinds = new Map<number, BoilerplateKind>();
    let top = 0;
    for (let kind: BoilerplateKind | null; top < lines.length && (kind = kindAt(top)); top += 1) edgeKinds.set(top, kind);
    for (let bottom = lines.length - 1, kind: BoilerplateKind | null; bottom >= top && (kind = kindAt(bottom)); bottom -= 1) {
      edgeKinds.set(bottom, kind);
    }
    const result: string[] = [];
    lines.forEach((line, index) => {
      // Stamps and signature notices are boilerplate wherever pdf.js happens to place them.
      const kind = edgeKinds.get(index) ?? boilerplateKind(line, false);
      if (!kind) {
        result.push(line);
        return;
      }
      // One entry per stripped line across pages: "Pagina 2 di 3" and "Pagina 3 di 3" are the same footer.
      const key = `${kind}:${line.toLowerCase().replace(/\d+/g, "#")}`;
      const entry = removedByKey.get(key) ?? { text: line, kind, pages: [] };
      if (entry.pages.at(-1) !== pageIndex + 1) entry.pages.push(pageIndex + 1);
      removedByKey.set(key, entry);
    });
    return result;
  });
  return { kept, removed: [...removedByKey.values()] };
}
