/**
 * The accounting box every determina closes with names its fields in a row of headings and gives their values in
 * the row below, each under its heading:
 *
 *     Piano          Missione   Capitolo   Quinti Livello   Esercizio   N. Impegno
 *     Finanziario                          p.f.                         Provvisorio
 *     1.03.01.02.014 01.07      274.9      14 - Stampati    2026        60
 *
 * As text, in any order, "Capitolo" stands lines away from "274.9", and "su che capitolo è andata la spesa?" has
 * no line that answers. Here each value is paired with the heading it stands under, in one line the page text
 * gains, one sentence so that a quote keeps the whole record: "Piano Finanziario: 1.03.01.02.014 — Missione: 01.07 —
 * Capitolo: 274.9 — …".
 */
import { type Cell, groupRows, type PdfTextItem, rowCells, x, y } from "./page-rows.js";

/** Heading rows read together at most ("Piano" over "Finanziario"), and value rows. */
const maxBandRows = 3;
/** Fields a grid needs to be one: fewer is a label beside a value, which the text already reads. */
const minFields = 3;
/** A heading: words only, short ("N. Impegno", "Quinti Livello", "p.f."). */
const heading = /^[\p{L}][\p{L}\s.'’°/()-]{0,29}$/u;

/** One line per grid of headings and values found on the page, or "" when there is none. */
export function fieldGridLines(items: readonly PdfTextItem[]): string {
  const rows = rowsOf(items);
  const lines: string[] = [];
  let at = 0;
  while (at < rows.length) {
    const grid = gridAt(rows, at);
    if (grid) {
      lines.push(grid.line);
      at = grid.next;
    } else at++;
  }
  return lines.join("\n");
}

/** A grid whose heading band starts at row `start`: its line and the row after it; null when there is none. */
function gridAt(rows: Cell[][], start: number): { line: string; next: number } | null {
  let end = start;
  while (end < rows.length && end - start < maxBandRows && headingRow(rows[end]!, end === start)) end++;
  if (end === start || end >= rows.length) return null;
  const columns = columnsOf(rows.slice(start, end));
  if (columns.length < minFields) return null;
  let last = end;
  while (last < rows.length && last - end < maxBandRows && valueRow(rows[last]!)) last++;
  if (last === end) return null;
  // A row filling (nearly) every column is a record of its own ("2 | Mensa – Scuola Elementare | CUP | 7.320,00");
  // a sparser one continues the record above, a value wrapped over two lines ("1.03.01.02.0" over "014").
  const records: string[][][] = [];
  for (const row of rows.slice(end, last)) {
    if (records.length === 0 || row.length >= Math.max(minFields, columns.length - 1))
      records.push(columns.map(() => []));
    for (const cell of row) {
      const column = valueColumn(columns, cell);
      if (column >= 0) records.at(-1)![column]!.push(cell.text);
    }
  }
  const lines = records.flatMap((values) => {
    const pairs = columns.flatMap((column, index) =>
      values[index]!.length > 0 ? [`${column.text}: ${values[index]!.join(" ")}`] : [],
    );
    return pairs.length >= minFields ? [`${pairs.join(" — ")}.`] : [];
  });
  return lines.length > 0 ? { line: lines.join("\n"), next: last } : null;
}

/**
 * A row of headings: two cells at least, each of words only (a title above the grid is one cell); the first row of
 * a band opens its headings with a capital ("Piano", "N. Impegno"), as justified prose ("che", "lo") does not.
 */
function headingRow(row: Cell[], first: boolean): boolean {
  return row.length >= 2 && row.every((cell) => heading.test(cell.text) && (!first || /^\p{Lu}/u.test(cell.text)));
}

/**
 * A row of values: short cells, half of them at least with a figure ("274.9", "€ 183,00", "01.07"). A line of prose,
 * the letterhead's footer ("Piazza Municipio n. 1, C.A.P: 83021 …") or a row of a staff table ("FUSCO | parziale
 * (50%) | amministrativo") is not: paired with the row above, it would read "Silvia: FUSCO".
 */
function valueRow(row: Cell[]): boolean {
  const figures = row.filter((cell) => /\d/.test(cell.text)).length;
  return row.every((cell) => cell.text.length <= maxValue) && figures > 0 && figures * 2 >= row.length;
}

/** Characters of a value at most: "14 - Stampati specialistici" is one. */
const maxValue = 40;

/**
 * The columns of a heading band: cells of its rows that overlap horizontally are one heading, read top to bottom
 * ("Piano" + "Finanziario", "N. Sub-" + "impegno" → "N. Sub-impegno").
 */
function columnsOf(band: Cell[][]): Cell[] {
  const columns: Cell[] = [];
  for (const row of band)
    for (const cell of row) {
      const column = columns[columnOf(columns, cell)];
      if (!column) columns.push({ ...cell });
      else {
        column.text = column.text.endsWith("-") ? `${column.text}${cell.text}` : `${column.text} ${cell.text}`;
        column.left = Math.min(column.left, cell.left);
        column.right = Math.max(column.right, cell.right);
      }
    }
  return columns.sort((left, right) => left.left - right.left);
}

/** The column a cell stands under: the one it overlaps most; -1 when it overlaps none. */
function columnOf(columns: Cell[], cell: Cell): number {
  let best = -1;
  let most = 0;
  for (const [index, column] of columns.entries()) {
    const overlap = Math.min(column.right, cell.right) - Math.max(column.left, cell.left);
    if (overlap > most) {
      best = index;
      most = overlap;
    }
  }
  return best;
}

/**
 * The column a value stands under: the heading it overlaps most or, for a value set right in a wide column
 * ("Numero Liquid." over a "613" further right), the last heading that starts before it.
 */
function valueColumn(columns: Cell[], cell: Cell): number {
  const overlapped = columnOf(columns, cell);
  if (overlapped >= 0) return overlapped;
  let last = 0;
  for (const [index, column] of columns.entries()) if (column.left <= cell.left) last = index;
  return last;
}

/** The page's upright text as rows of cells, top to bottom; blanks only separate. */
function rowsOf(items: readonly PdfTextItem[]): Cell[][] {
  const visible = items
    .filter((item) => item.str.trim() !== "" && Math.abs(item.transform[1] ?? 0) <= Math.abs(item.transform[0] ?? 1))
    .sort((left, right) => y(right) - y(left) || x(left) - x(right));
  return groupRows(visible, (item) => item).map(rowCells);
}
