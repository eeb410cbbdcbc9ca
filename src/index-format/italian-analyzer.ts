/**
 * Italian text analysis shared by the keyword index, the offline embedder and the answer's sentence scoring, so
 * that a question and a passage are reduced to the same terms: lowercase, accents folded ("città" = "citta"),
 * stopwords dropped, Snowball stems, and legal references normalised ("Art. 24", "articolo 24" -> "art24";
 * "comma 4", "c.4" -> "comma4"; "art.24 c4" -> "art24", "comma4"; "L.R." -> "lr"; "21/2012" -> "21_2012", and
 * "L.R. 21/12" -> also "21_2012").
 */
import snowball from "snowball-stemmers";
import stopwordList from "stopwords-it" with { type: "json" };
import { articleKeywordSource, commaKeywordSource, numberSource } from "../core/legal-reference.js";
import { markCapitalSiglas } from "./capital-siglas.js";
import { meaningful, questionFiller } from "./stopword-lists.js";

const stemmer = snowball.newStemmer("italian");

/** Bump when terms change: indexes built with another analyzer must be rebuilt (see chunkerVersion). */
export const analyzerVersion = "analyzer-v12";

/**
 * Snowball collisions that hurt in public-administration texts: "comunicazione" and "comunità" stem like "comuni"
 * (every question about Comuni matched the communication plan); "consiliare" (and "consigliare") split into three
 * stems; "vigilanza" stems like "vigili" (every act's "Autorità per la vigilanza" matched the police). A "seduta"
 * is not a "sede", a "parere" (its plural stemmed apart) not "pari a", a "partita" not a "parte", "posta" not "posti".
 */
const stemExceptions: [RegExp, string][] = [
  [/^comunic/, "comunic"],
  [/^vigila/, "vigilanz"],
  [/^sedut[ae]$/, "sedut"],
  [/^parer[ei]$/, "parer"],
  [/^partit[aoie]$/, "partit"],
  [/^post[ae]$/, "posta"],
  [/^comunit/, "comunit"],
  [/^consi(?:g)?liar/, "consiliar"],
];

const stockStopwords = new Set((stopwordList as string[]).map(fold).filter((word) => !meaningful.has(word)));

export const stopwords: ReadonlySet<string> = new Set([...stockStopwords, ...questionFiller.map(fold)]);

/** "SIA", "SUA", "P.O.": a stock stopword written as a sigla; never "ART." or "CO." of a reference. */
const isSiglaStopword = (word: string) => stockStopwords.has(fold(word)) && !questionFiller.includes(fold(word));

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’`´]/g, "'");
}

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d/.test(word)
      ? word
      : (stemExceptions.find(([pattern]) => pattern.test(word))?.[1] ?? stemmer.stem(word));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

// After an article number a bare "c4" is a comma too ("art.24 c4"); alone it is not ("C/C1" is a staff grade).
const articleReference = new RegExp(
  `\\b(?:${articleKeywordSource})\\s*${numberSource}(?:\\s*,?\\s*(?:${commaKeywordSource}|c)\\s*${numberSource})?`,
  "g",
);
const commaReference = new RegExp(`\\b(?:${commaKeywordSource})\\s*${numberSource}`, "g");
const dottedAbbreviation = /\b(?:[a-z]{1,4}\.){2,}/g;
const numberPair = /\b(\d{1,4})\/(\d{2,4})\b/g;
/** Just before a number pair: it is an act ("L.R. 21/12", "DGR n. 941/24"), so a two-digit year means 20xx/19xx. */
const actMarker = /(?:\blr|\bl|legge|\bdl|dlgs|\bdgr|\bdpr|\bn|\bnr)[\s°]*$/;

/** Special terms for legal references; they survive stemming untouched. */
export function legalTerms(folded: string): string[] {
  const terms: string[] = [];
  for (const match of folded.matchAll(articleReference)) {
    const article = `art${match[1]}${match[2] ?? ""}`;
    terms.push(article);
    if (match[3]) terms.push(`comma${match[3]}${match[4] ?? ""}`, `${article}c${match[3]}${match[4] ?? ""}`);
  }
  const withoutArticles = folded.replace(articleReference, " ");
  for (const match of withoutArticles.matchAll(commaReference)) terms.push(`comma${match[1]}${match[2] ?? ""}`);
  for (const match of folded.matchAll(numberPair)) {
    const [, number, year] = match as unknown as [string, string, string];
    terms.push(`${number}_${year}`);
    if (
      year.length === 2 &&
      actMarker.test(folded.slice(Math.max(0, match.index - 10), match.index).replace(/\./g, ""))
    ) {
      terms.push(`${number}_${Number(year) < 50 ? "20" : "19"}${year}`);
    }
  }
  return terms;
}

/** Plain words of a folded text, abbreviations collapsed ("d.lgs." -> "dlgs"). */
export function words(folded: string): string[] {
  const collapsed = folded.replace(dottedAbbreviation, (abbreviation) => `${abbreviation.replace(/\./g, "")} `);
  return collapsed.split(/[^a-z0-9]+/).filter((word) => word.length > 1 || /\d/.test(word));
}

/** Index and query terms of a text: stems of the meaningful words plus legal reference terms. */
export function analyze(text: string): string[] {
  const folded = fold(text);
  const terms: string[] = [];
  const marked = markCapitalSiglas(text, isSiglaStopword);
  for (const word of words(marked === text ? folded : fold(marked))) {
    if (stopwords.has(word)) continue;
    terms.push(stem(word));
  }
  terms.push(...legalTerms(folded));
  return terms;
}

/** Distinct terms, order kept. */
export function distinctTerms(text: string): string[] {
  return [...new Set(analyze(text))];
}
