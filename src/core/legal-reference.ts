/**
 * Recognises citable units in headings and lines of legal texts: "Art. 24 c.4 — Gestione integrale",
 * "Articolo 7 - Titolo", "ART. 12", "comma 2", "c.4", "DGR 941/2024 — …", "Direttiva …", "Sentenza …".
 * Articles are written the way officials cite them: "art. 24", "art. 24 c.4".
 */

const articleHeading =
  /^(?:art\.?|articolo|artt\.)\s*(\d+)(?:[\s-]*(bis|ter|quater|quinquies|sexies|septies|octies))?\b(?:\s*[,.]?\s*(?:c\.|comma)\s*(\d+)(?:[\s-]*(bis|ter|quater|quinquies))?)?/i;
const otherUnitHeading =
  /^((?:DGR|D\.G\.R\.|Direttiva|Sentenza|Circolare|Decreto|D\.L\.|D\.Lgs\.|L\.)\b[^—–]*?)\s*(?:[—–]|\s-\s|$)/;
const commaLine = /^(?:comma|c\.)\s*(\d+)(?:[\s-]*(bis|ter|quater|quinquies))?\b/i;
/** Table-of-contents entries ("Articolo 5 - Presidenza ........ 5") are not headings. */
const tocLeader = /(?:(?:\.\s?){3,}|…+|_{4,})\s*\d*\s*$/;

export function articleOf(number: string, suffix?: string, comma?: string, commaSuffix?: string): string {
  const article = `art. ${number}${suffix ? `-${suffix.toLowerCase()}` : ""}`;
  return comma ? `${article} c.${comma}${commaSuffix ? `-${commaSuffix.toLowerCase()}` : ""}` : article;
}

/** The citable unit a Markdown heading starts with, or null. */
export function unitOfHeading(heading: string): string | null {
  const text = heading.replace(/^#+\s*/, "").trim();
  const article = articleHeading.exec(text);
  if (article) return articleOf(article[1]!, article[2], article[3], article[4]);
  const other = otherUnitHeading.exec(text);
  return other ? other[1]!.trim() : null;
}

/** The article a line of plain text opens ("Articolo 7 - Titolo", "ART. 12"), or null. */
export function articleOfLine(line: string): string | null {
  const text = line.trim();
  if (text.length > 160 || tocLeader.test(text)) return null;
  const match = articleHeading.exec(text);
  if (!match) return null;
  // "Art. 5 del regolamento prevede…" inside a sentence is a reference, not a heading: headings are short or
  // followed by a title separator.
  const rest = text.slice(match[0].length).trim();
  if (rest && !/^[-–—.:(]/.test(rest) && rest.length > 60) return null;
  return articleOf(match[1]!, match[2], match[3], match[4]);
}

export function isTableOfContentsLine(line: string): boolean {
  return tocLeader.test(line.trim());
}

/** The comma a line opens ("comma 2", "c.4"), as "c.N". */
export function commaOfLine(line: string): string | null {
  const match = commaLine.exec(line.trim());
  return match ? `c.${match[1]}${match[2] ? `-${match[2].toLowerCase()}` : ""}` : null;
}

/** "art. 24 c.2" + "c.4" -> "art. 24 c.4". */
export function withComma(article: string, comma: string): string {
  return `${article.replace(/\s+c\.\S+$/, "")} ${comma}`;
}
