/**
 * The parts of an answer that complete its lead: for each kind of datum the question asks and the lead does not
 * state, the sentence that carries it best; and, for money asked about one item of an act, the line that states it
 * beside the item (see datum-beside-subject.ts).
 */
import { findActReferences, publicationKey } from "../acts/index.js";
import type { Source } from "../core/types.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";
import { type CodeName, statesCode } from "./asked-codes.js";
import type { ComposeTuning } from "./compose-tuning.js";
import { datumBesideSubject } from "./datum-beside-subject.js";
import type { QuestionAnalysis, QuestionKind } from "./question-analysis.js";
import type { ScoredUnit } from "./scored-unit.js";
import { sentenceFeatures } from "./sentence-features.js";
import { isClosingFormula, isQuotable } from "./unit-sentences.js";

/**
 * Kinds of datum a question may ask several of at once ("a chi paga e quanto?", "quanto dura e quanto costa?"), in
 * the order they are completed, at most `maxMissingParts` of them: the kinds a question names with a precise
 * word ("il CIG", "a che ora", "ogni quanto") before "quanto", which any figure seems to answer.
 */
export const datumKinds: QuestionKind[] = [
  "code",
  "contact",
  "time",
  "frequency",
  "amount",
  "deadline",
  "date",
  "duration",
  "person",
  "who",
  "consequence",
  "basis",
  "quantity",
];

/** An approval stated with the act that made it: "ha approvato il proprio P.E.B.A. con deliberazione di G.C. n. …". */
const approvedBy =
  /\b(?:approvat|adottat|ratificat)\w*\b[^;]{0,120}?\b(?:deliberazion|delibera|decreto|determinazion|determina|ordinanza)/i;

/** The text states an approval and the act, with its year, that made it. */
export function namesApprovingAct(text: string): boolean {
  return approvedBy.test(text) && findActReferences(text).some((act) => act.year !== null);
}

/** A kind of datum asked; for an identifier, which one ("capitolo", "cig"). */
interface Datum {
  kind: QuestionKind;
  code?: CodeName;
}

/** True when the text states that kind of datum; an identifier only when it is the one asked ("il CIG", not the CUP). */
export function carriesAsked(text: string, kind: QuestionKind, question: QuestionAnalysis): boolean {
  if (kind === "code") return statesCode(text, question.codes);
  // "quando è stato approvato il PEBA?": "approvato … con deliberazione di G.C. n. 97/2023" says when, by its act.
  if (kind === "date" && question.kinds.has("act") && namesApprovingAct(text)) return true;
  return sentenceFeatures(text).carries.has(kind);
}

/**
 * For each kind of datum the question asks and the answer so far does not carry, the sentence that carries it
 * best among the candidate passages — the lead's own unit first — provided it states enough of the question's
 * terms. A question in two parts gets both parts answered, each with its source.
 */
export function missingParts(
  question: QuestionAnalysis,
  stated: string[],
  said: string[],
  lead: ScoredUnit,
  ranked: ScoredUnit[],
  sources: Source[],
  tuning: ComposeTuning,
): { parts: { text: string; unit: number }[]; unanswered: QuestionKind[] } {
  // Each identifier asked is a datum of its own: "su che capitolo va e che CIG ha?" wants both.
  const leadPath = sources[lead.index]?.path;
  const leadIsAct = isAct(sources[lead.index]!);
  // A rule of the law is its own basis: its label names it ("D.Lgs. 165/2001, art. 6"), no other line is needed.
  const asked: Datum[] = datumKinds
    .filter((kind) => question.kinds.has(kind) && (kind !== "basis" || leadIsAct))
    .flatMap((kind): Datum[] => (kind === "code" ? question.codes.map((code) => ({ kind, code })) : [{ kind }]));
  if (asked.length === 0 || !lead.best) return { parts: [], unanswered: [] };
  const carries = (text: string, datum: Datum) =>
    datum.code ? statesCode(text, [datum.code]) : carriesAsked(text, datum.kind, question);
  const carried = new Set(asked.filter((datum) => stated.some((text) => carries(text, datum))));
  const used = new Set(said);
  const added: { text: string; unit: number }[] = [];
  const unanswered: QuestionKind[] = [];
  for (const datum of asked) {
    const kind = datum.kind;
    if (carried.has(datum) || added.length >= tuning.maxMissingParts) continue;
    let best: { text: string; unit: number; value: number } | null = null;
    for (const unit of ranked) {
      // In the lead's own document (the act asked about) the datum may be worded apart from the question's terms,
      // and its dispositivo, which decides, needs none of them: "di liquidare … € 2.552,00" answers "quanto".
      const sameDocument = sources[unit.index]?.path === leadPath;
      // An act's datum is completed from that act and its annexes: another act's figure or office is about
      // something else.
      if (leadIsAct && !samePublication(sources[lead.index]!, sources[unit.index]!)) continue;
      const decides = sameDocument && sources[unit.index]?.section === "dispositivo";
      const share = decides ? 0 : sameDocument ? tuning.sameDocumentPartShare : tuning.missingPartShare;
      for (const sentence of unit.sentences) {
        // A line that only states the identifier or the address asked ("CIG: BA3D06EB00", "• all'indirizzo di
        // posta elettronica: comune.avella@cert.irpinianet.eu;") is quotable for it.
        const codeLine = (kind === "code" || kind === "contact") && carries(sentence.text, datum);
        if ((!isQuotable(sentence) && !codeLine) || (!question.aboutClosing && isClosingFormula(sentence.text)))
          continue;
        // In the act itself, the line with the identifier or address asked needs none of the question's words.
        if (sentence.coverage < lead.best.coverage * (codeLine && sameDocument ? 0 : share)) continue;
        if ([...used].some((text) => text.includes(sentence.text))) continue;
        if (!carries(sentence.text, datum)) continue;
        // Judged as the lead's sentences are (terms, kind of fact, terms standing near each other), and what the
        // act decides wins over a figure of its premesse or of a table: "di liquidare … € 2.025,04". Dev acts: by
        // coverage alone 0.764, by the sentence's score 0.773 ("quanto costa in totale?" gets the dispositivo's
        // "ammontare complessivo di € 1.298.325,00"), law unchanged.
        const assigns = (kind === "who" || kind === "person") && assignment.test(sentence.text);
        const value =
          sentence.score * (unit === lead ? 1 : tuning.otherUnitShare) +
          (decides ? tuning.decidesBonus : 0) +
          (assigns ? tuning.assignmentBonus : 0);
        if (!best || value > best.value) best = { text: sentence.text, unit: unit.index, value };
      }
    }
    if (!best) {
      if (!unanswered.includes(kind)) unanswered.push(kind);
      continue;
    }
    added.push({ text: best.text, unit: best.unit });
    used.add(best.text);
    for (const other of asked) if (carries(best.text, other)) carried.add(other);
  }
  return { parts: added, unanswered };
}

