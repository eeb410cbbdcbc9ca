/**
 * The offline answer, built to state the fact rather than scatter sentences. Among the best passages, the one that
 * answers is chosen by how well its sentences cover the question's terms (rare terms weigh more) AND carry the kind
 * of fact asked (a number for "quanti", a date for "quando", an organ for "chi", a rule for a yes/no). That passage
 * becomes source [1]; its lead is read from its whole unit (see lead-text.ts); a sentence of another passage is
 * added only when it covers what the lead does not. Nothing is written that is not in a source.
 */
import { actDisplayTitle, decidingActLabel } from "../acts/index.js";
import type { Source } from "../core/types.js";
import { analyze, fold } from "../index-format/italian-analyzer.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";
import { type ComposeTuning, defaultTuning } from "./compose-tuning.js";
import { datumPerSubject } from "./datum-per-subject.js";
import { withoutFakeCitations } from "./fake-citations.js";
import { leadText } from "./lead-text.js";
import { besideSubject, carriesAsked, datumKinds, isAct, missingParts, samePublication } from "./missing-parts.js";
import type { QuestionAnalysis, QuestionKind } from "./question-analysis.js";
import { uncoveredParts } from "./question-parts.js";
import type { TermStatistics } from "./relevance.js";
import { ruleCited } from "./rule-citation.js";
import { type ScoredUnit, scoreUnit, termWeights } from "./scored-unit.js";
import { sessionRecord } from "./session-record.js";
import { isClosingFormula } from "./unit-sentences.js";
import { unquotableLead } from "./unquotable-lead.js";

export { datumKinds } from "./missing-parts.js";

export interface ComposeInput {
  question: QuestionAnalysis;
  sources: Source[];
  terms: WeightedTerm[];
  statistics: TermStatistics;
  /** The whole citable unit (comma or article) a source belongs to; the source's own text when not given. */
  unitText?: (source: Source, index: number) => string;
  tuning?: Partial<ComposeTuning>;
  /**
   * Sources from this index on are passages of the answering act found by a second search within it: they only
   * complete a datum the question asks and the answer does not carry ("e quanto abbiamo pagato?"), never lead.
   */
  completionFrom?: number;
  /** The question names one act by its number ("la det. 326 del 2026…"): the answer says which act and what about. */
  namedAct?: boolean;
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
  /** Kinds of datum the question asks that the answer does not carry. */
  unanswered: QuestionKind[];
}

