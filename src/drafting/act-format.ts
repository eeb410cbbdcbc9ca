/** Italian wording of acts, lists and dates found in the records, with markers where data is missing. */
import { formatDate } from "../core/italian-format.js";
import type { Act } from "../knowledge/record-schema.js";
import type { MissingCollector } from "./missing-markers.js";

/**
 * "deliberazione del Consiglio comunale n. 45 del 25/10/2022"; a missing number or date becomes a marker
 * labelled with `what`, and an unconfirmed act says "da verificare".
 */
export function describeAct(act: Act, what: string, missing: MissingCollector): string {
  const kind = act.type ?? "deliberazione";
  const number = act.number ? `n. ${act.number}` : missing.mark(`numero della ${what}`);
  const date = act.date ? `del ${formatDate(act.date)}` : `in data ${missing.mark(`data della ${what}`)}`;
  const caution = act.confidence === "confermato" ? "" : " (da verificare)";
  return `${kind} ${organPhrase(act.organ)} ${number} ${date}${caution}`;
}

/** "Consiglio comunale" -> "del Consiglio comunale"; "Giunta" -> "della Giunta". */
function organPhrase(organ: string): string {
  const lower = organ.trim().toLowerCase();
  if (/^(giunta|conferenza|assemblea)/.test(lower)) return `della ${organ.trim()}`;
  if (/^(il |la |lo |l'|del |della )/.test(lower)) return organ.trim();
  return `del ${organ.trim()}`;
}

/** "a decorrere dal 01/01/2025" or a marker. */
export function dateOrMarker(value: string | null, label: string, missing: MissingCollector): string {
  return value ? formatDate(value) : missing.mark(label);
}

/** Small counts in words, as acts write them ("tre Comuni"). */
export function numberInWords(value: number): string {
  const words = [
    "zero",
    "uno",
    "due",
    "tre",
    "quattro",
    "cinque",
    "sei",
    "sette",
    "otto",
    "nove",
    "dieci",
    "undici",
    "dodici",
  ];
  return words[value] ?? String(value);
}

/** "Unione Terre del Delta" even when a record stores "Terre del Delta". */
export function unioneDisplayName(name: string): string {
  return /^unione\b/i.test(name.trim()) ? name.trim() : `Unione ${name.trim()}`;
}
