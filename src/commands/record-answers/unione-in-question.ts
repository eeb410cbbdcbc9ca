/**
 * Which Unione (and which member Comune) a question is about: named in the question ("del delta", "terre
 * d'acqua", a member Comune such as "Mesola"), or else the Unione the channel is bound to. Only Unioni the
 * request may see count; the fictional example Unione only when named in full, never through a word such as
 * "esempio" in "ad esempio", and never when a real Unione is named.
 */
import { scopeAllows } from "../../core/access.js";
import { normalizeName } from "../../core/fuzzy-match.js";
import type { AccessScope } from "../../core/types.js";
import type { ComuneRecord, UnioneRecord } from "../../knowledge/record-schema.js";
import { isVisible } from "../resolve-unione.js";

export interface QuestionSubject {
  record: UnioneRecord;
  /** The member Comune the question names, when it names one. */
  comune: ComuneRecord | null;
  /** True when the question names the Unione (or one of its Comuni); false when it comes from the binding. */
  named: boolean;
}

/** Words that name no Unione in particular. */
const filler = new Set(["unione", "di", "del", "della", "delle", "dei", "d", "comuni", "comune", "terre", "l"]);

function words(text: string): string[] {
  return normalizeName(text).split(" ").filter(Boolean);
}

/** " terre del delta " contains " delta ": whole words only. */
function containsPhrase(haystack: string, phrase: string): boolean {
  return phrase.length > 0 && ` ${haystack} `.includes(` ${phrase} `);
}

/** Words of a record's name and id that no other record shares: "delta", "acqua". */
function distinctiveWords(record: UnioneRecord, others: UnioneRecord[]): string[] {
  const shared = new Set(others.flatMap((other) => [...words(other.name), ...words(other.id)]));
  return [...new Set([...words(record.name), ...words(record.id)])].filter(
    (word) => !filler.has(word) && !shared.has(word) && word.length > 2,
  );
}

/** The example Unione answers only to its id or full name, with the word "unione" in front of "esempio". */
function namesExample(question: string, record: UnioneRecord): boolean {
  return (
    containsPhrase(question, normalizeName(record.id)) ||
    containsPhrase(question, normalizeName(record.name)) ||
    containsPhrase(question, "unione di esempio") ||
    containsPhrase(question, "unione esempio")
  );
}

function namesRecord(question: string, record: UnioneRecord, others: UnioneRecord[]): boolean {
  if (record.example) return namesExample(question, record);
  if (containsPhrase(question, normalizeName(record.id)) || containsPhrase(question, normalizeName(record.name)))
    return true;
  return distinctiveWords(record, others).some((word) => containsPhrase(question, word));
}

/** Member Comuni named in the question, with their Unione. */
function namedComuni(question: string, records: UnioneRecord[]): { record: UnioneRecord; comune: ComuneRecord }[] {
  return records.flatMap((record) =>
    record.comuni
      .filter((comune) => containsPhrase(question, normalizeName(comune.name)))
      .map((comune) => ({ record, comune })),
  );
}

/** Every Unione the question names, by its name or one of its member Comuni (however many). */
export function unioniNamedIn(question: string, records: UnioneRecord[]): UnioneRecord[] {
  const text = normalizeName(question);
  const byComune = new Set(
    namedComuni(
      text,
      records.filter((record) => !record.example),
    ).map((item) => item.record.id),
  );
  return records.filter(
    (record) =>
      byComune.has(record.id) ||
      namesRecord(
        text,
        record,
        records.filter((other) => other !== record),
      ),
  );
}

/**
 * The subject of the question, or null when it names no visible Unione and the channel is bound to none.
 * A question naming an Unione the request may not see has no subject here (the ask service, which filters by
 * scope, answers it), so nothing of that Unione is ever read for it.
 */
export function subjectOf(question: string, records: UnioneRecord[], scope: AccessScope): QuestionSubject | null {
  const text = normalizeName(question);
  const real = records.filter((record) => !record.example);
  const named = records.filter((record) =>
    namesRecord(
      text,
      record,
      records.filter((other) => other !== record),
    ),
  );
  const namedReal = named.filter((record) => !record.example);
  const candidates = namedReal.length > 0 ? namedReal : named;
  const comuni = namedComuni(text, real);
  if (candidates.length > 1) return null;
  const chosen =
    candidates[0] ??
    (comuni.length > 0 && new Set(comuni.map((item) => item.record.id)).size === 1 ? comuni[0]!.record : null);
  if (chosen) {
    if (!isVisible(chosen, scope)) return null;
    const comune = comuni.find((item) => item.record.id === chosen.id)?.comune ?? null;
    return { record: chosen, comune, named: true };
  }
  if (scope.kind !== "unione" || namedReal.length > 0) return null;
  const bound = records.find((record) => record.id === scope.unione && scopeAllows(scope, record.id));
  return bound ? { record: bound, comune: null, named: false } : null;
}
