/**
 * The reply a record gives: a found fact (sentences, the first one citing the record), or "Non ho trovato…" when
 * the record leaves the asked fact unknown (null), naming the fact and saying it is to be verified.
 */
import type { UnioneRecord } from "../../knowledge/record-schema.js";

export interface RecordReply {
  found: boolean;
  /** The answer's sentences; the first is followed by the citation [1]. */
  sentences: string[];
  /** The article of the rule when a verdict is stated ("art. 24 c.5"). */
  article: string | null;
}

/** "dell'Unione Terre del Delta"; "di Terre del Delta" when the name does not start with "Unione". */
export function ofUnione(record: UnioneRecord): string {
  return /^unione\b/i.test(record.name) ? `dell'${record.name}` : `di ${record.name}`;
}

/** "L'Unione Terre del Delta" at the start of a sentence. */
export function theUnione(record: UnioneRecord): string {
  return /^unione\b/i.test(record.name) ? `L'${record.name}` : record.name;
}

export function found(sentences: string[], article: string | null = null): RecordReply {
  return { found: true, sentences, article };
}

/** "Non ho trovato il dato: la scheda dell'Unione X non riporta la sede (da verificare)." */
export function notFound(record: UnioneRecord, what: string, more: string[] = []): RecordReply {
  return {
    found: false,
    sentences: [`Non ho trovato il dato: la scheda ${ofUnione(record)} non riporta ${what} (da verificare).`, ...more],
    article: null,
  };
}

/** The first sentence of a note ("Servizio Informatico Associato (SIA). Comuni …" -> "Servizio Informatico Associato (SIA)"). */
export function firstSentence(note: string | null): string | null {
  if (!note) return null;
  const first =
    note
      .split(/(?<=[\p{L}\p{N})])\.\s+(?=\p{Lu})/u)[0]
      ?.trim()
      .replace(/\.$/, "") ?? "";
  return first || null;
}

/** The clause of a note that mentions `pattern` ("… operativa dal 2012, oltre 80.000 abitanti." -> "oltre 80.000 abitanti"). */
export function noteClause(note: string | null, pattern: RegExp): string | null {
  if (!note) return null;
  const clause = note
    .split(/[.;,]\s+|\.$/)
    .map((part) => part.trim())
    .find((part) => pattern.test(part));
  return clause || null;
}

/** The answer text: the first sentence cites the record. */
export function replyText(reply: RecordReply): string {
  const [first = "", ...rest] = reply.sentences;
  return [`${first} [1]`, ...rest].join(" ");
}