export function composeAnswer(input: ComposeInput): ComposedAnswer {
  const tuning = { ...defaultTuning, ...input.tuning };
  const weights = termWeights(input.terms, input.statistics);
  const completionFrom = input.completionFrom ?? input.sources.length;
  const score = (source: Source, index: number) =>
    scoreUnit(input, tuning, weights, source, index, unitOf(input, index));
  const units = input.sources.slice(0, Math.min(tuning.candidates, completionFrom)).map(score);
  const completions = input.sources
    .slice(completionFrom)
    .map((source, offset) => score(source, completionFrom + offset));
  // A short passage with nothing quotable (an act's heading alone) cannot lead while another one can; a table,
  // long and unquotable as prose, still may.
  const bare = (unit: ScoredUnit) =>
    unit.best === null && unit.sentences.reduce((sum, sentence) => sum + sentence.text.length, 0) < bareChars;
  const ranked = [...units].sort(
    (left, right) => Number(bare(left)) - Number(bare(right)) || right.score - left.score || left.index - right.index,
  );
  const lead = ranked[0];
  const support = Math.max(0, ...units.map((unit) => unit.support));
  if (!lead?.best) {
    const shown = input.sources.slice(0, completionFrom);
    const answer = unquotableLead(shown, lead ? { index: lead.index, text: unitOf(input, lead.index) } : null, weights);
    return { ...answer, support, unanswered: [] };
  }
  const leadPart = leadText(input.question, lead, tuning, weights);
  const related = ranked
    .slice(1)
    .filter((unit) => relatedSource(input.sources[lead.index]!, input.sources[unit.index]!));
  // An act's answer takes its supports from the same act first (its annexes too), then from other acts; they are
  // shown in rank order.
  const ofLeadAct = (unit: ScoredUnit) =>
    isAct(input.sources[lead.index]!) && samePublication(input.sources[lead.index]!, input.sources[unit.index]!);
  const supports = supportFrom(
    [...related].sort((left, right) => Number(ofLeadAct(right)) - Number(ofLeadAct(left))),
    lead,
    leadPart,
    tuning,
  ).sort(
    (left, right) =>
      related.findIndex((unit) => unit.index === left.unit) - related.findIndex((unit) => unit.index === right.unit),
  );
  const said = [leadPart, ...supports.map((support) => support.text)];
  const candidates = [lead, ...related, ...completions];
  // A figure a support quotes from an act's premesse or from a table is not what the act decides: the datum is
  // still looked for, the dispositivo first.
  const stated = [
    leadPart,
    ...supports.filter((support) => decidesOrRules(input.sources[support.unit]!)).map((support) => support.text),
  ];
  const missing = missingParts(input.question, stated, said, lead, candidates, input.sources, tuning);
  const parts = [
    ...missing.parts,
    ...besideSubject(input, lead, [leadPart, ...said.slice(1), ...missing.parts.map((part) => part.text)], weights),
  ];
  // A question in several parts about an act: a part the answer does not address yet gets the sentence that does. A
  // line of another act ("2. Di dare mandato al Responsabile della Trasparenza…") does not address it.
  const shown = () => [...said, ...parts.map((part) => part.text)];
  const leadSource = input.sources[lead.index]!;
  const ofAct = [...supports, ...parts].filter(
    (line) => !isAct(leadSource) || samePublication(leadSource, input.sources[line.unit]!),
  );
  const actLines = [leadPart, ...ofAct.map((line) => line.text)];
  parts.push(...uncoveredParts(input.question.parts, actLines, lead, candidates, input.sources, weights));
  // A datum asked of several things ("plastica e vetro che giorni?"): each gets the line stating it beside it.
  parts.push(...datumPerSubject(input.question, weights, shown(), lead, candidates, input.sources));
  // What the question asks of the sitting: the act's own record of it opens the answer.
  const session = sessionRecord(
    input.question.session,
    input.sources[lead.index]!,
    candidates.map((unit) => ({
      index: unit.index,
      source: input.sources[unit.index]!,
      text: unitOf(input, unit.index),
    })),
  );
  if (session) parts.push(session);
  const cited = new Set(parts.map((part) => part.unit).filter((index) => index >= completionFrom));
  // The fact first: when the lead states none of the data asked and a passage of the same act does (a support or a
  // completing part), that passage opens the answer and is source [1]; the lead follows as its context.
  const fact = session ?? factFirst(input, lead, leadPart, [...supports, ...parts]);
  const first = fact?.unit ?? lead.index;
  const order = [
    first,
    ...(first !== lead.index ? [lead.index] : []),
    ...input.sources
      .map((_source, index) => index)
      .filter((index) => index !== lead.index && index !== first && index < completionFrom),
    ...[...cited].filter((index) => index !== first).sort((left, right) => left - right),
  ];
  const number = (index: number) => order.indexOf(index) + 1;
  const lines = [`${leadPart}${ruleCited(input.sources[lead.index]!, leadPart)} [${number(lead.index)}]`];
  // Each quote of the law names its rule, not only the first: "… si riferisce a questi commi. (L. 56/2014, art. 1 c.104)".
  const quoted = (line: { text: string; unit: number }) =>
    `${line.text}${ruleCited(input.sources[line.unit]!, line.text)} [${number(line.unit)}]`;
  for (const support of supports) lines.push(quoted(support));
  for (const part of parts) lines.push(quoted(part));
  if (fact) lines.unshift(lines.splice(1 + [...supports, ...parts].indexOf(fact), 1)[0]!);
  lines[0] = `${actLead(input, lead.index, lines[0]!)}${lines[0]}`;
  // The act's record of its sitting states the name asked (who was absent, who presided).
  const text = lines.map(withoutFakeCitations).join("\n");
  // A datum the completions did not find may still be stated by a part added for it (a signed block's signature).
  // A support's name states it ("RESPONSABILE DOTT. ANDREA VITALE"); a support's figure is not what an act decides.
  const stating = (kind: QuestionKind) => (kind === "amount" || kind === "quantity" ? parts : [...parts, ...supports]);
  const stillUnanswered = missing.unanswered.filter(
    (kind) => !stating(kind).some((line) => carriesAsked(line.text, kind, input.question)),
  );
  return { text, order, support, unanswered: session ? [] : stillUnanswered };
}

