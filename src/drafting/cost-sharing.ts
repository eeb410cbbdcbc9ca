/**
 * Cost sharing among the member Comuni (convenzione, rapporti finanziari): a share in proportion to the resident
 * population plus a fixed share split in equal parts. Percentages are rounded to hundredths with the largest
 * remainder, so that the table always adds up to exactly 100,00%.
 */
import { formatNumber, formatPercent } from "../core/italian-format.js";

export interface CostShares {
  /** Fraction split by population (0..1). */
  population: number;
  /** Fraction split in equal parts (0..1); population + fixed = 1. */
  fixed: number;
}

/** A proposal the councils must confirm; the text of the act says so. */
export const DEFAULT_COST_SHARES: CostShares = { population: 0.7, fixed: 0.3 };

export interface CostShareRow {
  name: string;
  population: number;
  /** Fraction of the total cost (0..1), rounded to 1/10.000. */
  share: number;
}

/** "riparto 50% popolazione, 50% quota fissa" -> { population: 0.5, fixed: 0.5 }; null when not stated or not 100%. */
export function parseCostShares(instructions: string | null | undefined): CostShares | null {
  if (!instructions) return null;
  // One space between words: the patterns below then need no unbounded \s*, which backtracks quadratically.
  const text = instructions.toLowerCase().replace(/\s+/g, " ");
  const population = percentNear(text, "popolazione|abitanti|residenti");
  const fixed = percentNear(text, "quota fissa|parti uguali|in egual misura|quote uguali|fisso|fissa");
  if (population === null && fixed === null) return null;
  const populationPercent = population ?? 100 - fixed!;
  const fixedPercent = fixed ?? 100 - population!;
  if (populationPercent < 0 || fixedPercent < 0 || Math.abs(populationPercent + fixedPercent - 100) > 0.001)
    return null;
  return { population: populationPercent / 100, fixed: fixedPercent / 100 };
}

/** A percentage: at most three digits and three decimals, so a run of 39.000 digits costs each start a bounded step. */
const percent = String.raw`(?<![\d.,])(\d{1,3}(?:[.,]\d{1,3})?) ?%`;

/**
 * The percentage written just before `words` ("50% in parti uguali", up to two words between) or just after
 * them ("popolazione: 70%"). Every quantifier is bounded, so the scan is linear in the length of the text.
 */
function percentNear(text: string, words: string): number | null {
  const before = new RegExp(`${percent} ?(?:[\\p{L}\\d]{1,30} ){0,2}?(?:${words})`, "u").exec(text);
  const after = new RegExp(`(?:${words}) ?(?:al |per il |: ?)?${percent}`, "u").exec(text);
  const raw = before?.[1] ?? after?.[1];
  return raw === undefined ? null : Number(raw.replace(",", "."));
}

export function computeCostSharing(comuni: { name: string; population: number }[], shares: CostShares): CostShareRow[] {
  const total = comuni.reduce((sum, comune) => sum + comune.population, 0);
  const exact = comuni.map((comune) => (shares.population * comune.population) / total + shares.fixed / comuni.length);
  const units = exact.map((value) => Math.floor(value * 10_000 + 1e-9));
  let left = 10_000 - units.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value * 10_000 - units[index]! }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const entry of byRemainder) {
    if (left <= 0) break;
    units[entry.index]! += 1;
    left -= 1;
  }
  return comuni.map((comune, index) => ({
    name: comune.name,
    population: comune.population,
    share: units[index]! / 10_000,
  }));
}

/** Markdown table: Comune | popolazione | quota; with a total row. */
export function costSharingTable(rows: CostShareRow[], populationLabel: string): string {
  const total = rows.reduce((sum, row) => sum + row.population, 0);
  return [
    `| Comune | ${populationLabel} | Quota di riparto |`,
    "|---|---:|---:|",
    ...rows.map((row) => `| ${row.name} | ${formatNumber(row.population)} | ${formatPercent(row.share)} |`),
    `| Totale | ${formatNumber(total)} | ${formatPercent(1)} |`,
  ].join("\n");
}

/** "70% in proporzione alla popolazione residente e 30% in parti uguali". */
export function describeCostShares(shares: CostShares): string {
  const percent = (value: number) => `${formatNumber(Math.round(value * 10_000) / 100)}%`;
  return `${percent(shares.population)} in proporzione alla popolazione residente e ${percent(shares.fixed)} in parti uguali tra i Comuni`;
}
