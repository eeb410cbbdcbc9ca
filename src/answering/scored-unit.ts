/**
 * A candidate passage scored for answering: each sentence by the question terms it states (rare terms weigh more,
 * terms of the passage's own title less) and by whether it carries the kind of fact asked; the passage by its
 * best sentence, its whole coverage with its title, its retrieval rank and a reference the question names.
 */
import type { Source } from "../core/types.js";
import { analyze } from "../index-format/italian-analyzer.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";
import type { ComposeTuning } from "./compose-tuning.js";
import type { QuestionAnalysis } from "./question-analysis.js";
import { idf, type TermStatistics } from "./relevance.js";
import { kindMatch, sentenceFeatures } from "./sentence-features.js";
import { isActHeading, isClosingFormula, isQuotable, splitUnitSentences, type UnitSentence } from "./unit-sentences.js";

export interface ScoringInput {
  question: QuestionAnalysis;
  terms: WeightedTerm[];
  statistics: TermStatistics;
}

export interface ScoredSentence extends UnitSentence {
  score: number;
  coverage: number;
  matched: Set<string>;
}

export interface ScoredUnit {
  index: number;
  sentences: ScoredSentence[];
  best: ScoredSentence | null;
  score: number;
  /** Share of the question's own meaning stated in two consecutive sentences of the unit (with its title). */
  support: number;
}

export function termWeights(terms: WeightedTerm[], statistics: TermStatistics): Map<string, number> {
  const weights = new Map<string, number>();
  for (const item of terms)
    weights.set(item.term, Math.max(weights.get(item.term) ?? 0, item.weight * idf(item.term, statistics)));
  return weights;
}

export function scoreUnit(
  input: ScoringInput,
  tuning: ComposeTuning,
  weights: Map<string, number>,
  source: Source,
  index: number,
  text: string,
): ScoredUnit {
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0) || 1;
  // Terms of the passage's title ("L.R. 21/2012", "art. 24") say where it is, not which sentence answers.
  const context = new Set(analyze(`${source.title} ${source.article ?? ""}`));
  const sentenceWeight = (term: string) => (weights.get(term) ?? 0) * (context.has(term) ? tuning.contextShare : 1);
  const pairs = input.question.pairs.filter(([left, right]) => weights.has(left) && weights.has(right));
  const sentences = splitUnitSentences(text).map((sentence): ScoredSentence => {
    const sequence = analyze(sentence.text);
    const matched = new Set(sequence.filter((term) => weights.has(term)));
    let covered = 0;
    for (const term of matched) covered += sentenceWeight(term);
    const coverage = covered / total;
    const carries = kindMatch(input.question.kinds, sentenceFeatures(sentence.text));
    const share = isActHeading(sentence.text) && !input.question.kinds.has("act") ? tuning.headingShare : 1;
    const near = tuning.proximityWeight * nearPairs(pairs, sequence);
    return {
      ...sentence,
      matched,
      coverage,
      score: coverage > 0 ? (coverage + tuning.kindWeight * carries + near) * share : 0,
    };
  });
  // An act's closing lines (signatures, publication, the notice of appeal) answer only a question about them.
  const answering = (sentence: ScoredSentence) =>
    isQuotable(sentence) && (input.question.aboutClosing || !isClosingFormula(sentence.text));
  const quotable = sentences.filter((sentence) => answering(sentence) && sentence.score > 0);
  // A unit found by its reference ("cosa dice l'art. 24 c.5?") or by its title may state none of the question's
  // words: it is read from its first sentence.
  const best =
    quotable.reduce<ScoredSentence | null>(
      (top, sentence) => (!top || sentence.score > top.score ? sentence : top),
      null,
    ) ??
    sentences.find(answering) ??
    null;
  // Which unit answers is judged with its title and unit label: "PRT 2024-2026" is in the heading, not the text.
  const unitCoverage = coverageOf(
    [...sentences.flatMap((sentence) => [...sentence.matched]), ...[...context].filter((term) => weights.has(term))],
    weights,
    total,
  );
  const referenceBonus = tuning.referenceBonus * referenceMatch(input.question, source);
  const retrieval = 1 / (1 + tuning.rankDecay * index);
  const score =
    (best?.score ?? 0) * tuning.bestWeight +
    unitCoverage * tuning.unitWeight +
    retrieval * tuning.rankWeight +
    referenceBonus;
  return { index, sentences, best, score: score * kindPrior(source), support: ownSupport(input, sentences, context) };
}

/** Terms at most this many positions apart count as near (one or two words between, "durata dell'Unione"). */
const nearWindow = 3;

/**
 * Share of the question's consecutive term pairs that stand near each other in the sentence: "durata minima
 * dell'Unione" is "la durata dell'Unione … almeno 10 anni", not "la durata minima dei conferimenti".
 */
function nearPairs(pairs: [string, string][], sequence: string[]): number {
  if (pairs.length === 0) return 0;
  const positions = new Map<string, number[]>();
  for (const [index, term] of sequence.entries()) positions.set(term, [...(positions.get(term) ?? []), index]);
  let near = 0;
  for (const [left, right] of pairs) {
    const lefts = positions.get(left) ?? [];
    const rights = positions.get(right) ?? [];
    if (lefts.some((a) => rights.some((b) => a !== b && Math.abs(a - b) <= nearWindow))) near++;
  }
  return near / pairs.length;
}

/** Own terms of the question a set of passage terms states, directly or through a synonym standing for them. */
function ownSupport(input: ScoringInput, sentences: ScoredSentence[], context: Set<string>): number {
  const own = input.terms.filter((item) => item.weight >= 1);
  const total = own.reduce((sum, item) => sum + idf(item.term, input.statistics), 0);
  if (total === 0) return 0;
  const stands = input.terms.filter((item) => item.weight < 1 && item.standsFor);
  let best = 0;
  for (let index = 0; index < sentences.length; index++) {
    if (sentences[index]!.heading) continue;
    const stated = new Set([...context, ...sentences[index]!.matched, ...(sentences[index + 1]?.matched ?? [])]);
    for (const item of stands) if (stated.has(item.term)) for (const term of item.standsFor!) stated.add(term);
    let covered = 0;
    for (const item of own) if (stated.has(item.term)) covered += idf(item.term, input.statistics);
    best = Math.max(best, covered / total);
  }
  return best;
}

function coverageOf(terms: string[], weights: Map<string, number>, total: number): number {
  let covered = 0;
  for (const term of new Set(terms)) covered += weights.get(term) ?? 0;
  return covered / total;
}

/** A template is a model to fill, not a rule: it answers only when nothing else does. */
function kindPrior(source: Source): number {
  return source.kind === "template" ? 0.55 : 1;
}

/**
 * 1 when the unit is the one the question names ("art. 24" → art. 24), 0.5 for one of its commi when the question
 * names the whole article (its summary answers "art. 24 in due parole" better than c.5), 0 otherwise.
 */
function referenceMatch(question: QuestionAnalysis, source: Source): number {
  if (!question.reference || !source.article) return 0;
  const wanted = `art. ${question.reference.article}${question.reference.comma ? ` c.${question.reference.comma}` : ""}`;
  if (source.article === wanted) return 1;
  return question.reference.comma === null && source.article.startsWith(`${wanted} `) ? 0.5 : 0;
}
