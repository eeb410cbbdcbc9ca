/**
 * A PDF page's text in reading order. pdf.js gives text items in the order the file draws them, and Word and the
 * notice-board software often draw a table, a frame or a signature box after the text that follows it on the page:
 * a hiring plan's rows ("Istruttori 11 13 6") ended up below the last paragraph, the names of a working group after
 * "Trasmettere il presente atto:". Here the upright items are laid out as the page shows them: rows from top to
 * bottom, items left to right within a row, a tab between cells far apart. Rotated text (a stamp along the margin)
 * follows, in the order drawn.
 *
 * Only pages drawn as one flow with a few blocks out of place are laid out again: the drawing order goes back up the
 * page at most `maxJumps` times (the letterhead and the footer drawn first, a table drawn last). A page drawn box by
 * box or column by column (an organisation chart, a table whose cells hold paragraphs) jumps back up at every box,
 * and laid out by rows it would interleave the lines of side-by-side boxes: it keeps the order drawn (null). So does any
 * page where two pieces drawn apart end up side by side on one row: two columns of prose (a regional bulletin), the
 * act number's box beside the OGGETTO's box of a determina. What is moved is only a block that stands alone on its
 * rows, as a table below a paragraph does. The exception is a table of figures drawn column by column (a budget's
 * items, then each year's amounts): read by rows, each label stands beside its figures, as on the page.
 */

import { cellGap, groupRows, type PdfTextItem, rowCells, wideBlank, x, y } from "./page-rows.js";

export type { PdfTextItem } from "./page-rows.js";

/**
 * The 93 acts of the corpus (600 pages): 575 pages jump back up at most 3 times; the 25 that jump 4 to 40 times are
 * the performance plan's and the PIAO's tables of paragraphs and the organisation chart. With the page box given, 85 pages have a block of their body out of place and are laid out again; the other 515 keep their text.
 */
export const maxJumps = 3;

/** Share of the page height, at the top and at the bottom, where letterheads, footers and stamps stand. */
const marginShare = 0.1;

/**
 * The page's text in reading order, or null when the order drawn is to be kept: the layout is not one flow, or
 * its body is already drawn in order. A letterhead or a footer drawn first is no reason to lay a page out again:
 * given the page's box, only a block of the body drawn out of place is (the rest of the page keeps the text it
 * had, so an index built before stays comparable).
 */
export function readingOrderText(items: readonly PdfTextItem[], page?: PageBox): string | null {
  const upright: Placed[] = [];
  const rotated: PdfTextItem[] = [];
  let block = 0;
  let previous: number | null = null;
  for (const [order, item] of items.entries()) {
    if (item.str === "") continue;
    const [a = 1, b = 0] = item.transform;
    if (Math.abs(b) > Math.abs(a)) {
      rotated.push(item);
      continue;
    }
    // A block is what the file draws going down the page; going back up by more than a line and a half starts
    // another one.
    if (item.str.trim() !== "") {
      if (goesBackUp(previous, item)) block++;
      previous = y(item);
    }
    upright.push({ item, order, block });
  }
  const oneFlow = block <= maxJumps;
  if (oneFlow && page && !bodyOutOfOrder(upright, page)) return null;
  upright.sort((left, right) => y(right.item) - y(left.item) || left.order - right.order);
  const rows = groupRows(upright, (placed) => placed.item);
  const rowOf = new Map<number, number>();
  for (const [index, row] of rows.entries()) for (const placed of row) rowOf.set(placed.order, index);
  const lines = rows.map((row) => rowText(row.map(({ item }) => item))).filter((line) => line.trim() !== "");
  const across = !oneFlow || rows.some((row, index) => sideBySide(row, index, rowOf, items));
  // Boxes or columns read across would mix their lines, unless the page is a table of figures drawn column by column
  // (a budget's items, then its amounts): there every row reads as the page shows it.
  if (across && !figureTable(rows.map((row) => row.map(({ item }) => item)))) return null;
  const margin = rotated
    .map((item) => `${item.str}${item.hasEOL ? "\n" : ""}`)
    .join("")
    .trim();
  return [...lines, ...(margin ? [margin] : [])].join("\n");
}

