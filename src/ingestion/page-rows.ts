/**
 * A PDF page's text items as the page shows them: rows from top to bottom, cells left to right within a row. Shared
 * by the reading order (reading-order.ts) and the grids of headings over values (field-grids.ts).
 */

/** The fields of a pdf.js text item this needs. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: the item's text matrix; y grows upwards. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** A cell of a row: its text and horizontal extent. */
export interface Cell {
  text: string;
  left: number;
  right: number;
}

/** Horizontal gap (points) beyond which two items of a row are separate cells, as pdf-parse judges it. */
export const cellGap = 7;

/**
 * Items sorted from the top of the page down, grouped into rows: items whose baselines differ by less than half a
 * line stand on one row (a superscript "1°" too).
 */
export function groupRows<T>(sorted: readonly T[], itemOf: (entry: T) => PdfTextItem): T[][] {
  const rows: { y: number; height: number; entries: T[] }[] = [];
  for (const entry of sorted) {
    const item = itemOf(entry);
    const row = rows.at(-1);
    if (row && row.y - y(item) <= Math.max(2, 0.5 * Math.max(row.height, item.height))) {
      row.entries.push(entry);
      row.height = Math.max(row.height, item.height);
    } else rows.push({ y: y(item), height: item.height, entries: [entry] });
  }
  return rows.map((row) => row.entries);
}

/** The cells of a row, left to right: items closer than a cell's gap join; blanks only separate words. */
export function rowCells(items: readonly PdfTextItem[]): Cell[] {
  const sorted = items.filter((item) => !wideBlank(item)).sort((left, right) => x(left) - x(right));
  const cells: Cell[] = [];
  let end: number | null = null;
  for (const item of sorted) {
    const text = item.str.trim();
    const last = cells.at(-1);
    if (text !== "" && (!last || end === null || x(item) - end > cellGap))
      cells.push({ text, left: x(item), right: x(item) + item.width });
    else if (text !== "" && last) {
      last.text = `${last.text} ${text}`;
      last.right = Math.max(last.right, x(item) + item.width);
    }
    end = Math.max(end ?? 0, x(item) + item.width);
  }
  return cells;
}

/**
 * A blank wider than a few spaces is not a space between words: some files draw one blank across the whole row, over
 * the cells that follow it ("Carburanti per automezzi", a blank 500 points wide, "10.000,00 €"). Its width is left
 * out; a blank between two words of a cell still joins them.
 */
export function wideBlank(item: PdfTextItem): boolean {
  return item.str.trim() === "" && item.width > 3 * cellGap;
}

export function x(item: PdfTextItem): number {
  return item.transform[4] ?? 0;
}

export function y(item: PdfTextItem): number {
  return item.transform[5] ?? 0;
}
