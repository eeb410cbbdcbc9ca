/**
 * Reading legal citations written in Italian text ("art. 30 del D.Lgs. 267/2000", "L.R. 21/2012, art. 24 c.4",
 * "artt. 7, 19 e 24 della L.R. 21/2012", "TUEL art. 32") into canonical form, so that drafts and model output can
 * be checked against the citation index. "TUEL" and "D.Lgs. 267/2000" are the same source. Articles and commi
 * are read and written by core/legal-reference.ts; this file adds the sources they belong to.
 */
import {
  articleKeywordSource,
  canonicalNumber,
  commaKeywordSource,
  formatArticle,
  numberSource,
} from "../core/legal-reference.js";

export interface Citation {
  /** Canonical source ("L.R. 21/2012", "D.Lgs. 267/2000", "DGR 941/2024"); null when the text names none. */
  source: string | null;
  /** Article number as written ("24", "14", "4-bis"); null for a citation of a whole source. */
  article: string | null;
  /** Comma ("4", "31-quinquies"); null when not given. */
  comma: string | null;
}

const sourcePattern =
  /(?<![\p{L}\p{N}])(?:(L\.\s?R\.|D\.\s?Lgs\.|D\.\s?L\.|D\.\s?P\.\s?R\.|D\.?\s?G\.?\s?R\.?|L\.|legge regionale|legge|decreto legislativo|decreto[- ]legge)\s*(?:n\.\s*)?(\d+)\s*\/\s*(\d{4})|(TUEL|T\.U\.E\.L\.))/giu;
const articleKeyword = new RegExp(`(?<![\\p{L}])(?:${articleKeywordSource})\\s*`, "giu");
const numberToken = new RegExp(`^${numberSource}`, "i");
const commaToken = new RegExp(`^\\s*,?\\s*(?:${commaKeywordSource})\\s*${numberSource}`, "i");
const listContinuation = /^\s*(?:,|e)\s*(?=\d)/;
const attachBefore = /^\s*,?\s*(?:del|della|dello|dell['’]|di cui al(?:la|lo)?)\s*$/i;
const internalReference =
  /^\s*,?\s*(?:della presente|del presente|dello stesso|della stessa|del medesimo|della medesima|dello statuto|del regolamento|della convenzione|del codice)/i;

const prefixes: Record<string, string> = {
  lr: "L.R.",
  leggeregionale: "L.R.",
  dlgs: "D.Lgs.",
  decretolegislativo: "D.Lgs.",
  dl: "D.L.",
  decretolegge: "D.L.",
  dpr: "D.P.R.",
  dgr: "DGR",
  l: "L.",
  legge: "L.",
};

export interface SourceMention {
  source: string;
  start: number;
  end: number;
}

function canonicalFromMatch(match: RegExpMatchArray): string {
  if (match[4]) return "D.Lgs. 267/2000";
  const key = match[1]!.toLowerCase().replace(/[^a-z]/g, "");
  return `${prefixes[key] ?? match[1]} ${Number(match[2])}/${match[3]}`;
}

/** The canonical form of a source as written ("d.lgs. n. 267/2000", "TUEL" -> "D.Lgs. 267/2000"); null if unknown. */
export function canonicalSource(raw: string): string | null {
  const match = [...raw.matchAll(new RegExp(sourcePattern.source, "giu"))][0];
  return match ? canonicalFromMatch(match) : null;
}

/** Every mention of a source in `text`, canonical, with its span. */
export function sourceMentions(text: string): SourceMention[] {
  return [...text.matchAll(new RegExp(sourcePattern.source, "giu"))].map((match) => ({
    source: canonicalFromMatch(match),
    start: match.index!,
    end: match.index! + match[0].length,
  }));
}

/** The source a text begins with ("DGR 941/2024 — PRT"), or null. */
export function sourceAtStart(text: string): string | null {
  const first = sourceMentions(text.trimStart())[0];
  return first && first.start === 0 ? first.source : null;
}

/** "D.Lgs. 267/2000 art. 30 c.2" (what templates declare and drafts list as sources). */
export function formatCitation(citation: Citation): string {
  const article = citation.article ? formatArticle({ article: citation.article, comma: citation.comma }) : "";
  return [citation.source ?? "", article].filter(Boolean).join(" ");
}

/**
 * Parses one declared citation string. A string without a standard source form ("Direttiva Min. PA 14/1/2025")
 * is taken whole as the name of a source; null only for an empty string.
 */
export function parseCitationString(value: string): Citation | null {
  const found = extractCitations(value).filter((citation) => citation.source !== null);
  const parsed = found.find((citation) => citation.article !== null) ?? found[0];
  if (parsed) return parsed;
  return value.trim() ? { source: value.trim(), article: null, comma: null } : null;
}

/** Every citation in `text`: articles with the source they are attached to, and bare sources. */
export function extractCitations(text: string): Citation[] {
  const sources = sourceMentions(text);
  const usedSources = new Set<SourceMention>();
  const citations: Citation[] = [];
  for (const keyword of text.matchAll(new RegExp(articleKeyword.source, "giu"))) {
    const start = keyword.index!;
    const parsed = parseArticleList(text, start + keyword[0].length);
    if (parsed.items.length === 0) continue;
    const rest = text.slice(parsed.end);
    if (internalReference.test(rest)) continue;
    const after = sources.find(
      (mention) => mention.start >= parsed.end && attachBefore.test(text.slice(parsed.end, mention.start)),
    );
    const before = sources.find((mention) => mention.end <= start && /^\s*,?\s*$/.test(text.slice(mention.end, start)));
    const attached = after ?? before ?? null;
    if (attached) usedSources.add(attached);
    for (const item of parsed.items)
      citations.push({ source: attached?.source ?? null, article: item.article, comma: item.comma });
  }
  for (const mention of sources) {
    if (!usedSources.has(mention)) citations.push({ source: mention.source, article: null, comma: null });
  }
  return citations;
}

function parseArticleList(
  text: string,
  from: number,
): { items: { article: string; comma: string | null }[]; end: number } {
  const items: { article: string; comma: string | null }[] = [];
  let position = from;
  for (;;) {
    const number = numberToken.exec(text.slice(position));
    if (!number) break;
    position += number[0].length;
    const comma = commaToken.exec(text.slice(position));
    if (comma) position += comma[0].length;
    items.push({
      article: canonicalNumber(number[1]!, number[2]),
      comma: comma ? canonicalNumber(comma[1]!, comma[2]) : null,
    });
    const next = listContinuation.exec(text.slice(position));
    if (!next) break;
    position += next[0].length;
  }
  return { items, end: position };
}

/**
 * The declared references of a section plus those its text cites: articles with their source, and laws cited as a
 * whole when nothing more precise of the same law is listed ("D.Lgs. 1/2018" in a sector premessa).
 */
export function citedSources(declared: string[], text: string): string[] {
  const cited = extractCitations(text).filter((citation) => citation.source !== null);
  const precise = cited.filter((citation) => citation.article).map(formatCitation);
  const all = [...declared, ...precise];
  const bare = cited
    .filter(
      (citation) =>
        !citation.article && !all.some((item) => item.startsWith(`${citation.source} `) || item === citation.source),
    )
    .map(formatCitation);
  return [...new Set([...all, ...bare])];
}
