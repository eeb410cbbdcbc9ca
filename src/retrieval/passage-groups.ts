/**
 * How passages hang together. A passage is small so that it can be cited precisely, but two larger wholes matter:
 * - the CONTEXT a passage is ranked with: its PDF page, or its article in a text without pages. A page that holds
 *   all the question's words is a strong sign even when no single passage does (that is what makes plain BM25
 *   over whole pages a hard baseline on real acts);
 * - the UNIT an answer is read from: the whole article or comma (its consecutive passages, over page breaks too),
 *   or the page for a text with no articles, so that a continuation is never lost.
 */
import { articleAtStart } from "../core/legal-reference.js";
import type { Chunk } from "../core/types.js";

export interface PassageGroups {
  /** Context group of each passage position. */
  contextOf: Uint32Array;
  contextCount: number;
  /** First and last position (inclusive) of the unit a passage belongs to. */
  unitOf(position: number): [number, number];
}

function contextKey(chunk: Chunk, position: number): string {
  if (chunk.page !== null) return `${chunk.path}\u0000p${chunk.page}`;
  if (chunk.article !== null) return `${chunk.path}\u0000a${chunk.article}`;
  return `${chunk.path}\u0000#${position}`;
}

/**
 * Two neighbouring passages belong to one unit: same file and same article, or same page (and part of the act)
 * when neither has one.
 * A passage that opens with a heading of its own starts a new unit even under the same article: a guide may give
 * one article two sections ("Art. 19 — durata dell'Unione", "Art. 19 — durata dei conferimenti").
 */
function sameUnit(left: Chunk, right: Chunk): boolean {
  if (left.path !== right.path) return false;
  if (left.article !== null || right.article !== null) {
    return left.article === right.article && !opensOwnSection(left, right);
  }
  // The parts of an act on one page (OGGETTO, premesse, dispositivo) are read apart: only the dispositivo decides.
  return left.page !== null && left.page === right.page && left.section === right.section;
}

function opensOwnSection(left: Chunk, right: Chunk): boolean {
  const heading = firstLine(right.text);
  return articleAtStart(heading) !== null && heading !== firstLine(left.text);
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0]!.trim();
}

export function buildPassageGroups(chunks: readonly Chunk[]): PassageGroups {
  const contextOf = new Uint32Array(chunks.length);
  const ids = new Map<string, number>();
  const unitStart = new Uint32Array(chunks.length);
  const unitEnd = new Uint32Array(chunks.length);
  for (let position = 0; position < chunks.length; position++) {
    const chunk = chunks[position]!;
    const key = contextKey(chunk, position);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    contextOf[position] = id;
    const previous = chunks[position - 1];
    unitStart[position] = previous && sameUnit(previous, chunk) ? unitStart[position - 1]! : position;
  }
  for (let position = chunks.length - 1; position >= 0; position--) {
    const next = chunks[position + 1];
    unitEnd[position] = next && sameUnit(chunks[position]!, next) ? unitEnd[position + 1]! : position;
  }
  return {
    contextOf,
    contextCount: ids.size,
    unitOf: (position) => [unitStart[position]!, unitEnd[position]!],
  };
}

/** Characters of a unit given to the answer at most: an article may run for pages. */
const maxUnitChars = 3_000;

/**
 * The passages of the unit around a passage that an answer reads: all of them, or at most `maxUnitChars` centred
 * on the passage that was found (first and last position, inclusive).
 */
export function unitWindow(chunks: readonly Chunk[], range: [number, number], found: number): [number, number] {
  const [start, end] = range;
  let length = chunks[found]?.text.length ?? 0;
  let left = found - 1;
  let right = found + 1;
  while (left >= start || right <= end) {
    const next = right <= end && (left < start || right - found <= found - left) ? right : left;
    const extra = chunks[next]?.text.length ?? 0;
    if (length + extra > maxUnitChars) break;
    length += extra;
    if (next === right) right++;
    else left--;
  }
  return [left + 1, right - 1];
}

/**
 * The text of the unit around a passage (see unitWindow): its passages in order, the heading that each piece of a
 * long article repeats shown once.
 */
export function unitText(chunks: readonly Chunk[], range: [number, number], found: number): string {
  const [start, end] = unitWindow(chunks, range, found);
  const texts: string[] = [];
  for (let position = start; position <= end; position++) {
    const text = chunks[position]!.text;
    const previous = texts.at(-1);
    texts.push(previous === undefined ? text : withoutRepeatedHeading(text, chunks[start]!.text));
  }
  return texts.join("\n\n");
}

/** The chunker repeats a long section's heading on each of its pieces: read once, it is enough. */
function withoutRepeatedHeading(text: string, first: string): string {
  const heading = first.split("\n", 1)[0]!;
  return heading && text.startsWith(`${heading}\n`) ? text.slice(heading.length + 1) : text;
}

/**
 * Two passages of the same unit (an article, or a page without articles) say the same thing twice once the answer
 * reads the whole unit: keep the best-ranked passage of each unit. A unit longer than an answer reads (see
 * unitWindow) is read around its passage: another passage of it, out of that part, is kept too, or an article's
 * last comma would be hidden behind its first; it is read from the part of the unit not shown yet.
 */
export function distinctUnits<Hit extends { position: number }>(
  fused: Hit[],
  chunks: readonly Chunk[],
  groups: PassageGroups,
  topK: number,
): (Hit & { range: [number, number] })[] {
  const shown = new Map<number, [number, number][]>();
  const kept: (Hit & { range: [number, number] })[] = [];
  for (const hit of fused) {
    if (kept.length >= topK) break;
    const unit = groups.unitOf(hit.position);
    const windows = shown.get(unit[0]) ?? [];
    if (windows.some(([start, end]) => hit.position >= start && hit.position <= end)) continue;
    // The rest of the unit on this passage's side of the parts already shown.
    const start = Math.max(unit[0], ...windows.filter(([, end]) => end < hit.position).map(([, end]) => end + 1));
    const end = Math.min(unit[1], ...windows.filter(([begin]) => begin > hit.position).map(([begin]) => begin - 1));
    const range: [number, number] = [start, end];
    shown.set(unit[0], [...windows, unitWindow(chunks, range, hit.position)]);
    kept.push({ ...hit, range });
  }
  return kept;
}
