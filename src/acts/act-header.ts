/**
 * Reads the heading of an act from the first lines of its first page: the title ("DELIBERAZIONE DELLA GIUNTA
 * COMUNALE", "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "ORDINANZA SINDACALE", "VERBALE N. 3 DEL …",
 * "Regolamento"), the organ, and the number and date printed right after the title ("N° 42 del 24/03/2026",
 * "N. 100 DEL" / "27/02/2026"). A determinazione's general register ("Registro Generale N. 145 DEL …") is its
 * number; the service's own number is kept apart. Numbers are read only where a heading puts them, never from
 * a sentence ("… EX DGR N. 70 DEL 22/02/2024" under "AVVISO PUBBLICO" is not the avviso's number).
 */
import { type ActOrgan, type ActType, numberedActTypes } from "./act-types.js";
import { actTypeWord, organOf, typeOfWord } from "./act-vocabulary.js";
import { findItalianDates } from "./italian-dates.js";

export interface ActHeader {
  type: ActType;
  organ: ActOrgan | null;
  number: string | null;
  sectorNumber: string | null;
  date: string | null;
  year: number | null;
  /** Index of the title line in the lines searched. */
  titleLine: number;
}

const searchedLines = 45;
const titlePattern =
  /^(?:(?:copia|originale|estratto)\s+(?:del(?:la|l['’])?\s+|dal\s+|di\s+)?)?(?:(?:verbale|estratto)\s+(?:di|della|delle|del|dal)\s+)?(deliberazion[ei]|delibera|determinazione|determina|ordinanza|decreto|avviso|bando|verbale|regolamento|piano|programma|relazione|parere|convenzione|statuto|allegato)\b(.*)$/i;
// Section headings that look like titles: the opinions and certificates inside a deliberation.
const notATitle =
  /^(?:parere|verbale)\s+(?:di\s+regolarit|favorevole|contabile|tecnic|letto|di\s+pubblicazione)|^piano\s+(?:di\s+lavoro\s+)?(?:terra|primo|secondo)\b/i;
const numberMarker =
  /^(?:n(?:umero)?\.?\s*[°º]?|nr\.?|n°)\s*(\d{1,5}(?:\s?[-/]\s?(?:bis|ter))?)(?:\s*\/\s*((?:19|20)\d{2}))?(?![\d/])/i;
const otherAct = new RegExp(`\\b(?:${actTypeWord})`, "i");
const registerLine = /^(?:n[°º.]?\s*)?(?:registro\s+generale|reg(?:istro)?\.?\s*gen(?:erale)?\.?|r\.\s?g\.)\s*(.*)$/i;
// "Seduta del 12 febbraio 2026 - Deliberazione n. 24": the number and date of a verbale's extract.
const sessionLine = /(?:deliberazione|delibera|atto)\s+(n(?:umero)?\.?\s*[°º]?\s*\d{1,5}.*)$/i;
const sessionDate = /\b(?:seduta|adunanza)\s+del\s+(.{6,20})/i;

/** The act's heading among the first lines of its first page, or null when no title is found. */
export function readHeader(lines: readonly string[]): ActHeader | null {
  const end = Math.min(lines.length, searchedLines);
  for (let index = 0; index < end; index += 1) {
    const line = lines[index]!;
    const match = titlePattern.exec(line);
    if (!match || line.length > 130 || notATitle.test(line) || /[;]$/.test(line)) continue;
    if (!/^\p{Lu}/u.test(match[1]!)) continue;
    const type = typeOfWord(match[1]!)!;
    const rest = match[2]!.trim();
    // "Allegato B alla deliberazione … n. 12" / "CONVENZIONE PER …": the annex is the document titled next.
    const inner = type === "allegato" ? innerTitle(lines, index) : null;
    if (inner) return inner;
    const organ = organOf(rest) ?? organOfNextLine(rest, lines[index + 1]);
    const numbered = numberNear(lines, index, rest, numberedActTypes.has(type));
    const register = readRegister(lines, end);
    return {
      type,
      organ,
      number: register?.number ?? numbered?.number ?? null,
      sectorNumber: register && numbered ? numbered.number : null,
      date: register?.date ?? numbered?.date ?? null,
      year: register?.year ?? numbered?.year ?? null,
      titleLine: index,
    };
  }
  return null;
}

// "DELIBERAZIONE" / "DELLA GIUNTA COMUNALE" on two lines.
function organOfNextLine(rest: string, next: string | undefined): ActOrgan | null {
  if (rest || !next || !/^(?:della|del|dello|di|dell['’])\s/i.test(next)) return null;
  return organOf(next);
}

interface NumberedDate {
  number: string;
  date: string | null;
  year: number | null;
}

function numberNear(
  lines: readonly string[],
  titleIndex: number,
  rest: string,
  numberedAct: boolean,
): NumberedDate | null {
  const inTitle = /(?:^|\s)((?:n(?:umero)?\.?\s*[°º]?|nr\.?|n°)\s*\d.*)$/i.exec(rest);
  // "Allegato A alla deliberazione di C.C. n. 14": the number belongs to the act named, not to the annex.
  if (inTitle && otherAct.test(rest.slice(0, inTitle.index))) return null;
  if (inTitle) return numberedDate(inTitle[1]!, lines[titleIndex + 1]);
  for (let index = titleIndex + 1; index <= titleIndex + 3 && index < lines.length; index += 1) {
    const line = lines[index]!;
    const found = numberedDate(line, lines[index + 1]) ?? fromSession(line, lines[index + 1]);
    if (found) return found;
  }
  // pdf.js sometimes emits a boxed "N. 42 del …" just before the title it sits beside.
  return numberedAct && titleIndex > 0 ? numberedDate(lines[titleIndex - 1]!, lines[titleIndex]) : null;
}

function fromSession(line: string, next: string | undefined): NumberedDate | null {
  const match = sessionLine.exec(line);
  const found = match ? numberedDate(match[1]!, next) : null;
  if (!found || found.date) return found;
  const date = findItalianDates(sessionDate.exec(line)?.[1] ?? "")[0]?.iso ?? null;
  return { ...found, date, year: date ? Number(date.slice(0, 4)) : found.year };
}

function innerTitle(lines: readonly string[], allegatoLine: number): ActHeader | null {
  for (let index = allegatoLine + 1; index <= allegatoLine + 3 && index < lines.length; index += 1) {
    const match = titlePattern.exec(lines[index]!);
    const type = match && /^\p{Lu}/u.test(match[1]!) ? typeOfWord(match[1]!) : null;
    if (type && type !== "allegato" && !numberedActTypes.has(type)) {
      return { type, organ: null, number: null, sectorNumber: null, date: null, year: null, titleLine: index };
    }
  }
  return null;
}

/** "N° 42 del 24/03/2026", "N. 100 DEL" + next line "27/02/2026 OGGETTO: …", "N. 42/2026". */
function numberedDate(line: string, next: string | undefined): NumberedDate | null {
  const match = numberMarker.exec(line);
  if (!match) return null;
  const number = match[1]!.replace(/\s+/g, "").replace(/[-/]?(bis|ter)$/i, "-$1");
  let after = line.slice(match[0].length);
  if (/^\s*(?:del|in\s+data|dd\.?)?\s*$/i.test(after) && next) after += ` ${next}`;
  const date = findItalianDates(after.slice(0, 40))[0]?.iso ?? null;
  const year = date ? Number(date.slice(0, 4)) : match[2] ? Number(match[2]) : null;
  return { number, date, year };
}

function readRegister(lines: readonly string[], end: number): NumberedDate | null {
  for (let index = 0; index < end; index += 1) {
    const match = registerLine.exec(lines[index]!);
    if (!match) continue;
    const rest = match[1]!.trim();
    return (
      numberedDate(/^\d/.test(rest) ? `n. ${rest}` : rest, lines[index + 1]) ??
      (lines[index + 1] ? numberedDate(lines[index + 1]!, lines[index + 2]) : null)
    );
  }
  return null;
}
