/**
 * When a conferral starts and ends, as a dispositivo writes it: "a decorrere dal 1° gennaio 2025", "con
 * decorrenza 01/01/2025", "dal primo gennaio duemilaventicinque" (a date all in words), "fino al 31/12/2029",
 * "dal 01/01/2025 al 31/12/2029". A date counts only after the words that make it a start or an end: the date of
 * another act ("deliberazione n. 38 del 25/10/2022") is neither.
 */
import { type FoundDate, findItalianDates } from "../acts/index.js";
import { isoDate, monthNames, monthNumber } from "../acts/italian-dates.js";
import { italianNumberWord } from "../acts/italian-number-words.js";

const wordDate = new RegExp(
  `\\b(primo|\\d{1,2}°?|[a-z]+)\\s+(?:del\\s+mese\\s+di\\s+)?(${monthNames.join("|")})\\s+(?:dell['’]\\s?anno\\s+)?(duemila[a-z]*|millenovecento[a-z]*|\\d{4})\\b`,
  "gi",
);

/** Every date of the text, digits or words, in order. */
export function datesIn(text: string): FoundDate[] {
  const found = findItalianDates(text);
  for (const match of text.matchAll(wordDate)) {
    const day = /^\d/.test(match[1]!) ? Number.parseInt(match[1]!, 10) : italianNumberWord(match[1]!);
    const year = /^\d/.test(match[3]!) ? Number(match[3]) : italianNumberWord(match[3]!);
    const month = monthNumber(match[2]!);
    const iso = day && year && month ? isoDate(year, month, day) : null;
    const start = match.index;
    const end = start + match[0].length;
    if (iso && !found.some((date) => date.start < end && start < date.end)) found.push({ iso, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

// "decorrenza" alone names a start too ("ha decorrenza 01/04/2025", "decorrenza: 1° aprile 2025"), and so do
// "effetto"/"efficacia" ("ha effetto dal", "con efficacia dal"): acts state a start in each of these ways.
const startCue =
  /(?:a\s+decorrere\s+da|decorrenza\s*:?\s*(?:a\s+partire\s+)?(?:da|il)?|decorr(?:ent[ei]|e|ono|erà|eranno)\s+da|a\s+far\s+(?:data|tempo)\s+da|a\s+partire\s+da|a\s+valere\s+da|(?:effetto|efficacia)\s+(?:da|a\s+partire\s+da)|con\s+inizio\s+(?:da|il)|\bda)(?:l|ll['’]\s?|l\s+giorno|lla\s+data\s+del)?\s*$/i;
const endCue =
  /(?:fino\s+a|sino\s+a)(?:l|ll['’]\s?)?\s*$|(?:fino\s+a\s+tutto\s+il|con\s+scadenza\s+(?:il|al)|scadenza\s+al)\s*$/i;
const rangeEnd = /^\s*(?:e\s+)?(?:fino\s+)?al(?:l['’]\s?)?\s*$/i;
const lookBehind = 40;

export interface StartAndEnd {
  start: FoundDate | null;
  end: FoundDate | null;
}

/** The first start date and the first end date after their cue words; null where the text has none. */
export function startAndEnd(text: string): StartAndEnd {
  let start: FoundDate | null = null;
  let end: FoundDate | null = null;
  for (const date of datesIn(text)) {
    const before = text.slice(Math.max(0, date.start - lookBehind), date.start);
    if (!start && startCue.test(before) && !endCue.test(before)) start = date;
    else if (!end && (endCue.test(before) || (start && rangeEnd.test(text.slice(start.end, date.start))))) end = date;
  }
  return { start, end };
}

/** Whole years from `start` to `end` inclusive ("01/01/2025"–"31/12/2029" is 5), when within a month of whole. */
export function yearsBetween(start: string, end: string): number | null {
  const from = Date.parse(start);
  const to = Date.parse(end) + 86_400_000;
  if (!(to > from)) return null;
  const years = (to - from) / (365.2425 * 86_400_000);
  const whole = Math.round(years);
  return whole >= 1 && Math.abs(years - whole) * 12 <= 1 ? whole : null;
}
