/**
 * The one place that knows how Italian legal texts name articles and commi: "art. 24 c.4-bis", "Articolo 7",
 * "artt. 7, 19 e 24", "comma 2", "c.4", suffixes bis…octies written "24-bis", "24 bis" or "24bis". Parsing
 * yields one canonical form ("24-bis", comma "4-bis") and formatting writes it the way officials cite it
 * ("art. 24-bis c.4-bis"). The analyzer, the chunker, the law guide, the citation checks of drafting build on it.
 */

/** Suffixes of articles and commi inserted later, in order. */
export const latinSuffixes = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies"] as const;

/** A number with its optional suffix; two groups: number, suffix ("24 terzo" is 24, not 24-ter). */
export const numberSource = `(\\d+)(?:[\\s-]*(${latinSuffixes.join("|")})(?![a-z]))?`;
/** "art", "art.", "artt.", "articolo", "articoli". */
export const articleKeywordSource = "art(?:t|icol[oi])?\\.?";
/** "c.", "comma", "co.". */
export const commaKeywordSource = "c\\.|comma|co\\.";

export interface ArticleReference {
  /** "24", "24-bis". */
  article: string;
  /** "4", "4-bis"; null when the whole article is meant. */
  comma: string | null;
}

/** "24" + "BIS" -> "24-bis". */
export function canonicalNumber(number: string, suffix?: string | null): string {
  return suffix ? `${number}-${suffix.toLowerCase()}` : number;
}

/** "art. 24-bis c.4-bis". */
export function formatArticle(reference: ArticleReference): string {
  return `art. ${reference.article}${reference.comma ? ` c.${reference.comma}` : ""}`;
}

const headingArticle = new RegExp(
  `^(?:${articleKeywordSource})\\s*${numberSource}\\b(?:\\s*[,.]?\\s*(?:${commaKeywordSource})\\s*${numberSource})?`,
  "i",
);
const otherUnitHeading =
  /^((?:DGR|D\.G\.R\.|Direttiva|Sentenza|Circolare|Decreto|D\.L\.|D\.Lgs\.|L\.)\b[^—–]*?)\s*(?:[—–]|\s-\s|$)/;
const commaLine = new RegExp(`^(?:comma|c\\.)\\s*${numberSource}`, "i");
/** Table-of-contents entries ("Articolo 5 - Presidenza ........ 5") are not headings. */
const tocLeader = /(?:(?:\.\s?){3,}|…+|_{4,})\s*\d*\s*$/;

function referenceOf(match: RegExpExecArray): ArticleReference {
  return {
    article: canonicalNumber(match[1]!, match[2]),
    comma: match[3] ? canonicalNumber(match[3], match[4]) : null,
  };
}

/** The article (and comma) a text starts with: "Art. 24 c.4 — …" -> {24, 4}; null otherwise. */
export function articleAtStart(text: string): (ArticleReference & { length: number }) | null {
  const match = headingArticle.exec(text.trim());
  return match ? { ...referenceOf(match), length: match[0].length } : null;
}

/** The citable unit a Markdown heading starts with ("art. 24 c.4", "DGR 941/2024"), or null. */
export function unitOfHeading(heading: string): string | null {
  const text = heading.replace(/^#+\s*/, "").trim();
  const article = articleAtStart(text);
  if (article) return formatArticle(article);
  const other = otherUnitHeading.exec(text);
  return other ? other[1]!.trim() : null;
}

/**
 * The article a line of plain text opens ("Articolo 7 - Titolo", "ART. 12", "Art. 2 NOMINA E REQUISITI"), or null.
 * A reference that opens a sentence ("Art. 5 del regolamento prevede…", "art. 27 c.2 del TUEL, …", "Art. 107
 * D.Lgs. 267/2000;") is not a heading: a heading's title follows a separator or starts with a capital, is short,
 * and names no law.
 */
export function articleOfLine(line: string): string | null {
  const text = line.trim();
  if (text.length > 160 || tocLeader.test(text)) return null;
  const article = articleAtStart(text);
  if (!article) return null;
  const rest = text.slice(article.length).trim();
  if (rest && !/^[-–—.:(]/.test(rest) && !isHeadingTitle(rest)) return null;
  return formatArticle(article);
}

const lawNamedAfter =
  /^(?:d\.?\s?lgs|d\.\s?l\.|l\.\s?r\.|legge\s+(?:n\.?|\d|regionale)|d\.?\s?p\.?\s?r|t\.?\s?u\.?\s?e\.?\s?l|cost\.|c\.c\.|c\.p\.)/i;

function isHeadingTitle(rest: string): boolean {
  return /^\p{Lu}/u.test(rest) && rest.length <= 100 && !lawNamedAfter.test(rest) && !/[;,]$/.test(rest);
}

export function isTableOfContentsLine(line: string): boolean {
  return tocLeader.test(line.trim());
}

/** The comma a line opens ("comma 2", "c.4"), as "c.N". */
export function commaOfLine(line: string): string | null {
  const match = commaLine.exec(line.trim());
  return match ? `c.${canonicalNumber(match[1]!, match[2])}` : null;
}

/** "art. 24 c.2" + "c.4" -> "art. 24 c.4". */
export function withComma(article: string, comma: string): string {
  return `${article.replace(/\s+c\.\S+$/, "")} ${comma}`;
}
