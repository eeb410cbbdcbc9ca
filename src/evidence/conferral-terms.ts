/**
 * The terms of a conferral as a dispositivo states them: how long ("per la durata di cinque anni", "anni 5",
 * "durata quinquennale", "per un quinquennio", "a tempo indeterminato"), whether it is integral or partial
 * ("in forma integrale" / "limitatamente a…", "restano in capo al Comune…"), and whether staff and financial and
 * instrumental resources pass to the Unione. Each reading returns the offset of the words it rests on; nothing
 * is assumed when the words are absent.
 */
import { italianNumberWord } from "../acts/italian-number-words.js";

export interface Reading<T> {
  value: T;
  /** Offset of the decisive words in the text read. */
  at: number;
}

const count = "(\\d{1,2}|[a-zà-ù]+)";
const durationPatterns = [
  new RegExp(`\\b(?:durata|periodo|per)\\b[^.;]{0,30}?\\b${count}\\s*(?:\\(\\s*[\\da-z]+\\s*\\)\\s*)?ann[io]\\b`, "gi"),
  new RegExp(`\\b(?:durata|periodo|per)\\b[^.;]{0,30}?\\banni\\s+${count}\\b`, "gi"),
];
const adjectives: Record<string, number> = {
  annuale: 1,
  biennale: 2,
  triennale: 3,
  quadriennale: 4,
  quinquennale: 5,
  sessennale: 6,
  settennale: 7,
  decennale: 10,
  quindicennale: 15,
  ventennale: 20,
  biennio: 2,
  triennio: 3,
  quadriennio: 4,
  quinquennio: 5,
  sessennio: 6,
  decennio: 10,
};
const adjectivePattern = new RegExp(
  `\\b(?:durata|convenzione|conferimento|periodo|per\\s+un)\\b[^.;]{0,25}?\\b(${Object.keys(adjectives).join("|")})\\b`,
  "gi",
);
const openEnded =
  /\ba\s+tempo\s+(?:indeterminato|illimitato)\b|\bsenza\s+(?:limiti?\s+di\s+durata|scadenza|termine\s+finale)\b/i;
// "rinnovabile per ulteriori cinque anni" is a possible renewal, not the duration.
const renewal = /(?:rinnovabil[ei]|tacitamente\s+rinnov[a-z]*|prorogabil[ei])[^.;]{0,30}$/i;

function years(word: string): number | null {
  const value = /^\d+$/.test(word) ? Number(word) : italianNumberWord(word);
  return value !== null && value >= 1 && value <= 99 ? value : null;
}

/** The stated duration in years, or `open` for a conferral without a term. */
export function durationIn(text: string): Reading<number | "open"> | null {
  const found: Array<Reading<number | "open">> = [];
  for (const pattern of durationPatterns) {
    for (const match of text.matchAll(pattern)) {
      const value = years(match[1]!);
      const before = text.slice(Math.max(0, match.index - 40), match.index + match[0].indexOf(match[1]!));
      if (value !== null && !renewal.test(before)) found.push({ value, at: match.index });
    }
  }
  for (const match of text.matchAll(adjectivePattern))
    found.push({ value: adjectives[match[1]!.toLowerCase()]!, at: match.index });
  const open = openEnded.exec(text);
  if (open) found.push({ value: "open", at: open.index });
  return found.sort((a, b) => a.at - b.at)[0] ?? null;
}

const partial =
  /\blimitatamente\b|\bad\s+(?:esclusione|eccezione)\b|\bcon\s+(?:l['’]\s?)?esclusione\b|\besclus[aei]\s+(?:le|la|il|i|gli|l['’])|\bparzial(?:e|i|mente)\b|\bnon\s+integral[a-z]*|\b(?:rest|riman|mantien|manten|rimarr|rester)[a-z]*\s+(?:in\s+capo|nella\s+competenza|di\s+competenza|alla\s+competenza|in\s+carico)\s+(?:al|del|dei|ai)\s+(?:singol[oi]\s+)?comun/i;
const integral =
  /\bintegral(?:e|i|mente)\b|\bnella\s+sua\s+(?:interezza|totalit[àa])\b|\bper\s+intero\b|\btutte\s+le\s+(?:funzioni|attivit[àa])\s+(?:e\s+i\s+compiti\s+)?(?:relativ|ineren|afferen)/i;

/** False for a partial conferral (the stronger reading when both appear), true for an integral one. */
export function integralIn(text: string): Reading<boolean> | null {
  const part = partial.exec(text);
  if (part) return { value: false, at: part.index };
  const whole = integral.exec(text);
  return whole ? { value: true, at: whole.index } : null;
}

// Staff "assegnato al servizio" or lent "in comando" is not transferred: only a transfer counts (art. 24 c.5).
const staffTransfer = /\btrasfer(?:i|isc|iment)[a-z]*|\bpassa(?:no|ggio)?\s+alle\s+dipendenze/i;
const resourceTransfer = /\btrasfer(?:i|isc|iment)[a-z]*|\bassegna(?:re|t[aoie]|zione)\b/i;
const denied =
  /\b(?:senza|non|nessun[oa]?)\b[^;]{0,25}(?:trasfer|assegna)|\b(?:rest|riman|mantien|manten|rimarr|rester)[a-z]*\s+(?:alle\s+dipendenze|in\s+capo|nei\s+ruoli|nella\s+dotazione)\s+(?:del|al|dei|ai)\s+(?:singol[oi]\s+)?comun/i;
const staffWords = /\bpersonale\b|\bdipendenti\b/i;
const resourceWords =
  /\brisorse\s+(?:finanziarie|strumentali|economiche)|\bbeni\s+strumentali|\bdotazioni\s+strumentali/i;

function transferIn(text: string, subject: RegExp, transfer: RegExp): Reading<boolean> | null {
  for (const sentence of text.matchAll(/[^;]+/g)) {
    const words = subject.exec(sentence[0]);
    if (!words) continue;
    if (denied.test(sentence[0])) return { value: false, at: sentence.index + words.index };
    if (transfer.test(sentence[0])) return { value: true, at: sentence.index + words.index };
  }
  return null;
}

/** Whether the staff of the function passes to the Unione. */
export function staffIn(text: string): Reading<boolean> | null {
  return transferIn(text, staffWords, staffTransfer);
}

/** Whether financial and instrumental resources pass to the Unione. */
export function resourcesIn(text: string): Reading<boolean> | null {
  return transferIn(text, resourceWords, resourceTransfer);
}
