/**
 * The offline answer, built to state the fact rather than scatter sentences. Among the best passages, the one that
 * answers is chosen by how well its sentences cover the question's terms (rare terms weigh more) AND carry the kind
 * of fact asked (a number for "quanti", a date for "quando", an organ for "chi", a rule for a yes/no). That passage
 * becomes source [1]; its best sentence leads, with the list it introduces and the sentences around it that the
 * question also needs; one sentence of another passage is added only when it covers what the first does not.
 * Nothing is written that is not in a source.
 */
import type { Source } from "../core/types.js";
import { analyze } from "../index-format/italian-analyzer.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";
import type { QuestionAnalysis, QuestionKind } from "./question-analysis.js";
import { idf, type TermStatistics } from "./relevance.js";
import { kindMatch, sentenceFeatures } from "./sentence-features.js";
import { isListItem, isQuotable, splitUnitSentences, type UnitSentence } from "./unit-sentences.js";

export interface ComposeInput {
  question: QuestionAnalysis;
  sources: Source[];
  terms: WeightedTerm[];
  statistics: TermStatistics;
  /** The whole citable unit (comma or article) a source belongs to; the source's own text when not given. */
  unitText?: (source: Source, index: number) => string;
  tuning?: Partial<ComposeTuning>;
}

export interface ComposedAnswer {
  text: string;
  /**
   * 0..1: the largest share of the question's own terms (weighted by rarity) that two consecutive sentences of
   * one passage state, the passage's title and unit counting as stated. An answer rests on a place that says it.
   */
  support: number;
  /** Source indexes in the order they should be shown: the answering passage first. */
  order: number[];
}

/** The weights of the composer, chosen on the dev sets (test/eval); defaults below. */
export interface ComposeTuning {
  /** Passages looked at for the answer: beyond these the ranking is too weak to lead. */
  candidates: number;
  /** Bonus of a sentence that carries the kind of fact asked (a number for "quanti"…). */
  kindWeight: number;
  /** Characters of the lead unit quoted at most (its best sentence and list always are). */
  leadChars: number;
  /** Another passage's sentence is added when it scores at least this share of the lead's best. */
  supportShare: number;
  maxSupport: number;
  /** Weight, in sentence scoring, of a question term that is also in the passage's title. */
  contextShare: number;
  /** How the answering passage is chosen: its best sentence, its whole coverage, its retrieval rank. */
  bestWeight: number;
  unitWeight: number;
  rankWeight: number;
  rankDecay: number;
  referenceBonus: number;
  /** Other sentences of the lead unit are quoted when they score this share of the best and add terms. */
  companionShare: number;
  maxLeadSentences: number;
  /** A best sentence shorter than this is read with the one after it. */
  shortSentence: number;
}

export const defaultTuning: ComposeTuning = {
  candidates: 6,
  kindWeight: 0.35,
  leadChars: 900,
  supportShare: 0.7,
  maxSupport: 2,
  contextShare: 0.3,
  bestWeight: 0.6,
  unitWeight: 0.4,
  rankWeight: 0.5,
  rankDecay: 0.35,
  referenceBonus: 1,
  companionShare: 0.45,
  maxLeadSentences: 3,
  shortSentence: 160,
};

interface ScoredSentence extends UnitSentence {
  score: number;
  coverage: number;
  matched: Set<string>;
}

interface ScoredUnit {
  index: number;
  sentences: ScoredSentence[];
  best: ScoredSentence | null;
  score: number;
  /** Share of the question's own meaning stated in two consecutive sentences of the unit (with its title). */
  support: number;
}

export function composeAnswer(input: ComposeInput): ComposedAnswer {
  const tuning = { ...defaultTuning, ...input.tuning };
  const weights = termWeights(input.terms, input.statistics);
  const units = input.sources
    .slice(0, tuning.candidates)
    .map((source, index) => scoreUnit(input, tuning, weights, source, index));
  const ranked = [...units].sort((left, right) => right.score - left.score || left.index - right.index);
  const lead = ranked[0];
  const support = Math.max(0, ...units.map((unit) => unit.support));
  if (!lead?.best) return { ...fallback(input.sources), support };
  const order = [lead.index, ...input.sources.map((_source, index) => index).filter((index) => index !== lead.index)];
  const number = (index: number) => order.indexOf(index) + 1;
  const parts = [`${leadText(input.question, lead, tuning)} [${number(lead.index)}]`];
  for (const support of supportFrom(ranked.slice(1), lead, tuning))
    parts.push(`${support.text} [${number(support.unit)}]`);
  return { text: parts.join("\n"), order, support };
}

