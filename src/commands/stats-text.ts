/** The Italian text of `unione stats`: questions, not-found rate, votes per source. */
import { formatNumber, formatPercent } from "../core/italian-format.js";
import type { FeedbackStats } from "../records/feedback-store.js";

const transportNames: Record<string, string> = { slack: "Slack", console: "console", cli: "riga di comando" };

/** "Slack 3, console 2, riga di comando 40": every transport, also those with no question yet. */
function byTransport(stats: FeedbackStats): string {
  const counts = stats.byTransport ?? {};
  const known = Object.keys(transportNames).map((key) => `${transportNames[key]} ${formatNumber(counts[key] ?? 0)}`);
  const others = Object.entries(counts)
    .filter(([key]) => !(key in transportNames))
    .map(([key, count]) => `${key} ${formatNumber(count)}`);
  return [...known, ...others].join(", ");
}

export function renderStatsText(stats: FeedbackStats): string {
  const lines = [
    "Statistiche dell'assistente",
    `Domande ricevute: ${formatNumber(stats.questions)} (${byTransport(stats)})`,
    `Con risposta trovata: ${formatNumber(stats.answered)}`,
    `Senza risposta ("non ho trovato"): ${formatNumber(stats.notFound)} (${formatPercent(stats.notFoundRate)})`,
    `Riscontri: 👍 ${formatNumber(stats.up)} · 👎 ${formatNumber(stats.down)}`,
  ];
  if (stats.perSource.length === 0) {
    lines.push("Nessun riscontro sulle fonti finora.");
    return lines.join("\n");
  }
  lines.push("Riscontri per fonte:");
  for (const source of stats.perSource) {
    lines.push(`- ${source.title} (${source.path}): 👍 ${formatNumber(source.up)} · 👎 ${formatNumber(source.down)}`);
  }
  return lines.join("\n");
}
