/** Per-question outcomes and the figures `npm run eval` prints for each split and set. */
import type { EvalQuestion, SourceLike } from "./eval-sets.js";
import { missingFacts } from "./fact-match.js";

export interface AnswerLike {
  answer: string;
  found: boolean;
  sources: SourceLike[];
}

export interface Outcome {
  id: string;
  split: string;
  set: string;
  question: string;
  offtopic: boolean;
  /** "unanswerable" for on-domain questions the documents do not answer. */
  kind: string | null;
  found: boolean;
  /** The answer text states every fact (answerable), or says "Non ho trovato" (off-topic). */
  correct: boolean;
  missing: (readonly string[])[];
  hitAt1: boolean;
  hitAt5: boolean;
  answer: string;
  sources: string[];
}

export function judge(question: EvalQuestion, reply: AnswerLike): Outcome {
  const top = reply.sources.slice(0, 5);
  const missing = question.offtopic || !reply.found ? question.facts : missingFacts(reply.answer, question.facts);
  return {
    id: question.id,
    split: question.split,
    set: question.set,
    question: question.question,
    offtopic: question.offtopic,
    kind: question.kind,
    found: reply.found,
    correct: question.offtopic ? !reply.found : reply.found && missing.length === 0,
    missing,
    hitAt1: !question.offtopic && top[0] !== undefined && question.answers(top[0]),
    hitAt5: !question.offtopic && top.some((source) => question.answers(source)),
    answer: reply.answer,
    sources: top.map(
      (source) =>
        `${source.path}${source.article ? ` | ${source.article}` : ""}${source.page !== null ? ` | p. ${source.page}` : ""}`,
    ),
  };
}

export interface Figure {
  metric: string;
  value: number;
  unit: "ratio";
  questions: number;
}

const ratio = (count: number, total: number) => Math.round((count / total) * 1000) / 1000;

/** The figures of one group of outcomes; a figure whose denominator is empty is left out. */
export function figuresOf(outcomes: Outcome[]): Figure[] {
  const answerable = outcomes.filter((outcome) => !outcome.offtopic);
  const offtopic = outcomes.filter((outcome) => outcome.offtopic);
  const figures: Figure[] = [];
  const add = (metric: string, count: number, total: number) => {
    if (total > 0) figures.push({ metric, value: ratio(count, total), unit: "ratio", questions: total });
  };
  add("answer_accuracy", outcomes.filter((outcome) => outcome.correct).length, outcomes.length);
  add("hit_at_1", answerable.filter((outcome) => outcome.hitAt1).length, answerable.length);
  add("recall_at_5", answerable.filter((outcome) => outcome.hitAt5).length, answerable.length);
  add("notfound_on_answerable", answerable.filter((outcome) => !outcome.found).length, answerable.length);
  add("notfound_on_offtopic", offtopic.filter((outcome) => !outcome.found).length, offtopic.length);
  // The harder part of the off-topic figure, shown apart: on-domain questions the documents do not answer.
  const unanswerable = offtopic.filter((outcome) => outcome.kind === "unanswerable");
  add("notfound_on_unanswerable", unanswerable.filter((outcome) => !outcome.found).length, unanswerable.length);
  return figures;
}

/** Outcomes grouped by "split/set", in a stable order. */
export function groupOutcomes(outcomes: Outcome[]): Map<string, Outcome[]> {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of [...outcomes].sort((left, right) =>
    `${left.split}/${left.set}`.localeCompare(`${right.split}/${right.set}`),
  )) {
    const key = `${outcome.split}/${outcome.set}`;
    groups.set(key, [...(groups.get(key) ?? []), outcome]);
  }
  return groups;
}
