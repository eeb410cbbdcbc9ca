/**
 * A datum asked of several things at once: "plastica e vetro che giorni li ritirano?". An answer stating the day of
 * the glass ("La frazione Vetro viene ritirata … il Giovedì") has answered half; the plastic's days stand in another
 * sentence of the same act ("La frazione Plastica … (Martedì e Venerdì)"). Each of the question's most specific
 * words gets a line that states the datum asked beside it, when the answer has none.
 */
import type { Source } from "../core/types.js";
import { analyze } from "../index-format/italian-analyzer.js";
import { carriesAsked, isAct, samePublication } from "./missing-parts.js";
import type { QuestionAnalysis, QuestionKind } from "./question-analysis.js";
import type { ScoredUnit } from "./scored-unit.js";
import { isClosingFormula, isQuotable, tableRow } from "./unit-sentences.js";

/** Data that can be stated of each thing asked: a day, an hour, an amount, a count, a term. */
const perSubjectKinds: QuestionKind[] = ["date", "time", "amount", "quantity", "frequency", "duration", "deadline"];
/** A word of the question is one of the things asked when it weighs this share of its rarest word. */
const specificShare = 0.6;
const monthStems = new Set(
  analyze("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
);
/** Lines added at most. */
const maxAdded = 2;

export function datumPerSubject(
  question: QuestionAnalysis,
  weights: Map<string, number>,
  lines: string[],
  lead: ScoredUnit,
  candidates: ScoredUnit[],
  sources: Source[],
): { text: string; unit: number }[] {
  const asked = perSubjectKinds.filter((kind) => question.kinds.has(kind));
  const leadSource = sources[lead.index]!;
  if (asked.length === 0 || !isAct(leadSource)) return [];
  const carries = (text: string) => asked.some((kind) => carriesAsked(text, kind, question));
  // Words, and numbers that name a thing ("l'impegno 219 e il 220").
  const words = [...weights].filter(([term]) => /\p{L}{3}|^\d{2,}$/u.test(term));
  const rarest = Math.max(0, ...words.map(([, weight]) => weight));
  const specific = new Set(words.filter(([, weight]) => weight >= rarest * specificShare).map(([term]) => term));
  const shown = [...lines];
  const added: { text: string; unit: number }[] = [];
  // Only things the question asks alike ("plastica e vetro"): another specific word is the topic, not a subject.
  const subjects = new Set([
    ...question.coordinated.flatMap((pair) => (pair.every((term) => specific.has(term)) ? pair : [])),
    // "ad aprile che giorno è?": a month named with a day or an hour asked is the thing asked of a calendar.
    ...(asked.some((kind) => kind === "date" || kind === "time")
      ? [...weights.keys()].filter((term) => monthStems.has(term))
      : []),
  ]);
  for (const term of subjects) {
    if (added.length >= maxAdded) break;
    // The datum is stated beside the word already, or the word is in no line with a datum at all.
    if (shown.some((line) => carries(line) && analyze(line).includes(term))) continue;
    let best: { text: string; unit: number; score: number } | null = null;
    for (const unit of candidates) {
      if (!samePublication(leadSource, sources[unit.index]!)) continue;
      for (const sentence of linesOf(unit)) {
        if (isClosingFormula(sentence.text) || !analyze(sentence.text).includes(term)) continue;
        if (shown.some((line) => line.includes(sentence.text)) || !carries(sentence.text)) continue;
        if (!best || sentence.score > best.score)
          best = { text: sentence.text, unit: unit.index, score: sentence.score };
      }
    }
    if (!best) continue;
    added.push({ text: best.text, unit: best.unit });
    shown.push(best.text);
  }
  return added;
}

/** A unit's quotable sentences, and the rows of its tables ("Teatro comunale | 26.000,00"), which state a datum. */
function linesOf(unit: ScoredUnit): { text: string; score: number }[] {
  return unit.sentences.flatMap((sentence) =>
    isQuotable(sentence)
      ? [sentence]
      : sentence.text
          .split("\n")
          .map((line) => line.trim())
          .filter(tableRow)
          .map((text) => ({ text, score: sentence.score })),
  );
}
