/**
 * The lead of an answer, read from the unit that answers: for "cosa dice l'art. …" the unit itself from its start;
 * otherwise its best sentence with the statement an example illustrates, the sentence that completes a short or
 * explanatory one, the list a lead-in introduces, and the other sentences that add question terms, in order.
 */

import { analyze } from "../index-format/italian-analyzer.js";
import type { ComposeTuning } from "./compose-tuning.js";
import type { QuestionAnalysis, QuestionKind } from "./question-analysis.js";
import type { ScoredSentence, ScoredUnit } from "./scored-unit.js";
import { askedRows, columnHeading } from "./table-rows.js";
import { isListItem, isQuotable, tableRow } from "./unit-sentences.js";

export function leadText(
  question: QuestionAnalysis,
  unit: ScoredUnit,
  tuning: ComposeTuning,
  weights: Map<string, number> = new Map(),
): string {
  const best = unit.best!;
  const chosen = new Set<ScoredSentence>([best]);
  const quotable = unit.sentences.filter((sentence) => isQuotable(sentence) || isListItem(sentence));
  const short = quotable.reduce((sum, sentence) => sum + sentence.text.length, 0) <= tuning.wholeUnitChars;
  if (question.kinds.has("reference")) {
    for (const sentence of quotable) chosen.add(sentence);
  } else if (short) {
    // A short unit is read whole, but an aside that says nothing the question asks ("In pratica: …") stays out.
    // Before the best sentence only what nearly says it too: the fact is not kept waiting behind a preamble.
    const at = unit.sentences.indexOf(best);
    for (const sentence of quotable) {
      const before = unit.sentences.indexOf(sentence) < at;
      if (sentence.score > 0 && (!before || sentence.score >= best.score * tuning.preambleShare)) chosen.add(sentence);
    }
  } else {
    const covered = new Set(best.matched);
    const others = unit.sentences.filter(
      (sentence) => sentence !== best && isQuotable(sentence) && sentence.score >= best.score * tuning.companionShare,
    );
    for (const sentence of others.sort((left, right) => right.score - left.score)) {
      if ([...sentence.matched].some((term) => !covered.has(term)) || sentence.score >= best.score * 0.8) {
        chosen.add(sentence);
        for (const term of sentence.matched) covered.add(term);
      }
      if (chosen.size >= tuning.maxLeadSentences) break;
    }
  }
  for (const neighbour of neighboursOf(unit.sentences, best, question, tuning)) chosen.add(neighbour);
  const items = new Set<ScoredSentence>();
  for (const sentence of [...chosen]) {
    if (!sentence.leadIn) continue;
    for (const item of listAfter(unit.sentences, sentence)) {
      chosen.add(item);
      items.add(item);
    }
  }
  for (const clause of joiningClauses(unit.sentences, chosen)) chosen.add(clause);
  // An act that repeats a clause word for word (the premessa restated in two points of the dispositivo) is quoted
  // saying it once.
  const key = (sentence: ScoredSentence) => sentence.text.replace(/\s+/g, " ").trim().toLowerCase();
  const said = new Set([key(best)]);
  const once = unit.sentences.filter((sentence) => {
    if (sentence === best) return true;
    if (!chosen.has(sentence) || (said.has(key(sentence)) && key(sentence).length >= 40)) return false;
    said.add(key(sentence));
    return true;
  });
  return joinWithin(once, best, items, tuning.leadChars, weights);
}

/** Rows of a table quoted at most. */
const maxRows = 6;

/**
 * A table quoted as an answer keeps its heading and the rows that name what the question asks ("negozi
 * abbigliamento" → row 13), not the twenty rows around them. A table none of whose rows names it stays whole.
 */