function termWeights(terms: WeightedTerm[], statistics: TermStatistics): Map<string, number> {
  const weights = new Map<string, number>();
  for (const item of terms)
    weights.set(item.term, Math.max(weights.get(item.term) ?? 0, item.weight * idf(item.term, statistics)));
  return weights;
}

function scoreUnit(
  input: ComposeInput,
  tuning: ComposeTuning,
  weights: Map<string, number>,
  source: Source,
  index: number,
): ScoredUnit {
  const text = input.unitText?.(source, index) ?? source.text;
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0) || 1;
  // Terms of the passage's title ("L.R. 21/2012", "art. 24") say where it is, not which sentence answers.
  const context = new Set(analyze(`${source.title} ${source.article ?? ""}`));
  const sentenceWeight = (term: string) => (weights.get(term) ?? 0) * (context.has(term) ? tuning.contextShare : 1);
  const sentences = splitUnitSentences(text).map((sentence): ScoredSentence => {
    const matched = new Set(analyze(sentence.text).filter((term) => weights.has(term)));
    let covered = 0;
    for (const term of matched) covered += sentenceWeight(term);
    const coverage = covered / total;
    const carries = kindMatch(input.question.kinds, sentenceFeatures(sentence.text));
    return { ...sentence, matched, coverage, score: coverage > 0 ? coverage + tuning.kindWeight * carries : 0 };
  });
  const quotable = sentences.filter((sentence) => isQuotable(sentence) && sentence.score > 0);
  // A unit found by its reference ("cosa dice l'art. 24 c.5?") or by its title may state none of the question's
  // words: it is read from its first sentence.
  const best =
    quotable.reduce<ScoredSentence | null>(
      (top, sentence) => (!top || sentence.score > top.score ? sentence : top),
      null,
    ) ??
    sentences.find(isQuotable) ??
    null;
  // Which unit answers is judged with its title and unit label: "PRT 2024-2026" is in the heading, not the text.
  const unitCoverage = coverageOf(
    [...sentences.flatMap((sentence) => [...sentence.matched]), ...[...context].filter((term) => weights.has(term))],
    weights,
    total,
  );
  const referenceBonus = matchesReference(input.question, source) ? tuning.referenceBonus : 0;
  const retrieval = 1 / (1 + tuning.rankDecay * index);
  const score =
    (best?.score ?? 0) * tuning.bestWeight +
    unitCoverage * tuning.unitWeight +
    retrieval * tuning.rankWeight +
    referenceBonus;
  return { index, sentences, best, score: score * kindPrior(source), support: ownSupport(input, sentences, context) };
}

