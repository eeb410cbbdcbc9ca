/**
 * Dates an act gives outside its heading: its own protocol line near the top ("Prot. n. 2856 dell'11.03.2026")
 * and the place-and-date line above the signature ("Roccarainola, lì 22 aprile 2026", "Mugnano del C.le,
 * 06/05/2026"). Notices (avvisi) and letters have no numbered heading: these are their dates.
 */
import { findItalianDates } from "./italian-dates.js";

export interface ProtocolLine {
  number: string;
  date: string | null;
}

const protocolPattern =
  /^prot(?:ocollo)?\.?\s*(?:gen(?:erale)?\.?\s*)?(?:n\.?|n°|nr\.?)?\s*(\d{1,7})(?:\s*\/\s*(?:19|20)\d{2})?\s*(?:del|dell['’]\s?|in\s+data|-)\s*(.{6,20})/i;
// The place is followed by a comma or "lì": "Visto il D.M. 17.03.2020" is a premessa, not a place and date.
const closingPattern =
  /^(\p{Lu}[\p{L} .'’()-]{1,40}?)(?:,\s*(?:(?:lì|li|addì)\s*,?\s*)?|\s+(?:lì|li|addì)\s*,?\s*)(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}°?\s+\p{L}+\s+\d{4})\b/u;
const notAPlace = /^(?:prot|n\.|del|il|la|lo|le|i|gli|visto|vista|visti|premesso|considerato|dato|data|seduta)\b/i;

/** A place-and-date line ("Avella (AV), 27/02/2026", "Roccarainola, lì 22 aprile 2026"): its date, else null. */
export function placeAndDate(line: string): string | null {
  const match = closingPattern.exec(line);
  if (!match || notAPlace.test(match[1]!)) return null;
  return findItalianDates(match[2]!)[0]?.iso ?? null;
}

/** The act's own protocol line among the first lines of page 1, or null. */
export function readProtocol(lines: readonly string[], limit = 15): ProtocolLine | null {
  for (const line of lines.slice(0, limit)) {
    const match = protocolPattern.exec(line);
    if (match) return { number: match[1]!.replace(/^0+(?=\d)/, ""), date: findItalianDates(match[2]!)[0]?.iso ?? null };
  }
  return null;
}

/** The first place-and-date line of the document ("Avella, lì 25/03/2026"), as ISO, or null. */
export function readClosingDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const date = placeAndDate(line);
    if (date) return date;
  }
  return null;
}
