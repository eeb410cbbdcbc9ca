/** Italian formatting of dates and numbers for everything officials read. */

// Grouping always: the Italian default leaves four-digit numbers ungrouped ("8300"), officials write "8.300".
const numberFormat = new Intl.NumberFormat("it-IT", { useGrouping: "always" } as Intl.NumberFormatOptions);
const percentFormat = new Intl.NumberFormat("it-IT", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "2024-06-30" or a Date -> "30/06/2024". Invalid input returns the input unchanged as text. */
export function formatDate(value: string | Date): string {
  const iso = typeof value === "string" ? value : toIsoDate(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return String(value);
  return `${match[3]}/${match[2]}/${match[1]}`;
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
