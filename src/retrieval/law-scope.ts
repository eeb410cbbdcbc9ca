/**
 * A law named in a question ("per la LR 21/12", "art 32 c 4 TUEL", "D.Lgs. 165/2001") says WHERE to look, not
 * WHAT the answer says. When the index holds a document that is that law (its title names it), the law's terms
 * stop counting for the passage — otherwise the introduction that repeats "la legge regionale 21 del 2012" beats
 * the article that answers — and that document's passages are preferred instead. A law no document is about
 * (a "legge 213/2023" cited inside a delibera) stays an ordinary term of the question.
 */
import { analyze, fold } from "../index-format/italian-analyzer.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";

const lawName =
  /\b(?:l\.?\s?r\.?|legge regionale|d\.?\s?lgs\.?|decreto legislativo|d\.?\s?l\.?|decreto[- ]legge|l\.|legge|dgr|d\.g\.r\.|dpr|d\.p\.r\.)\s*(?:n\.?\s*|nr\.?\s*)?\d{1,4}\s*(?:\/|del|del\s+\d{1,2}\s+\w+)\s*\d{2,4}\b|\btuel\b|\btesto unico (?:degli )?enti locali\b/g;

export interface LawScope {
  /** Question terms without those naming a law some document is about. */
  passageTerms: WeightedTerm[];
  /** Terms naming such a law: a passage of a document whose title has them is preferred. */
  lawTerms: Set<string>;
}

export function lawScope(question: string, terms: WeightedTerm[], titleTerms: ReadonlySet<string>): LawScope {
  const named = new Set<string>();
  for (const match of fold(question).matchAll(lawName)) {
    const span = analyze(match[0]);
    // Only a law the index has a document about: its number ("21_2012", "267_2000") or name ("tuel") is a title term.
    if (span.some((term) => (term.includes("_") || /^[a-z]+$/.test(term)) && titleTerms.has(term) && term !== "l")) {
      for (const term of span) named.add(term);
    }
  }
  if (named.size === 0) return { passageTerms: terms, lawTerms: named };
  const passageTerms = terms.filter((item) => !named.has(item.term));
  // A question that is only a law's name ("LR 21/12?") keeps its terms: there is nothing else to search with.
  return { passageTerms: passageTerms.some((item) => item.weight >= 1) ? passageTerms : terms, lawTerms: named };
}
