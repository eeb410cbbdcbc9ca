/**
 * What a question sets aside is not what it asks: "un ordine del giorno (non mozione) quanti giorni prima va
 * presentato?", "la ragioneria che obiettivi ha, a parte trasparenza e formazione?". The words set aside would pull
 * the passages about the mozione, or about the objectives already known, to the top; they are left out of the search.
 */
import { analyze } from "../index-format/italian-analyzer.js";

/** "(non mozione)", "(e non quello dell'URP)". */
const negatedAside = /\((?:e |ma )?non\s+[^)]{1,60}\)/gi;
/** "a parte X", "tranne X", "eccetto X", after a comma, a colon or at the start, up to the end of the clause. */
const setAside = /(^|[,:;]\s*)(?:a parte|tranne|eccetto|esclus[oaie])\s+[^?;)]*/gi;
/** Where the clause set aside ends when a question follows it: ", quali…", ", che…". */
const questionResumes = /,\s*(?=(?:quali|quale|qual|quanti|quante|quanto|che|chi|cosa|come|dove|quando|perch)\b)/i;

/**
 * The question without what it sets aside, and the terms it rules out: those of a "(non …)" aside, which the passages
 * answering must not be about. What "a parte …" sets aside is only left out: the answer may name it beside the rest
 * ("a parte il CAD, che decreto…?" is answered by a line citing both).
 */
export function withoutExcluded(question: string): { kept: string; excluded: string[] } {
  const asides: string[] = [];
  const kept = question
    .replace(negatedAside, (aside: string) => {
      asides.push(aside.replace(/^\((?:e |ma )?non\s+/i, ""));
      return " ";
    })
    .replace(setAside, (span: string, opening: string) => {
      const resumes = questionResumes.exec(span.slice(opening.length));
      const end = resumes ? opening.length + resumes.index : span.length;
      return `${opening}${span.slice(end)}`;
    });
  // Never the whole question: with fewer than two words left, it is searched as asked.
  if (analyze(kept).length < 2) return { kept: question, excluded: [] };
  const own = new Set(analyze(kept));
  const excluded = [...new Set(asides.flatMap((aside) => analyze(aside)))].filter(
    (term) => !own.has(term) && /[a-z]/.test(term),
  );
  return { kept, excluded };
}