/**
 * A clause that gives a task to an office or a person: "6. DI DEMANDARE al Servizio Turismo …", "di dare mandato al
 * Segretario Comunale di …", "di incaricare il Responsabile …", "di nominare quale RUP l'arch. …".
 */
const assignment =
  /\b(?:demandare|demanda|incaricare|incarica|dare mandato|da mandato|conferire (?:l'|all')?incarico|affidare|affida|nominare|nomina|individuare (?:quale|come)|designare|delegare|autorizzare)\b[^.;]{0,60}?\b(?:al|alla|ai|agli|all'|il|la|lo|i|gli|l')\s/i;

/**
 * Money asked about one item of an act ("quanto è stanziato per l'anfiteatro?"): the line of the act that states an
 * amount beside the item, when the answer so far does not (see datum-beside-subject.ts).
 */
export function besideSubject(
  input: {
    question: QuestionAnalysis;
    sources: Source[];
    terms: WeightedTerm[];
    unitText?: (source: Source, index: number) => string;
  },
  lead: ScoredUnit,
  stated: string[],
  weights: Map<string, number>,
): { text: string; unit: number }[] {
  const leadSource = input.sources[lead.index]!;
  if (!input.question.kinds.has("amount") || !isAct(leadSource)) return [];
  // "quanto va alla quota ATO e quanto alla Regione per le acque reflue?": each part asking money names its item.
  const amountParts = input.question.parts.filter((part) => part.question.kinds.has("amount"));
  const items = amountParts.length > 1 ? amountParts.map((part) => new Set(part.terms)) : [null];
  const candidates = input.sources
    .map((source, index) => ({ source, index }))
    .filter(({ source }) => samePublication(leadSource, source))
    .sort((left, right) => Number(right.index === lead.index) - Number(left.index === lead.index))
    .map(({ source, index }) => ({ unit: index, text: input.unitText?.(source, index) ?? source.text }));
  const standIns = new Map<string, string[]>();
  for (const term of input.terms)
    for (const own of term.weight < 1 && term.weight >= 0.5 ? (term.standsFor ?? []) : [])
      standIns.set(own, [...(standIns.get(own) ?? []), term.term]);
  const lines: { text: string; unit: number }[] = [];
  for (const item of items) {
    const own = input.terms
      .filter((term) => term.weight >= 1 && (!item || item.has(term.term)))
      .map((term) => ({ term: term.term, weight: weights.get(term.term) ?? 0 }));
    const found = datumBesideSubject(own, [...stated, ...lines.map((line) => line.text)], candidates, standIns);
    if (found && !lines.some((line) => line.text === found.text)) lines.push(found);
  }
  return lines;
}

/** A page of a document in the archive: an act or an annex, as opposed to the law, a record or a template. */
export function isAct(source: Source): boolean {
  return source.kind === "document" && source.page !== null;
}

/** Two passages of one publication on the notice board: the act and its annexes. */
export function samePublication(left: Source, right: Source): boolean {
  if (left.path === right.path) return true;
  const key = publicationKey(left.path);
  return key !== null && key === publicationKey(right.path);
}