/**
 * Most of the page's lines are rows of a table of figures: a label, then a cell holding an amount, a rate or a count
 * ("Canone di attraversamento ANAS⇥10.000,00 €⇥10.000,00 €", "4⇥0,77⇥475,998"). On the 600 pages of the corpus,
 * the water plan's budget and tariffs, the TARI tariffs, the fees of the SUAP and the waste plan's costs.
 */
function figureTable(rows: PdfTextItem[][]): boolean {
  const filled = rows.map((row) => rowCells(row).map((cell) => cell.text)).filter((row) => row.length > 0);
  const figures = filled.filter((row) => row.slice(1).some((cell) => figureCell.test(cell)));
  return figures.length >= minFigureRows && figures.length >= figureShare * filled.length;
}

/** A line's text so far is a bullet alone: "•", "-", "", "1." are drawn apart from the item they mark. */
const bullet = /^\s*(?:[-•–—−*·▪◦●■□➢➤►✓✔⁃\uf000-\uf0ff]|\d{1,2}[.)]|[a-z]\))\s*$/;

/** A cell that is a figure: "10.000,00 €", "€ 100,00", "0,77", "12", "3%", "-40.000,00 €". */
const figureCell = /^[-–]?\s*€?\s*\d[\d.,]*\s*(?:€|%)?$/;
/** Rows of figures a page needs to be read as a table, and their least share of its lines. */
const minFigureRows = 8;
const figureShare = 0.5;

/** The page's extent in the coordinates of its text items (its media box: y of its bottom and top edges). */
export interface PageBox {
  bottom: number;
  top: number;
}

/** The body (the page without its top and bottom margins) goes back up the page somewhere in the order drawn. */
function bodyOutOfOrder(upright: Placed[], page: PageBox): boolean {
  const margin = (page.top - page.bottom) * marginShare;
  const [low, high] = [page.bottom + margin, page.top - margin];
  let previous: number | null = null;
  for (const { item } of upright) {
    if (item.str.trim() === "" || y(item) < low || y(item) > high) continue;
    if (goesBackUp(previous, item)) return true;
    previous = y(item);
  }
  return false;
}

/** The item stands more than a line and a half above the one drawn before it. */
function goesBackUp(previous: number | null, item: PdfTextItem): boolean {
  return previous !== null && y(item) > previous + Math.max(10, 1.5 * item.height);
}

interface Placed {
  item: PdfTextItem;
  /** Position in the drawing order. */
  order: number;
  /** Which block of the drawing order the item belongs to (see readingOrderText). */
  block: number;
}

/**
 * A row whose text stands apart in two pieces not drawn one after the other: two boxes or columns read across. The
 * file drew them in different blocks, or drew a line of another row between them ("N. 30 DEL", "17/03/2026", then
 * "OGGETTO: …" beside the first). The cells of a table row are drawn one after the other.
 */
function sideBySide(row: Placed[], index: number, rowOf: Map<number, number>, items: readonly PdfTextItem[]): boolean {
  const visible = row.filter(({ item }) => item.str.trim() !== "").sort((left, right) => x(left.item) - x(right.item));
  return visible.some((right, at) => {
    const left = visible[at - 1];
    if (!left || x(right.item) - (x(left.item) + left.item.width) <= cellGap) return false;
    if (left.block !== right.block) return true;
    const [from, to] = left.order < right.order ? [left.order, right.order] : [right.order, left.order];
    for (let order = from + 1; order < to; order++) {
      const between = rowOf.get(order);
      if (between !== undefined && between !== index && items[order]!.str.trim() !== "") return true;
    }
    return false;
  });
}

function rowText(items: PdfTextItem[]): string {
  const sorted = [...items].sort((left, right) => x(left) - x(right));
  let text = "";
  let end: number | null = null;
  for (const item of sorted) {
    if (wideBlank(item)) {
      text += item.str;
      continue;
    }
    // A bullet drawn apart from its item is not a cell of its own.
    if (end !== null && x(item) - end > cellGap) text = `${text.trimEnd()}${bullet.test(text) ? " " : "\t"}`;
    text += item.str;
    end = Math.max(end ?? 0, x(item) + item.width);
  }
  return text;
}
