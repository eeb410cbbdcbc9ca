/**
 * Dates as Italian acts write them: "31/03/2026", "31.03.2026", "31-3-2026", "lì 31-03-2026", "31 marzo 2026",
 * "1° aprile 2026", and the preamble of a deliberation "L'anno duemilaventisei, il giorno trentuno, del mese di
 * marzo". Everything returns ISO "YYYY-MM-DD" and only real calendar dates; two-digit years are not read
 * ("3/4/26" could be an article reference).
 */
import { italianNumberWord } from "./italian-number-words.js";

export const monthNames = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
] as const;

const monthAbbreviations: Record<string, number> = {
  gen: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  mag: 5,
  giu: 6,
  lug: 7,
  ago: 8,
  set: 9,
  sett: 9,
  ott: 10,
  nov: 11,
  dic: 12,
};

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const monthPattern = `(${monthNames.join("|")}|(?:${Object.keys(monthAbbreviations).join("|")})\\.)`;
const numericDate = /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?((?:19|20)\d{2})(?![\d/])/g;
const wordDate = new RegExp(
  `(?<![\\d])(\\d{1,2}|primo|1°|1º)\\s*(?:°|º)?\\s+(?:del\\s+mese\\s+di\\s+)?${monthPattern}\\s*(?:del(?:l['’]anno)?\\s+)?((?:19|20)\\d{2})(?!\\d)`,
  "gi",
);
const preambleDate = new RegExp(
  `l['’]\\s?anno\\s+([a-z]+|\\d{4})\\s*,?\\s*(?:addì\\s+|il\\s+)?(?:giorno\\s+)?([a-z]+|\\d{1,2})\\s*,?\\s*(?:del\\s+)?(?:mese\\s+)?(?:di\\s+)?${monthPattern}`,
  "i",
);

/** A real calendar date as ISO, or null ("31/02/2026" is not a date). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2099) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function monthNumber(name: string): number | null {
  const text = name.toLowerCase().replace(/\.$/, "");
  const index = monthNames.indexOf(text as (typeof monthNames)[number]);
  if (index >= 0) return index + 1;
  return monthAbbreviations[text] ?? null;
}

/** Every date in the text, in order of appearance. */
export function findItalianDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(numericDate)) {
    const iso = isoDate(Number(match[4]), Number(match[3]), Number(match[1]));
    if (iso) found.push({ iso, start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(wordDate)) {
    const day = /^\d+$/.test(match[1]!) ? Number(match[1]) : 1;
    const iso = isoDate(Number(match[3]), monthNumber(match[2]!) ?? 0, day);
    if (iso) found.push({ iso, start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date in the text, or null. */
export function parseItalianDate(text: string): string | null {
  return findItalianDates(text)[0]?.iso ?? null;
}

/** "L'anno duemilaventisei, il giorno ventiquattro, del mese di marzo" (or with digits) -> "2026-03-24". */
export function parsePreambleDate(text: string): string | null {
  const match = preambleDate.exec(text);
  if (!match) return null;
  const year = /^\d+$/.test(match[1]!) ? Number(match[1]) : italianNumberWord(match[1]!);
  const day = /^\d+$/.test(match[2]!) ? Number(match[2]) : italianNumberWord(match[2]!);
  const month = monthNumber(match[3]!);
  if (year === null || day === null || month === null) return null;
  return isoDate(year, month, day);
}
