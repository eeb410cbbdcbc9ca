/**
 * A table answers with the rows that name what is asked, under the line that names the columns, not with its
 * opening rows nor with all twenty: "quanto mettiamo per il canone di attraversamento della circumvesuviana? e
 * quello ANAS?" →
 *   Anno 2026 | Anno 2027 | Anno 2029
 *   1188/13 | Canone di attraversamento circumvesuviana | 15.000,00 € | 15.000,00 € | 15.000,00 €
 *   1188/14 | Canone di attraversamento ANAS | 10.000,00 € | 10.000,00 € | 10.000,00 €
 * A row is also named by its first cell, when that is a number the question gives ("una famiglia di 4 persone" →
 * the row "4 | 0,77 | 475,998" of the table by number of occupants).
 */
import { analyze } from "../index-format/italian-analyzer.js";
import { tableRow } from "./unit-sentences.js";

/** Rows quoted at most: one per thing asked, for a question in a few parts. */
const maxRows = 3;
/** A further row is quoted only when what it adds weighs at least this share of the question's rarest word. */
const furtherShare = 0.5;
/** An amount, as opposed to a year or a column number: "15.000,00", "0,77", "1.200". */
const amount = /\d,\d|\d{1,3}(?:\.\d{3})+/;

/**
 * The column heading and the rows of a table that state what the question asks, one per line; null when the text
 * is not a table or no row names anything asked.
 */
export function tableRowsAnswer(text: string, weights: Map<string, number>): string | null {
  const lines = text.split("\n").map((line) => line.replace(/[ \t]+/g, " ").trim());
  const picked = askedRows(lines, weights);
  if (!picked) return null;
  const heading = columnHeading(lines, picked[0]!);
  return [...(heading === null ? [] : [lines[heading]!]), ...picked.map((at) => lines[at]!)].join("\n");
}

/** Indexes of the rows, among the lines, that name what is asked (in order); null when none does. */
export function askedRows(lines: string[], weights: Map<string, number>): number[] | null {
  const rows = lines.flatMap((line, at) => (isRow(line) ? [at] : []));
  if (rows.length < 2) return null;
  const numbers = new Set([...weights.keys()].filter((term) => /^\d{1,3}$/.test(term)));
  const specific = Math.max(0, ...[...weights].filter(([term]) => /\p{L}/u.test(term)).map(([, weight]) => weight));
  const covered = new Set<string>();
  const picked: number[] = [];
  while (picked.length < maxRows) {
    let choice: { at: number; score: number } | null = null;
    for (const at of rows) {
      if (picked.includes(at)) continue;
      const score = rowScore(lines[at]!, weights, covered, numbers, specific);
      if (score > (choice?.score ?? 0)) choice = { at, score };
    }
    // A further row must name another thing asked, nearly as specific as the most specific word of the question.
    if (!choice || (picked.length > 0 && choice.score < specific * furtherShare)) break;
    picked.push(choice.at);
    for (const term of analyze(lines[choice.at]!)) covered.add(term);
    covered.add(firstCell(lines[choice.at]!) ?? "");
  }
  return picked.length > 0 ? picked.sort((left, right) => left - right) : null;
}

/** A row of a table: words and figures, or cells of figures alone ("4 | 0,77 | 475,998"). */
function isRow(line: string): boolean {
  return tableRow(line) || (/^[^|]{1,40}(?:\|[^|]+){2,}$/.test(line) && amount.test(line));
}

/**
 * What a row states of the question: the weight of the asked words it names and no row before it did, plus a number
 * the question gives when the row opens with it. A row naming nothing asked scores 0, whatever its figures.
 */
function rowScore(
  line: string,
  weights: Map<string, number>,
  covered: Set<string>,
  numbers: Set<string>,
  specific: number,
): number {
  const words = new Set(analyze(line).filter((term) => /\p{L}/u.test(term) && !covered.has(term)));
  let score = 0;
  for (const term of words) score += weights.get(term) ?? 0;
  const first = firstCell(line);
  if (first && numbers.has(first) && !covered.has(first) && amount.test(line)) score += specific;
  return score;
}

/** The number a row opens with, as its first cell ("4 | 0,77 | 475,998"), if any. */
function firstCell(line: string): string | null {
  return /^(\d{1,3})\s*(?:\||$|\s(?=\p{L}))/u.exec(line)?.[1] ?? null;
}

/**
 * The nearest line above a row that names columns: cells without an amount ("Anno 2026 | Anno 2027", "N. componenti
 * | Quota fissa (€/mq/anno) | Quota variabile (€/anno)"), within the table the row belongs to.
 */
export function columnHeading(lines: string[], row: number): number | null {
  for (let at = row - 1; at >= 0; at--) {
    const line = lines[at]!;
    if (line.includes("|") && !amount.test(line)) return at;
    if (!isRow(line)) return null;
  }
  return null;
}
