/**
 * A law named in a question ("per la LR 21/12", "art 32 c 4 TUEL", "D.Lgs. 165/2001") says WHERE to look, not
 * WHAT the answer says. When the index holds a document that is that law (its title names it), the law's terms
 * stop counting for the passage — otherwise the introduction that repeats "la legge regionale 21 del 2012" beats
 * the article that answers — and that document's passages are preferred instead. A law no document is about
 * (a "legge 213/2023" cited inside a delibera) stays an ordinary term of the question.
 */
import { analyze, fold } from "../index-format/italian-analyzer.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";

export const lawName =
  /\b(?:l\.?\s?r\.?|legge regionale|d\.?\s?lgs\.?|decreto legislativo|d\.?\s?l\.?|decreto[- ]legge|l\.|legge|dgr|d\.g\.r\.|dpr|d\.p\.r\.)\s*(?:n\.?\s*|nr\.?\s*)?\d{1,4}\s*(?:\/|del|del\s+\d{1,2}\s+\w+)\s*\d{2,4}\b|\btuel\b|\btesto unico (?:degli )?enti locali\b/g;

/**
 * "la legge regionale", "la normativa regionale", "la L.R." with no number: for an Unione of Emilia-Romagna that is
 * the regional law on the Unioni, so the regional laws the index holds are the place to look.
 */
const regionalLaw = /\b(?:legge|normativa|norma|disciplina)\s+regionale\b|\bl\.\s?r\.(?!\s*(?:n\.?\s*)?\d)/g;

/** Words for a kind of law, as the analyzer stems them: they say what a law is, not which one. */
const lawKindTerms = new Set(analyze("l lr legge regionale dlgs decreto legislativo dl legge dgr dpr del n nr"));

export interface LawScope {
  /** Question terms without those naming a law some document is about. */
  passageTerms: WeightedTerm[];
  /** Terms naming such a law: a passage of a document whose title has them is preferred. */
  lawTerms: Set<string>;
  /** Laws the question names by number that no indexed document is about, as written ("dlgs 152/2006"). */
  notIndexed: string[];
}

export function lawScope(
  question: string,
  terms: WeightedTerm[],
  titleTerms: ReadonlySet<string>,
  regionalLaws: ReadonlySet<string> = new Set(),
): LawScope {
  const named = new Set<string>();
  const notIndexed: string[] = [];
  const folded = fold(question);
  const numbered = [...folded.matchAll(lawName)];
  if (regionalLaws.size > 0 && numbered.length === 0) {
    for (const match of folded.matchAll(regionalLaw))
      for (const term of [...analyze(match[0]), ...regionalLaws]) named.add(term);
  }
  for (const match of numbered) {
    const span = analyze(match[0]);
    // "21/12" is read both as "21_12" and "21_2012": the law is indexed when either is a title's.
    const numbers = span.filter((term) => term.includes("_"));
    if (numbers.length > 0 && !numbers.some((term) => titleTerms.has(term))) notIndexed.push(match[0].trim());
    // Only a law the index has a document about: its number ("21_2012", "267_2000") or its name ("tuel") is a title
    // term. A kind of law ("dlgs", "legge", "lr") is in many titles and names none: "D.Lgs. 152/2006" is not the TUEL.
    if (span.some((term) => namesIndexedLaw(term, titleTerms))) {
      for (const term of span) named.add(term);
    }
  }
  if (named.size === 0) return { passageTerms: terms, lawTerms: named, notIndexed };
  const passageTerms = terms.filter((item) => !named.has(item.term));
  // A question that is only a law's name ("LR 21/12?") keeps its terms: there is nothing else to search with.
  return {
    passageTerms: passageTerms.some((item) => item.weight >= 1) ? passageTerms : terms,
    lawTerms: named,
    notIndexed,
  };
}

/** A law's number ("21_2012") or proper name ("tuel") that an indexed document's title has; not its kind ("dlgs"). */
function namesIndexedLaw(term: string, titleTerms: ReadonlySet<string>): boolean {
  if (term.length < 2 || /^\d+$/.test(term) || !/^[a-z\d_]+$/.test(term) || !titleTerms.has(term)) return false;
  return term.includes("_") || !lawKindTerms.has(term);
}

/** The numbers ("21_2012") of the regional laws among the indexed documents' titles ("L.R. 21/2012"). */
export function regionalLawNumbers(titles: Iterable<ReadonlySet<string>>): Set<string> {
  return new Set(
    [...titles]
      .filter((terms) => terms.has("lr") || (terms.has("legg") && terms.has("regional")))
      .flatMap((terms) => [...terms].filter((term) => term.includes("_"))),
  );
}
