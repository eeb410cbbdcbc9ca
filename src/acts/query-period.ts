/**
 * A period named in a question: "del 2026", "nel 2025", "di marzo 2026", "del 31 marzo 2026", "dal 1/3/2026 al
 * 15/4/2026", "tra gennaio e marzo 2026", "dopo il 10 marzo 2026", "prima del 2025". Returned as an inclusive
 * ISO range plus the year when the period lies within one year.
 */
import { findItalianDates, isoDate, monthNames, monthNumber } from "./italian-dates.js";

export interface Period {
  year?: number;
  dateFrom?: string;
  dateTo?: string;
  /** "MM-DD" of a day named without its year ("il consiglio del 3 marzo", "del 24/3"): that day of any year. */
  monthDay?: string;
}

const month = `(${monthNames.join("|")})`;
const year = "((?:19|20)\\d{2})";
const day = "(\\d{1,2}|1°|primo)";
const dayDate = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}|${day}\\s+${month}\\s+${year})`;

const rangePattern = new RegExp(
  `\\b(?:dal|da|tra\\s+il|fra\\s+il)\\s+(${dayDate}|(?:${day}\\s+)?${month}(?:\\s+${year})?)\\s+(?:al|a|e\\s+il|fino\\s+al)\\s+(${dayDate}|${month}\\s+${year})`,
  "i",
);
const monthRangePattern = new RegExp(
  `\\b(?:tra|fra|da)\\s+${month}\\s+(?:e|a)\\s+${month}\\s+(?:del\\s+)?${year}`,
  "i",
);
const afterPattern = new RegExp(
  `\\b(?:dopo\\s+il|dopo|successiv[aie]\\s+al|a\\s+partire\\s+dal|dal)\\s+(${dayDate}|${year})(?!\\s+(?:al|a)\\s)`,
  "i",
);
const beforePattern = new RegExp(
  `\\b(?:prima\\s+del|prima\\s+di|entro\\s+il|anteriori\\s+al|fino\\s+al)\\s+(${dayDate}|${year})`,
  "i",
);
const monthPattern = new RegExp(
  `\\b(?:(?:di|a|ad|nel\\s+mese\\s+di|del\\s+mese\\s+di|in)\\s+)?${month}\\s+(?:del\\s+)?${year}`,
  "i",
);
const yearPattern = new RegExp(`\\b(?:del|nel|dell['’]\\s?anno|anno|per\\s+il|di|dal)\\s+${year}\\b`, "i");

/** The period named in the text, or null. */
export function findPeriod(text: string): Period | null {
  return (
    range(text) ??
    monthRange(text) ??
    openEnded(text) ??
    exactDay(text) ??
    dayWithoutYear(text) ??
    wholeMonth(text) ??
    wholeYear(text)
  );
}

function range(text: string): Period | null {
  const match = rangePattern.exec(text);
  if (!match) return null;
  const to = boundOf(match[0].slice(match[0].search(/\s(?:al|a|e\s+il|fino\s+al)\s/) + 1), "end");
  const from = boundOf(match[1]!, "start", to ? Number(to.slice(0, 4)) : undefined);
  return from && to ? withYear({ dateFrom: from, dateTo: to }) : null;
}

function monthRange(text: string): Period | null {
  const match = monthRangePattern.exec(text);
  if (!match) return null;
  const y = Number(match[3]);
  return withYear({ dateFrom: isoDate(y, monthNumber(match[1]!)!, 1)!, dateTo: lastDay(y, monthNumber(match[2]!)!) });
}

// "dopo il 2024" starts in 2025, "dal 2025" in 2025; "prima del 2025" ends in 2024, "entro il 2025" in 2025.
function openEnded(text: string): Period | null {
  const after = afterPattern.exec(text);
  if (after) {
    const exclusive = /^(?:dopo|successiv)/i.test(after[0]);
    const bound = isYear(after[1]!) ? `${Number(after[1]) + (exclusive ? 1 : 0)}-01-01` : boundOf(after[1]!, "start");
    return bound ? { dateFrom: bound } : null;
  }
  const before = beforePattern.exec(text);
  if (!before) return null;
  const exclusive = /^(?:prima|anteriori)/i.test(before[0]);
  const bound = isYear(before[1]!) ? `${Number(before[1]) - (exclusive ? 1 : 0)}-12-31` : boundOf(before[1]!, "end");
  return bound ? { dateTo: bound } : null;
}

function isYear(text: string): boolean {
  return /^(?:19|20)\d{2}$/.test(text);
}

function exactDay(text: string): Period | null {
  const found = findItalianDates(text)[0];
  return found ? { year: Number(found.iso.slice(0, 4)), dateFrom: found.iso, dateTo: found.iso } : null;
}

const dayMonthWords = new RegExp(`\\b(\\d{1,2}|1°|primo)\\s+${month}\\b(?!\\s+(?:del\\s+)?(?:19|20)\\d{2})`, "i");
const dayMonthDigits = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?![\d/.])/;

/** "del 3 marzo", "del 24/3": a day without its year. */
function dayWithoutYear(text: string): Period | null {
  const words = dayMonthWords.exec(text);
  const digits = words ? null : dayMonthDigits.exec(text);
  const d = words ? (/^\d/.test(words[1]!) ? Number(words[1]) : 1) : digits ? Number(digits[1]) : 0;
  const m = words ? monthNumber(words[2]!) : digits ? Number(digits[2]) : 0;
  if (!m || m > 12 || d < 1 || d > 31 || !isoDate(2024, m, d)) return null;
  return { monthDay: `${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

function wholeMonth(text: string): Period | null {
  const match = monthPattern.exec(text);
  if (!match) return null;
  const y = Number(match[2]);
  const m = monthNumber(match[1]!)!;
  return { year: y, dateFrom: isoDate(y, m, 1)!, dateTo: lastDay(y, m) };
}

function wholeYear(text: string): Period | null {
  const match = yearPattern.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  return { year: y, dateFrom: `${y}-01-01`, dateTo: `${y}-12-31` };
}

/** A date or a month ("marzo 2026", "marzo" with the year given elsewhere) as the first or last day. */
function boundOf(text: string, side: "start" | "end", fallbackYear?: number): string | null {
  const date = findItalianDates(text)[0];
  if (date) return date.iso;
  const match = new RegExp(`(?:(\\d{1,2})°?\\s+)?${month}(?:\\s+${year})?`, "i").exec(text);
  if (!match) return null;
  const y = match[3] ? Number(match[3]) : fallbackYear;
  if (!y) return null;
  const m = monthNumber(match[2]!)!;
  if (match[1]) return isoDate(y, m, Number(match[1]));
  return side === "start" ? isoDate(y, m, 1) : lastDay(y, m);
}

function lastDay(y: number, m: number): string {
  return isoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate())!;
}

function withYear(period: Period): Period {
  const from = period.dateFrom?.slice(0, 4);
  return from && from === period.dateTo?.slice(0, 4) ? { year: Number(from), ...period } : period;
}