function unitOf(input: ComposeInput, index: number): string {
  const source = input.sources[index]!;
  return input.unitText?.(source, index) ?? source.text;
}

/**
 * When the lead of an act states none of the data asked: the first passage after it, from the same act, that states
 * one ("4. di STABILIRE che l'accordo quadro avrà durata … fino al 31 dicembre 2026" for "fino a quando dura?").
 */
function factFirst(
  input: ComposeInput,
  lead: ScoredUnit,
  leadPart: string,
  after: { text: string; unit: number }[],
): { text: string; unit: number } | null {
  const leadSource = input.sources[lead.index]!;
  if (!isAct(leadSource)) return null;
  const asked = datumKinds.filter((kind) => input.question.kinds.has(kind));
  const states = (text: string) => asked.some((kind) => carriesAsked(text, kind, input.question));
  if (asked.length === 0 || states(leadPart)) return null;
  return after.find((part) => samePublication(leadSource, input.sources[part.unit]!) && states(part.text)) ?? null;
}

/**
 * A rule of the law is completed by the law, the templates or the records, never by a sentence of some act in
 * the archive: an Avella deliberation's sentence appended to a rule of L.R. 21/2012 is noise. An act's answer may
 * be completed by another act (a deliberation and its annex, the act it cites).
 */
function relatedSource(lead: Source, other: Source): boolean {
  return lead.kind !== "law" || other.kind !== "document";
}

/** A passage that states a datum with authority: the law, a record, a template, or an act's dispositivo. */
function decidesOrRules(source: Source): boolean {
  return source.kind !== "document" || source.page === null || source.section === "dispositivo";
}

/**
 * A question asking for an act ("con quale delibera…", "quando è stato approvato…") is answered by the act that
 * decided what the passage says — the passage's own act, or the act its annex was approved with — named first.
 * A question naming one act by its number gets that act's label and OGGETTO first, unless the quote already
 * opens with it: "cosa si è comprato con la det. 326?" is answered by the subject as much as by the dispositivo.
 */
function actLead(input: ComposeInput, index: number, leadPart: string): string {
  const act = input.sources[index]?.act;
  if (!act) return "";
  if (input.question.kinds.has("act")) {
    const label = decidingActLabel(act, input.question.actType);
    return label ? `${label}: ` : "";
  }
  if (!input.namedAct || !act.subject || fold(leadPart).includes(fold(act.subject).slice(0, 40))) return "";
  // The act the question named, with its whole OGGETTO: what the act is about often answers part of the question.
  return `${actDisplayTitle(act, true)}:\n`;
}

/** Sentences of other passages, when nearly as good and covering question terms the lead does not. */
function supportFrom(
  others: ScoredUnit[],
  lead: ScoredUnit,
  leadPart: string,
  tuning: ComposeTuning,
): { text: string; unit: number }[] {
  // What the answer already states: the terms of the quoted lead, not of its whole unit.
  const quoted = new Set(analyze(leadPart));
  const covered = new Set(
    lead.sentences.flatMap((sentence) => [...sentence.matched].filter((term) => quoted.has(term))),
  );
  const support: { text: string; unit: number }[] = [];
  for (const unit of others) {
    const best = unit.best;
    if (support.length >= tuning.maxSupport || !best || best.score < lead.best!.score * tuning.supportShare) continue;
    if (isClosingFormula(best.text)) continue;
    // A sentence sharing one word with the question ("composta") is noise, however rare the word.
    if (best.coverage < tuning.supportCoverage || best.matched.size < tuning.supportTerms) continue;
    if (![...best.matched].some((term) => !covered.has(term))) continue;
    for (const term of best.matched) covered.add(term);
    support.push({ text: best.text, unit: unit.index });
  }
  return support;
}

/** Characters under which a passage with nothing quotable is only a heading. */
const bareChars = 400;