/** Own terms of the question a set of passage terms states, directly or through a synonym standing for them. */
function ownSupport(input: ComposeInput, sentences: ScoredSentence[], context: Set<string>): number {
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

function matchesReference(question: QuestionAnalysis, source: Source): boolean {
  if (!question.reference || !source.article) return false;
  const wanted = `art. ${question.reference.article}${question.reference.comma ? ` c.${question.reference.comma}` : ""}`;
  return source.article === wanted || (question.reference.comma === null && source.article.startsWith(`${wanted} `));
}

/**
 * The lead: for "cosa dice l'art. …" the unit itself from its start; otherwise the best sentence, with the list it
 * introduces, and the other sentences of the unit that add question terms, in the document's order.
 */
function leadText(question: QuestionAnalysis, unit: ScoredUnit, tuning: ComposeTuning): string {
  const best = unit.best!;
  const chosen = new Set<ScoredSentence>([best]);
  if (question.kinds.has("reference")) {
    for (const sentence of unit.sentences) if (isQuotable(sentence) || isListItem(sentence)) chosen.add(sentence);
  } else {
    const covered = new Set(best.matched);
    const others = unit.sentences.filter(
      (sentence) => sentence !== best && isQuotable(sentence) && sentence.score >= best.score * tuning.companionShare,
    );
    for (const sentence of others.sort((left, right) => right.score - left.score)) {
      if ([...sentence.matched].some((term) => !covered.has(term)) || sentence.score >= best.score * 0.8) {
        chosen.add(sentence);
        sentence.matched.forEach((term) => covered.add(term));
      }
      if (chosen.size >= tuning.maxLeadSentences) break;
    }
  }
  for (const neighbour of neighboursOf(unit.sentences, best, question, tuning)) chosen.add(neighbour);
  for (const sentence of [...chosen])
    if (sentence.leadIn) listAfter(unit.sentences, sentence).forEach((item) => chosen.add(item));
  return joinWithin(
    unit.sentences.filter((sentence) => chosen.has(sentence)),
    best,
    tuning.leadChars,
  );
}

/** Questions that want an explanation rather than one datum read on after the best sentence. */
const explained: QuestionKind[] = ["list", "definition", "procedure", "yesno"];
/** An example or a consequence ("In pratica:", "Per esempio") illustrates the statement just before it. */
const illustration = /^(?:in pratica|per esempio|ad esempio|ad es\.|in sostanza|quindi|pertanto|di conseguenza)\b/i;

/**
 * The sentences around the best one that a reader needs: the statement an example illustrates, and the sentence
 * that follows a short or explanatory one (the rest of the rule, its exceptions, its list).
 */
function neighboursOf(
  sentences: ScoredSentence[],
  best: ScoredSentence,
  question: QuestionAnalysis,
  tuning: ComposeTuning,
): ScoredSentence[] {
  const at = sentences.indexOf(best);
  const neighbours: ScoredSentence[] = [];
  const previous = sentences[at - 1];
  if (previous && isQuotable(previous) && illustration.test(best.text)) neighbours.push(previous);
  const next = sentences[at + 1];
  const wantsMore = best.text.length < tuning.shortSentence || explained.some((kind) => question.kinds.has(kind));
  if (next && isQuotable(next) && wantsMore) neighbours.push(next);
  return neighbours;
}

function listAfter(sentences: ScoredSentence[], leadIn: ScoredSentence): ScoredSentence[] {
  const items: ScoredSentence[] = [];
  for (const sentence of sentences.slice(sentences.indexOf(leadIn) + 1)) {
    if (!isListItem(sentence) || items.length >= 12) break;
    items.push(sentence);
  }
  return items;
}

/** Sentences in document order, within a budget that always keeps the best sentence and its list. */
function joinWithin(sentences: ScoredSentence[], best: ScoredSentence, budget: number): string {
  let used = 0;
  const kept = sentences.filter((sentence) => {
    const keep = sentence === best || isListItem(sentence) || used + sentence.text.length <= budget;
    if (keep) used += sentence.text.length;
    return keep;
  });
  return kept
    .map((sentence, index) =>
      index > 0 && (isListItem(sentence) || kept[index - 1]!.leadIn) ? `\n${sentence.text}` : sentence.text,
    )
    .join(" ")
    .replace(/ \n/g, "\n");
}

/** Sentences of other passages, when nearly as good and covering question terms the lead does not. */
function supportFrom(others: ScoredUnit[], lead: ScoredUnit, tuning: ComposeTuning): { text: string; unit: number }[] {
  const covered = new Set(lead.sentences.flatMap((sentence) => [...sentence.matched]));
  const support: { text: string; unit: number }[] = [];
  for (const unit of others) {
    const best = unit.best;
    if (support.length >= tuning.maxSupport || !best || best.score < lead.best!.score * tuning.supportShare) continue;
    if (![...best.matched].some((term) => !covered.has(term))) continue;
    best.matched.forEach((term) => covered.add(term));
    support.push({ text: best.text, unit: unit.index });
  }
  return support;
}

function fallback(sources: Source[]): ComposedAnswer {
  const first = sources[0];
  if (!first) return { text: "", order: [], support: 0 };
  const sentence = splitUnitSentences(first.text).find(isQuotable)?.text ?? first.text.slice(0, 300);
  return { text: `${sentence} [1]`, order: sources.map((_source, index) => index), support: 0 };
}
