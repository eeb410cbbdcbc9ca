/** Italian formatting of dates and numbers for everything officials read. */

// Grouping always: the Italian default leaves four-digit numbers ungrouped ("8300"), officials write "8.300".
const numberFormat = new Intl.NumberFormat("it-IT", { useGrouping: "always" } as Intl.NumberFormatOptions);
const percentFormat = new Intl.NumberFormat("it-IT", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Officials read every date and time in Italian time, whatever the server's TZ (containers run in UTC): an
 * ingest started at 09:01 UTC in June was started at 11:01 for them, as `history` shows. Stored times stay UTC.
 */
export const italianTimeZone = "Europe/Rome";
const dayFormat = new Intl.DateTimeFormat("it-IT", {
  timeZone: italianTimeZone,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const timeFormat = new Intl.DateTimeFormat("it-IT", { timeZone: italianTimeZone, hour: "2-digit", minute: "2-digit" });

/** "2024-06-30" -> "30/06/2024"; a Date -> its day in Italian time. Invalid input returns the input as text. */
export function formatDate(value: string | Date): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : dayFormat.format(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** An instant (a Date or an ISO timestamp) -> "30/06/2024 11:01" in Italian time; invalid input unchanged. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return `${dayFormat.format(date)} ${timeFormat.format(date)}`;
}

/** An instant -> "11:01" in Italian time. */
export function formatTime(value: Date): string {
  return timeFormat.format(value);
}

/** 1 -> "1 pagina", 3 -> "3 pagine", 8300 -> "8.300 pagine": the noun agrees with the number. */
export function formatCount(value: number, singular: string, plural: string): string {
  return `${formatNumber(value)} ${value === 1 ? singular : plural}`;
}

/** A Date -> "YYYY-MM-DD" in UTC, the form records and JSON use. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 20865 -> "20.865". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 0.3456 -> "34,56%". */
export function formatPercent(ratio: number): string {
  return `${percentFormat.format(ratio * 100)}%`;
}

/** Whole days from `from` to `to` (both dates, time ignored); negative when `to` is past. */
export function daysBetween(from: Date | string, to: Date | string): number {
  const start = Date.parse(typeof from === "string" ? from : toIsoDate(from));
  const end = Date.parse(typeof to === "string" ? to : toIsoDate(to));
  return Math.round((end - start) / 86_400_000);
}

/** "Codigoro, Goro e Mesola". */
export function italianList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} e ${items[items.length - 1]}`;
}
