/**
 * Who issued an act, as far as the Unione's record is concerned: one of its member Comuni, the Unione itself, or
 * someone else (another Comune, another Unione, the Region). Read from the letterhead's ente; when the letterhead
 * was not recognised, from a short "COMUNE DI …" line of the act's heading. Names are compared whole ("Goro" is
 * not "Codigoro"), never loosely: a fact must never be credited to the wrong Comune.
 */
import { normalizeName } from "../core/fuzzy-match.js";
import type { ComuneRecord, UnioneRecord } from "../knowledge/record-schema.js";
import type { ReadAct } from "./unione-acts.js";

export type Issuer =
  | { kind: "comune"; comune: ComuneRecord; ente: string }
  | { kind: "unione"; ente: string }
  | { kind: "altro"; ente: string | null };

const headingLine = /^\s*(?:comune|unione)\b[^\n]{2,80}$/gim;

export function issuerOf(act: ReadAct, record: UnioneRecord): Issuer {
  const heading =
    act.structure.sections[0]?.kind === "intestazione" ? act.text.slice(0, act.structure.sections[0].end) : "";
  const candidates = act.info.ente
    ? [act.info.ente]
    : [...heading.matchAll(headingLine)].map((match) => match[0].trim());
  for (const ente of candidates) {
    const comune = memberNamed(ente, record);
    if (comune) return { kind: "comune", comune, ente };
    if (isUnione(ente, record)) return { kind: "unione", ente };
  }
  return { kind: "altro", ente: candidates[0] ?? null };
}

/** "COMUNE DI CODIGORO (FE)" -> the member Codigoro; a Comune that is not a member -> null. */
export function memberNamed(ente: string, record: UnioneRecord): ComuneRecord | null {
  if (!/^\s*comune\b/i.test(ente)) return null;
  const key = normalizeName(ente.replace(/\([^)]*\)/g, " ").replace(/^\s*comune\s+(?:di\s+)?/i, ""));
  return (
    record.comuni.find(
      (comune) => normalizeName(comune.name) === key || normalizeName(comune.id.replace(/-/g, " ")) === key,
    ) ?? null
  );
}

/** The words that name an Unione once "Unione (dei Comuni)" and parentheses are set aside: "terre del delta". */
export function unioneKey(name: string): string {
  return normalizeName(name.replace(/\([^)]*\)/g, " "))
    .replace(/^unione\s+/, "")
    .replace(/^(?:dei|di|delle|tra\s+i)\s+comuni\s+/, "")
    .trim();
}

/** True when `ente` names this Unione ("UNIONE DEI COMUNI TERRE DEL DELTA" for "Unione Terre del Delta"). */
export function isUnione(ente: string, record: UnioneRecord): boolean {
  if (!/^\s*unione\b/i.test(ente)) return false;
  const key = unioneKey(ente);
  return key.length > 0 && (key === unioneKey(record.name) || key === record.id.replace(/-/g, " "));
}
