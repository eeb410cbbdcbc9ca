/**
 * "quanto è stanziato per l'anfiteatro romano?": an act lists several items, each with its amount, and says their
 * total. An answer quoting the total, or the list without figures, has not said what was asked: the figure asked
 * is the one on the line that names the question's most specific word. When the answer does not state an amount
 * beside that word, the line of the act (or of its annexes) that does is added — a table row ("4 Abbattimento
 * Barriere Anfiteatro Romano J27B23000010001 1.830,00"), cut to the item when the row runs on.
 */
import { analyze } from "../index-format/italian-analyzer.js";
import { euroFigure } from "./sentence-features.js";

/** A figure as acts write an amount: "1.830,00", "€ 250", "23.790,00 €" (not the "€/mq" of a table's header). */
const amount = /€\s?\.?\s?-?\d|\d\s?€|\b\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?\b|\b\d+,\d{2}\b/;
/** Words quoted before the asked word when a long line is cut to its item. */
const wordsBefore = 8;
/** ...and at most this many words after it: a figure further on belongs to another item. */
const wordsAfter = 12;
/** A line longer than this is cut to the item asked. */
const longLine = 120;

export interface SubjectCandidate {
  /** Index of the source the text comes from. */
  unit: number;
  text: string;
}

/**
 * The line, among the candidates (the answering act's passages, best first), that states an amount beside the
 * question's most specific term, when none of the stated texts does; null otherwise.
 */
export function datumBesideSubject(
  ownTerms: { term: string; weight: number }[],
  stated: string[],
  candidates: SubjectCandidate[],
  /** Terms standing for an own term (its typo's correction, its family): "capanone" is "capannone" in the act. */
  standIns: ReadonlyMap<string, readonly string[]> = new Map(),
): SubjectCandidate | null {
  const asked = [...ownTerms]
    .filter((item) => /[a-z]{3}/.test(item.term))
    .sort((left, right) => right.weight - left.weight)[0]?.term;
  if (!asked) return null;
  const inAct = (term: string) => candidates.some((candidate) => analyze(candidate.text).includes(term));
  const subject = inAct(asked) ? asked : ((standIns.get(asked) ?? []).find(inAct) ?? asked);
  const beside = (line: string, figure: RegExp) => figure.test(line) && analyze(line).includes(subject);
  const statedLines = stated.flatMap((text) => text.split("\n"));
  if (statedLines.some((line) => beside(line, euroFigure))) return null;
  // The asked word must be in the act at all: a word the act never uses names nothing in it.
  if (!inAct(subject)) return null;
  // "ing. Aristide Costanzo 0,25 Consulente tecnico € 1.012,50": a figure in euro beside the item is the amount; a
  // bare decimal may be its share. One of those is taken only when no line states the item's amount in euro.
  const inEuro = bestLine(subject, ownTerms, candidates, euroFigure);
  if (inEuro) return inEuro;
  if (statedLines.some((line) => beside(line, amount))) return null;
  return bestLine(subject, ownTerms, candidates, amount);
}

function bestLine(
  subject: string,
  ownTerms: { term: string }[],
  candidates: SubjectCandidate[],
  figure: RegExp,
): SubjectCandidate | null {
  const asked = new Set(ownTerms.map((item) => item.term));
  let best: { unit: number; text: string; matched: number } | null = null;
  for (const candidate of candidates) {
    for (const line of candidate.text.split("\n")) {
      if (!figure.test(line) || !analyze(line).includes(subject)) continue;
      const text = line.length > longLine ? itemOf(line, subject, figure) : line.trim();
      if (!text) continue;
      const matched = new Set(analyze(text).filter((term) => asked.has(term))).size;
      if (!best || matched > best.matched) best = { unit: candidate.unit, text, matched };
    }
  }
  return best ? { unit: best.unit, text: best.text } : null;
}

/** From a few words before the asked word to the first figure after it: one item of a run-on table line. */
function itemOf(line: string, subject: string, figure: RegExp): string {
  const words = line.trim().split(/\s+/);
  const at = words.findIndex((word) => analyze(word).includes(subject));
  if (at < 0) return "";
  // A word is the figure when it reads as one with the sign beside it: "€ 1.012,50", "1.830,00 €".
  const isFigure = (index: number) =>
    amount.test(words[index]!) &&
    /\d/.test(words[index]!) &&
    figure.test(`${words[index - 1] ?? ""} ${words[index]} ${words[index + 1] ?? ""}`);
  let start = at;
  while (start > 0 && at - start < wordsBefore && !amount.test(words[start - 1]!)) start--;
  let end = at;
  while (end < words.length && end - at <= wordsAfter && !isFigure(end)) end++;
  if (end >= words.length || end - at > wordsAfter) return "";
  // "€ 1.830,00" and "1.830,00 €": the figure and its currency sign go together.
  if (words[end] === "€" && /\d/.test(words[end + 1] ?? "")) end++;
  else if (words[end + 1] === "€") end++;
  return `${start > 0 ? "… " : ""}${words.slice(start, end + 1).join(" ")}${end < words.length - 1 ? " …" : ""}`;
}
