/**
 * Which pages need OCR. A page is read by OCR when its text layer is too thin to be its content and an image
 * covers much of it: a scan with no text, or with only a registry stamp printed over it (a protocol line of 40
 * letters on a page of 2,000). A thin page without a large image (a signature page, a logo) keeps its text.
 */
import type { TextUnit } from "../loaded-document.js";

/** Fewer letters than this and the text layer may not be the page's content (a full page has thousands). */
export const thinPageLetters = 200;
/** Fewer than this and a page has no text of its own: at most a protocol stamp (about 40 letters) or a number. */
export const emptyPageLetters = 80;
/** Square inches: a fifth of an A4 page (97 in²); logos and signatures are a few. */
const largeImageSquareInches = 20;

export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** Every page empty or a stamp alone: a scan, even where there is no program to look at its images. */
export function looksScanned(units: TextUnit[]): boolean {
  return units.every((unit) => letterCount(unit.text) < emptyPageLetters);
}

export function thinPages(units: TextUnit[]): number[] {
  return units.flatMap((unit) => (unit.page !== null && letterCount(unit.text) < thinPageLetters ? [unit.page] : []));
}

/**
 * Pages holding a large image, from `pdfimages -list` (page, num, type, width, height, color, comp, bpc, enc,
 * interp, object, ID, x-ppi, y-ppi, …): size on paper is pixels divided by the resolution it is shown at.
 */
export function pagesWithLargeImages(listing: string): Set<number> {
  const pages = new Set<number>();
  for (const line of listing.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 14 || fields[2] !== "image") continue;
    const [page, width, height, xPpi, yPpi] = [fields[0], fields[3], fields[4], fields[12], fields[13]].map(Number);
    if (!page || !width || !height || !xPpi || !yPpi) continue;
    if ((width / xPpi) * (height / yPpi) >= largeImageSquareInches) pages.add(page);
  }
  return pages;
}
