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
import type { QuestionAnalysis } from "./question-analysis.js";
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
}

export interface ComposedAnswer {
  text: string;
  /** Source indexes in the order they should be shown: the answering passage first. */
  order: number[];
}

/** Passages looked at for the answer: beyond these the ranking is too weak to lead. */
const candidates = 6;
const kindWeight = 0.35;
const leadChars = 700;
const supportShare = 0.7;
const maxSupport = 2;
/** Weight, in sentence scoring, of a question term that is also in the passage's title. */
const contextShare = 0.3;

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
}

export function composeAnswer(input: ComposeInput): ComposedAnswer {
  const weights = termWeights(input.terms, input.statistics);
  const units = input.sources.slice(0, candidates).map((source, index) => scoreUnit(input, weights, source, index));
  const ranked = [...units].sort((left, right) => right.score - left.score || left.index - right.index);
  const lead = ranked[0];
  if (!lead || !lead.best) return fallback(input.sources);
  const order = [lead.index, ...input.sources.map((_source, index) => index).filter((index) => index !== lead.index)];
  const number = (index: number) => order.indexOf(index) + 1;
  const parts = [`${leadText(input.question, lead)} [${number(lead.index)}]`];
  for (const support of supportFrom(ranked.slice(1), lead)) parts.push(`${support.text} [${number(support.unit)}]`);
  return { text: parts.join("\n"), order };
}

function termWeights(terms: WeightedTerm[], statistics: TermStatistics): Map<string, number> {
  const weights = new Map<string, number>();
  for (const item of terms)
    weights.set(item.term, Math.max(weights.get(item.term) ?? 0, item.weight * idf(item.term, statistics)));
  return weights;
}

function scoreUnit(input: ComposeInput, weights: Map<string, number>, source: Source, index: number): ScoredUnit {
  const text = input.unitText?.(source, index) ?? source.text;
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0) || 1;
  // Terms of the passage's title ("L.R. 21/2012", "art. 24") say where it is, not which sentence answers.
  const context = new Set(analyze(`${source.title} ${source.article ?? ""}`));
  const sentenceWeight = (term: string) => (weights.get(term) ?? 0) * (context.has(term) ? contextShare : 1);
  const sentences = splitUnitSentences(text).map((sentence): ScoredSentence => {
    const matched = new Set(analyze(sentence.text).filter((term) => weights.has(term)));
    let covered = 0;
    for (const term of matched) covered += sentenceWeight(term);
    const coverage = covered / total;
    const carries = kindMatch(input.question.kinds, sentenceFeatures(sentence.text));
    return { ...sentence, matched, coverage, score: coverage > 0 ? coverage + kindWeight * carries : 0 };
  });
  const quotable = sentences.filter((sentence) => isQuotable(sentence) && sentence.score > 0);
  const best = quotable.reduce<ScoredSentence | null>(
    (top, sentence) => (!top || sentence.score > top.score ? sentence : top),
    null,
  );
  const unitCoverage = coverageOf(
    sentences.flatMap((sentence) => [...sentence.matched]),
    weights,
    total,
  );
  const referenceBonus = matchesReference(input.question, source) ? 1 : 0;
  const retrieval = 1 / (1 + 0.35 * index);
  const score = (best?.score ?? 0) * 0.6 + unitCoverage * 0.4 + retrieval * 0.5 + referenceBonus;
  return { index, sentences, best, score: score * kindPrior(source) };
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
function leadText(question: QuestionAnalysis, unit: ScoredUnit): string {
  const best = unit.best!;
  const chosen = new Set<ScoredSentence>([best]);
  if (question.kinds.has("reference")) {
    for (const sentence of unit.sentences) if (isQuotable(sentence) || isListItem(sentence)) chosen.add(sentence);
  } else {
    const covered = new Set(best.matched);
    const others = unit.sentences.filter(
      (sentence) => sentence !== best && isQuotable(sentence) && sentence.score >= best.score * 0.45,
    );
    for (const sentence of others.sort((left, right) => right.score - left.score)) {
      if ([...sentence.matched].some((term) => !covered.has(term)) || sentence.score >= best.score * 0.8) {
        chosen.add(sentence);
        sentence.matched.forEach((term) => covered.add(term));
      }
      if (chosen.size >= 3) break;
    }
  }
  for (const sentence of [...chosen])
    if (sentence.leadIn) listAfter(unit.sentences, sentence).forEach((item) => chosen.add(item));
  return joinWithin(
    unit.sentences.filter((sentence) => chosen.has(sentence)),
    best,
    leadChars,
  );
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
function supportFrom(others: ScoredUnit[], lead: ScoredUnit): { text: string; unit: number }[] {
  const covered = new Set(lead.sentences.flatMap((sentence) => [...sentence.matched]));
  const support: { text: string; unit: number }[] = [];
  for (const unit of others) {
    const best = unit.best;
    if (support.length >= maxSupport || !best || best.score < lead.best!.score * supportShare) continue;
    if (![...best.matched].some((term) => !covered.has(term))) continue;
    best.matched.forEach((term) => covered.add(term));
    support.push({ text: best.text, unit: unit.index });
  }
  return support;
}

function fallback(sources: Source[]): ComposedAnswer {
  const first = sources[0];
  if (!first) return { text: "", order: [] };
  const sentence = splitUnitSentences(first.text).find(isQuotable)?.text ?? first.text.slice(0, 300);
  return { text: `${sentence} [1]`, order: sources.map((_source, index) => index) };
}
