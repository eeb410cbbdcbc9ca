/**
 * A member Comune's council deliberation conferring functions to the Unione, or revoking a conferral: for each
 * function its decision names, the conferral itself (per Comune) and the terms the dispositivo states — from when,
 * for how long, integral or partial, staff and resources. Terms are read first in the conferring decision, then in
 * the act's other decisions ("di dare atto che la convenzione ha durata quinquennale"). A decision that names no
 * function ("la funzione in oggetto") takes the functions of the OGGETTO, with less confidence.
 */
import type { ComuneRecord, UnioneRecord } from "../knowledge/record-schema.js";
import { isConferral, isRevocation } from "./clause-kinds.js";
import { startAndEnd, yearsBetween } from "./conferral-dates.js";
import { durationIn, integralIn, type Reading, resourcesIn, staffIn } from "./conferral-terms.js";
import type { Clause } from "./decision-clauses.js";
import { type Finding, quoteRange } from "./finding.js";
import type { FunctionLexicon } from "./function-lexicon.js";
import { namesOtherUnione } from "./named-unione.js";
import type { Fact } from "./proposal.js";
import type { ReadAct } from "./unione-acts.js";

export interface ConferralContext {
  act: ReadAct;
  record: UnioneRecord;
  comune: ComuneRecord;
  lexicon: FunctionLexicon;
  /** Below 1 when the act's number or date come only from its file name. */
  certainty: number;
}

// A function named beside the staff, the resources or an earlier conferral is not what this decision confers.
const asideWords =
  /\bpersonale\b|\brisorse\b|\bgià\s+(?:conferit|trasferit|delegat|avvenut)|\banalog|\bcome\s+già\b|\bprecedentemente\b/i;
const refersToSubject = /conferi|trasferi|deleg|gestione\s+associata|revoca|recesso|recedere/i;

export function conferralFindings(clauses: Clause[], context: ConferralContext): Finding[] {
  const kinds = clauses.map((clause) =>
    isRevocation(clause) ? "revoca" : isConferral(clause) ? "conferimento" : null,
  );
  const others = clauses.filter((_, index) => kinds[index] === null);
  return clauses.flatMap((clause, index) => {
    const kind = kinds[index];
    // A conferral to another Unione, by name, is no fact of this one.
    if (!kind || namesOtherUnione(clause.text, context.record)) return [];
    const named = functionsOf(clause, context);
    return named.codes.flatMap((code) => {
      const confidence = (named.fromOggetto ? 0.75 : 0.9) * context.certainty;
      const quote = quoteRange(context.act.text, clause.start, clause.end, clause.start);
      const conferral: Finding = {
        fact: { kind: "function", code, field: "conferring_comuni", value: kind === "conferimento" },
        comune: context.comune.id,
        quote,
        confidence,
        reader: "regole",
      };
      return kind === "conferimento"
        ? [conferral, ...termFindings(code, clause, others, context, confidence)]
        : [conferral];
    });
  });
}

function functionsOf(clause: Clause, context: ConferralContext): { codes: string[]; fromOggetto: boolean } {
  const own = context.lexicon
    .find(clause.text)
    .filter((mention) => !asideWords.test(segmentAround(clause.text, mention.start, mention.end)));
  if (own.length > 0) return { codes: unique(own.map((mention) => mention.code)), fromOggetto: false };
  const oggetto = context.act.structure.oggetto?.text ?? context.act.info.subject ?? "";
  if (!refersToSubject.test(oggetto)) return { codes: [], fromOggetto: true };
  return { codes: unique(context.lexicon.find(oggetto).map((mention) => mention.code)), fromOggetto: true };
}

/** The part of the sentence holding a mention, between punctuation, with the mention itself left out. */
function segmentAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), -1) + 1;
  const after = text.slice(end).search(/[,;:]|\snonché\s/);
  return `${text.slice(from, start)} ${text.slice(end, after < 0 ? text.length : end + after)}`;
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}

type TermReader = (text: string) => Array<{ fact: Fact; at: number; weight: number }>;

function termFindings(
  code: string,
  clause: Clause,
  others: Clause[],
  context: ConferralContext,
  confidence: number,
): Finding[] {
  const readers: TermReader[] = [
    (text) => datesOf(code, text),
    (text) => reading(durationIn(text), 0.85, (value) => durationFact(code, value)),
    (text) => reading(integralIn(text), 0.8, (value) => ({ kind: "function", code, field: "integral", value })),
    (text) => reading(staffIn(text), 0.8, (value) => ({ kind: "function", code, field: "staff_transferred", value })),
    (text) =>
      reading(resourcesIn(text), 0.8, (value) => ({ kind: "function", code, field: "resources_transferred", value })),
  ];
  const findings: Finding[] = [];
  for (const read of readers) {
    for (const [position, source] of [clause, ...others].entries()) {
      const found = read(source.text);
      if (found.length === 0) continue;
      for (const item of found) {
        const weight = item.weight * (position === 0 ? 1 : 0.9);
        findings.push({
          fact: item.fact,
          comune: context.comune.id,
          quote: quoteRange(context.act.text, source.start, source.end, source.start + item.at),
          confidence: Math.min(confidence, weight * context.certainty),
          reader: "regole",
        });
      }
      break;
    }
  }
  return dropDerivedDuration(findings);
}

function reading<T>(
  found: Reading<T> | null,
  weight: number,
  fact: (value: T) => Fact,
): Array<{ fact: Fact; at: number; weight: number }> {
  return found ? [{ fact: fact(found.value), at: found.at, weight }] : [];
}

function durationFact(code: string, value: number | "open"): Fact {
  return value === "open"
    ? { kind: "function", code, field: "open_ended", value: true }
    : { kind: "function", code, field: "duration_years", value };
}

/** The start date, and the duration an end date implies ("dal 01/01/2025 al 31/12/2029": five years). */
function datesOf(code: string, text: string): Array<{ fact: Fact; at: number; weight: number }> {
  const { start, end } = startAndEnd(text);
  if (!start) return [];
  const found: Array<{ fact: Fact; at: number; weight: number }> = [
    { fact: { kind: "function", code, field: "start_date", value: start.iso }, at: start.start, weight: 0.9 },
  ];
  const years = end ? yearsBetween(start.iso, end.iso) : null;
  if (end && years)
    found.push({ fact: { kind: "function", code, field: "duration_years", value: years }, at: end.start, weight: 0.8 });
  return found;
}

/** A duration stated in words wins over the one an end date implies; equal readings are kept once. */
function dropDerivedDuration(findings: Finding[]): Finding[] {
  const stated = findings.filter(
    (finding) => finding.fact.field === "duration_years" || finding.fact.field === "open_ended",
  );
  if (stated.length <= 1) return findings;
  const [best] = [...stated].sort((a, b) => b.confidence - a.confidence);
  return findings.filter((finding) => !stated.includes(finding) || finding === best);
}