function rowsAsked(sentence: ScoredSentence, weights: Map<string, number>): ScoredSentence {
  const lines = sentence.text.split("\n");
  if (lines.length <= maxRows) return sentence;
  const picked = askedRows(lines, weights);
  if (picked) {
    const heading = columnHeading(lines, picked[0]!) ?? (picked[0] === 0 || tableRow(lines[0]!) ? null : 0);
    const quoted = [...(heading === null || picked.includes(heading) ? [] : [heading]), ...picked];
    return { ...sentence, text: quoted.map((at) => lines[at]!).join("\n") };
  }
  const asked = lines.filter((line, index) => index > 0 && analyze(line).some((term) => sentence.matched.has(term)));
  if (asked.length === 0 || asked.length > maxRows) return sentence;
  const heading = tableRow(lines[0]!) ? [] : [lines[0]!];
  return { ...sentence, text: [...heading, ...asked].join("\n") };
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

/**
 * The items a lead-in introduces: list items, or, where the PDF lost their markers, the clauses that follow it
 * ending with ";" ("CONSORZIO ASMEZ - irrilevante …;", "FONDAZIONE … ;").
 */
function listAfter(sentences: ScoredSentence[], leadIn: ScoredSentence): ScoredSentence[] {
  const items: ScoredSentence[] = [];
  for (const sentence of sentences.slice(sentences.indexOf(leadIn) + 1)) {
    const item = isListItem(sentence) || (!sentence.heading && /;\s*$/.test(sentence.text));
    if (!item || items.length >= 12) break;
    items.push(sentence);
  }
  return items;
}

/**
 * Clauses a quote cannot skip: the clause before a chosen one that starts in lower case (it goes on from it), and
 * the clauses between two chosen ones of the same sentence (split at ";"), so that no clause between them is lost
 * and no two clauses are glued as if adjacent.
 */
function joiningClauses(sentences: ScoredSentence[], chosen: Set<ScoredSentence>): ScoredSentence[] {
  const added: ScoredSentence[] = [];
  const indexes = sentences.flatMap((sentence, index) => (chosen.has(sentence) ? [index] : []));
  for (const index of indexes) {
    const previous = sentences[index - 1];
    if (previous && !previous.heading && /^[a-zà-ù]/.test(sentences[index]!.text) && !isListItem(sentences[index]!))
      added.push(previous);
  }
  // A chosen clause ending with ";" is read on to the end of its sentence (two clauses at most).
  for (const index of indexes) {
    if (isListItem(sentences[index]!) || !/;$/.test(sentences[index]!.text)) continue;
    for (let next = index + 1; next <= index + 2 && next < sentences.length; next++) {
      const clause = sentences[next]!;
      if (isListItem(clause) || clause.heading) break;
      added.push(clause);
      if (!/;$/.test(clause.text)) break;
    }
  }
  for (const [order, from] of indexes.entries()) {
    const to = indexes[order + 1];
    if (to === undefined || to - from > 3) continue;
    const between = sentences.slice(from, to);
    if (between.every((sentence) => /;$/.test(sentence.text) && !isListItem(sentence)))
      added.push(...sentences.slice(from + 1, to));
  }
  return added;
}

/**
 * The chosen sentences in document order within a budget: the best sentence and list items always stay (the items a
 * lead-in introduces, `listed`, are read as a list too); beyond the budget the least relevant of the others go
 * first, and a lead-in left out takes its items with it. A list starts on a new line and the text after it too.
 */
function joinWithin(
  sentences: ScoredSentence[],
  best: ScoredSentence,
  listed: Set<ScoredSentence>,
  budget: number,
  weights: Map<string, number>,
): string {
  const item = (sentence: ScoredSentence) => isListItem(sentence) || listed.has(sentence);
  const optional = sentences.filter((sentence) => sentence !== best && !item(sentence));
  const length = (sentence: ScoredSentence) => rowsAsked(sentence, weights).text.length;
  let used = sentences.reduce((sum, sentence) => sum + length(sentence), 0);
  const dropped = new Set<ScoredSentence>();
  for (const sentence of [...optional].sort((left, right) => left.score - right.score)) {
    if (used <= budget) break;
    dropped.add(sentence);
    used -= length(sentence);
  }
  for (const [index, sentence] of sentences.entries()) {
    if (!sentence.leadIn || !dropped.has(sentence)) continue;
    for (const next of sentences.slice(index + 1)) {
      if (!item(next) || next === best) break;
      dropped.add(next);
    }
  }
  const kept = sentences.filter((sentence) => !dropped.has(sentence));
  return kept
    .map((sentence, index) => {
      const previous = kept[index - 1];
      const text = rowsAsked(sentence, weights).text;
      const breaks = previous && (item(sentence) || previous.leadIn || item(previous));
      return breaks ? `\n${text}` : text;
    })
    .join(" ")
    .replace(/ \n/g, "\n");
}
