/**
 * The offline answer: the sentences of the retrieved passages that best match the question (rare terms weigh
 * more), each followed by the number of its source. Nothing is written that is not in a source.
 */
import type { Source } from "../core/types.js";
import { analyze } from "../index-format/italian-analyzer.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";
import { idf, type TermStatistics } from "./relevance.js";
import { splitSentences } from "./sentences.js";

const maxSentences = 3;
const maxPerSource = 2;
const maxSentenceChars = 420;
/** Sentences scoring below this share of the best one add noise, not answer. */
const relativeCutoff = 0.45;

interface Candidate {
  text: string;
  sourceNumber: number;
  score: number;
  order: number;
}

export function extractiveAnswer(sources: Source[], terms: WeightedTerm[], statistics: TermStatistics): string {
  const weights = new Map(terms.map((item) => [item.term, item.weight * idf(item.term, statistics)]));
  const candidates: Candidate[] = [];
  sources.forEach((source, rank) => {
    for (const sentence of splitSentences(source.text)) {
      if (!isProse(sentence)) continue;
      const matched = new Set(analyze(sentence).filter((term) => weights.has(term)));
      let score = 0;
      for (const term of matched) score += weights.get(term) ?? 0;
      // Earlier sources were ranked more relevant as a whole.
      score /= 1 + 0.15 * rank;
      if (score > 0) candidates.push({ text: clip(sentence), sourceNumber: rank + 1, score, order: candidates.length });
    }
  });
  const best = Math.max(0, ...candidates.map((candidate) => candidate.score));
  const chosen: Candidate[] = [];
  const perSource = new Map<number, number>();
  for (const candidate of [...candidates].sort((left, right) => right.score - left.score || left.order - right.order)) {
    if (chosen.length >= maxSentences || candidate.score < best * relativeCutoff) break;
    const used = perSource.get(candidate.sourceNumber) ?? 0;
    if (used >= maxPerSource || chosen.some((other) => other.text === candidate.text)) continue;
    perSource.set(candidate.sourceNumber, used + 1);
    chosen.push(candidate);
  }
  if (chosen.length === 0 && sources[0]) {
    const fallback = splitSentences(sources[0].text).find(isProse) ?? sources[0].text;
    chosen.push({ text: clip(fallback), sourceNumber: 1, score: 0, order: 0 });
  }
  return chosen.map((candidate) => `${withFinalStop(candidate.text)} [${candidate.sourceNumber}]`).join("\n");
}

/**
 * Headings, table rows, list fragments ("polizia municipale e amministrativa locale;") and template lines whose
 * data is still a blank ("durata di … anni") are not sentences that answer.
 */
export function isProse(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((word) => /[a-zà-ú]/i.test(word)).length;
  const templateBlank = /…(?!\s*$)/.test(sentence);
  return (
    sentence.length >= 30 &&
    words >= 6 &&
    !templateBlank &&
    /[a-zà-ú]{3}/.test(sentence) &&
    /[.!?;:…»")]$/.test(sentence) &&
    (sentence.match(/\|/g)?.length ?? 0) < 3
  );
}

function clip(raw: string): string {
  const sentence = raw.replace(/\*\*|__|`/g, "");
  if (sentence.length <= maxSentenceChars) return sentence;
  const cut = sentence.slice(0, maxSentenceChars);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : maxSentenceChars)}…`;
}

function withFinalStop(sentence: string): string {
  return /[.!?…:;]$/.test(sentence) ? sentence : `${sentence}.`;
}
