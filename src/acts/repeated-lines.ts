/**
 * Finds the running headers and footers of one multi-page document: lines that sit at the top or bottom edge of
 * many of its pages (letterheads, "COPIA", addresses, running titles with a page number, protocol stamps). A
 * line counts as repeated after digits are masked, so "Pag. 3 di 7" and "Piano … 2" match across pages.
 * Only the contiguous block at each edge is stripped: the same line in the middle of a page is content.
 * Linear in the number of lines.
 */
import { type BoilerplateKind, boilerplateKind, isSignatureLike } from "./boilerplate-patterns.js";

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

// Lines arrive normalised (single spaces): lowercase is the whole key.
function exactKey(line: string): string {
  return line.toLowerCase();
}

// "Piano … COMUNE DI AVELLA 3" on page 3 and "… 4" on page 4: one running header whose number follows the page.
// Digits are masked only for such lines; "DESCRIZIONE OBIETTIVO 3" atop several pages or "ART. 6" on page 6
// are headings.
function maskedKey(line: string): string | null {
  const exact = exactKey(line);
  if (!/\d/.test(exact) || exact.replace(/[^\p{L}]/gu, "").length < 12) return null;
  return exact.replace(/\d+/g, "#");
}

interface KeyStats {
  sample: string;
  /** Per page holding the line at an edge: the numbers in it. */
  occurrences: Map<number, number[]>;
}

function collect(stats: Map<string, KeyStats>, key: string, line: string, page: number): void {
  const entry = stats.get(key) ?? { sample: line, occurrences: new Map<number, number[]>() };
  entry.occurrences.set(page, (line.match(/\d+/g) ?? []).map(Number));
  stats.set(key, entry);
}

/** Every number either stays the same on all pages or follows the page number at a fixed offset. */
function followsPages(occurrences: Map<number, number[]>): boolean {
  const rows = [...occurrences.entries()];
  const width = rows[0]![1].length;
  let paged = false;
  for (let position = 0; position < width; position += 1) {
    const values = new Set(rows.map(([, numbers]) => numbers[position]));
    if (values.size === 1) continue;
    const offsets = new Set(rows.map(([page, numbers]) => numbers[position]! - page));
    if (offsets.size !== 1 || Math.abs([...offsets][0]!) > 5) return false;
    paged = true;
  }
  return paged;
}

function repeatedKeys(pages: readonly string[][]): Set<string> {
  const pageCount = pages.length;
  const stats = new Map<string, KeyStats>();
  pages.forEach((lines, pageIndex) => {
    lines.forEach((line, index) => {
      if ((index >= topZone && index < lines.length - bottomZone) || !/\p{L}/u.test(line)) return;
      collect(stats, `=${exactKey(line)}`, line, pageIndex + 1);
      const masked = maskedKey(line);
      if (masked) collect(stats, `#${masked}`, line, pageIndex + 1);
    });
  });
  const threshold = Math.max(2, Math.ceil(pageCount * 0.4));
  // Who signed is content: a signature repeated on a few pages of an act's tail stays, a per-page footer goes.
  const signatureThreshold = Math.max(3, Math.ceil(pageCount * 0.8));
  const keys = new Set<string>();
  for (const [key, { sample, occurrences }] of stats) {
    const needed = isSignatureLike(sample) ? signatureThreshold : threshold;
    if (pageCount < 2 || occurrences.size < needed) continue;
    if (key.startsWith("=") || followsPages(occurrences)) keys.add(key);
  }
  return keys;
}

function isRepeated(line: string, repeated: Set<string>): boolean {
  if (repeated.has(`=${exactKey(line)}`)) return true;
  const masked = maskedKey(line);
  return masked !== null && repeated.has(`#${masked}`);
}

function edgeKind(
  line: string,
  index: number,
  length: number,
  repeated: Set<string>,
  page: number,
): BoilerplateKind | null {
  const rank = Math.min(index, length - 1 - index);
  const pattern = boilerplateKind(line, rank <= 1 || (index <= 2 && /^\S+$/.test(line)), page);
  if (pattern) return pattern;
  return isRepeated(line, repeated) ? "ripetuta" : null;
}

/** Splits each page's lines into kept lines and stripped edge boilerplate. */
export function splitEdgeBoilerplate(pages: readonly string[][]): EdgeSplit {
  const repeated = repeatedKeys(pages);
  const removedByKey = new Map<string, RemovedLine>();
  const kept = pages.map((lines, pageIndex) => {
    const kindAt = (index: number): BoilerplateKind | null =>
      edgeKind(lines[index]!, index, lines.length, repeated, pageIndex + 1);
    const edgeKinds = new Map<number, BoilerplateKind>();
    let top = 0;
    for (; top < lines.length; top += 1) {
      const kind = kindAt(top);
      if (!kind) break;
      edgeKinds.set(top, kind);
    }
    for (let bottom = lines.length - 1; bottom >= top; bottom -= 1) {
      const kind = kindAt(bottom);
      if (!kind) break;
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
