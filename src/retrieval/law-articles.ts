/**
 * "Cosa dice l'art. 8 c.2 della LR 21/12?" names an article of a law the index holds. When the law's text in the
 * index (the team's guide, which covers chosen articles) has no unit for that article and never mentions it, no
 * passage can say what the article provides: an act's own "art. 8" or another article of the law would be an
 * invented answer. The question is then answered with what the index does hold of that law.
 */
import type { Chunk } from "../core/types.js";
import { analyze, fold } from "../index-format/italian-analyzer.js";
import { lawName } from "./law-scope.js";

/** The articles a law's document has units for, and those its text mentions; keyed by the document's title. */
export interface LawArticleIndex {
  /** Title terms of each law document ("21_2012", "tuel", …), to find the law a question names. */
  titleTerms: Map<string, Set<string>>;
  units: Map<string, Set<string>>;
  mentioned: Map<string, Set<string>>;
}

/** An article the question asks about, of a law the index holds but not that article. */
export interface ArticleNotIndexed {
  /** As the law's title names it: "L.R. 21/2012". */
  law: string;
  /** "8". */
  article: string;
  /** Article numbers the index holds for that law, in order. */
  held: string[];
}

const unitArticle = /^art\.\s*(\d+)/i;
const mention = /\bart(?:icol[oi]|t?\.)?\s*(\d+)\b/g;
const asked = /\bart(?:icolo|\.)?\s*(\d+)/;

export function buildLawArticleIndex(chunks: readonly Chunk[]): LawArticleIndex {
  const index: LawArticleIndex = { titleTerms: new Map(), units: new Map(), mentioned: new Map() };
  for (const chunk of chunks) {
    if (chunk.kind !== "law") continue;
    const number = unitArticle.exec(chunk.article ?? "")?.[1];
    if (!index.titleTerms.has(chunk.title)) {
      index.titleTerms.set(chunk.title, new Set(analyze(chunk.title)));
      index.units.set(chunk.title, new Set());
      index.mentioned.set(chunk.title, new Set());
    }
    if (number) index.units.get(chunk.title)!.add(number);
    for (const match of fold(chunk.text).matchAll(mention)) index.mentioned.get(chunk.title)!.add(match[1]!);
  }
  return index;
}

/** The TUEL is named by its name as often as by its number. */
const tuel = /^(?:tuel|testo unico)/;

/**
 * The article the question names, when every indexed law document the question names by number ("LR 21/12",
 * "D.Lgs. 165/2001", "TUEL") is organised by articles and neither has a unit for it nor mentions it; otherwise null.
 */
export function articleNotIndexed(question: string, index: LawArticleIndex): ArticleNotIndexed | null {
  const folded = fold(question);
  const article = asked.exec(folded)?.[1];
  if (!article) return null;
  const numbers = [...folded.matchAll(new RegExp(lawName.source, "g"))].flatMap((match) =>
    tuel.test(match[0]) ? ["267_2000"] : analyze(match[0]).filter((term) => term.includes("_")),
  );
  const named = [...index.titleTerms.entries()]
    .filter(([, terms]) => numbers.some((term) => terms.has(term)))
    .map(([title]) => title);
  if (named.length === 0) return null;
  const missing = named.filter((title) => {
    const units = index.units.get(title)!;
    return units.size > 0 && !units.has(article) && !index.mentioned.get(title)!.has(article);
  });
  if (missing.length !== named.length) return null;
  const title = missing[0]!;
  const held = [...index.units.get(title)!].sort((left, right) => Number(left) - Number(right));
  return { law: shortLawName(title), article, held };
}

/** "L.R. 21/2012 — Misure per…" → "L.R. 21/2012"; "D.Lgs. 267/2000 (TUEL) — …" → "D.Lgs. 267/2000 (TUEL)". */
function shortLawName(title: string): string {
  return title.split(/\s+[—–-]\s+/)[0]!.trim();
}
