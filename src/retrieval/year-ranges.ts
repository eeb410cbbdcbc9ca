/**
 * Officials shorten a plan's years: "PIAO 26-28", "bilancio 26/28", "triennio 2026/28". Acts write them whole
 * ("2026-2028"). A question's short range of years is read whole; a range of articles, commi or numbers ("artt.
 * 26-28", "commi 27-29", "n. 22/23") is left as it is.
 */
const range = /\b(20)?([23]\d)\s*([-/])\s*(20)?([23]\d)\b/g;
/** Words after which two numbers are references, not years. */
const reference = /\b(?:artt?|articol[oi]|comm[ai]|c|cc|nn?|nr|numer[oi]|lett|pag|pagg|ore|dalle|alle)\.?\s*$/i;
/** The second year of a plan's range comes at most this many years after the first. */
const maxSpan = 5;

export function expandYearRanges(question: string): string {
  return question.replace(range, (match, century, first, separator, secondCentury, last, offset: number) => {
    const before = question.slice(Math.max(0, offset - 12), offset);
    // "22/2026" is a number over a year; "1.26-28" is not a range of years either.
    if (reference.test(before) || /[\d.,/]$/.test(before) || (!century && secondCentury)) return match;
    const from = Number(first);
    const to = Number(last);
    if (to <= from || to - from > maxSpan) return match;
    return `${century ?? "20"}${first}${separator}20${last}`;
  });
}
