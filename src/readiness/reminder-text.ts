/** Italian text of a deadline reminder posted to a bound channel. */
import { formatDate } from "../core/italian-format.js";
import { countedPhrase } from "./counted-phrase.js";
import { daysPhrase } from "./deadline-phrase.js";
import { exampleLabel, verdictLabel } from "./render-status-text.js";
import type { StatusReport } from "./report-types.js";

export const reminderTopGaps = 3;

function gapLines(report: StatusReport): string[] {
  if (report.gaps.length === 0) return ["Tutti i requisiti risultano soddisfatti."];
  const lines = [
    report.gaps.length > reminderTopGaps
      ? `Cosa manca per prima (${reminderTopGaps} di ${report.gaps.length}):`
      : "Cosa manca:",
  ];
  report.gaps.slice(0, reminderTopGaps).forEach((gap, index) => {
    lines.push(`${index + 1}. ${gap.message} [${gap.source}]`);
    if (gap.action) lines.push(`   → ${gap.action}`);
  });
  return lines;
}

/** `days` is the distance to the deadline (negative when passed). */
export function renderReminderText(report: StatusReport, days: number): string {
  const deadline = formatDate(report.deadline ?? "");
  const programme = report.programme ? ` (${report.programme.name})` : "";
  const headline =
    days >= 0
      ? `Promemoria per ${report.unione.name}: la scadenza del ${deadline}${programme} è ${daysPhrase(days)}.`
      : `Scadenza superata per ${report.unione.name}: il termine del ${deadline}${programme} è passato da ${-days} ${days === -1 ? "giorno" : "giorni"} e restano lacune.`;
  return [
    `${headline}${exampleLabel(report)}`,
    `Stato: ${verdictLabel(report)}, ${countedPhrase(report.counted, report.required)} (dati al ${formatDate(report.as_of)}).`,
    ...gapLines(report),
    `Dettagli: /unione status ${report.unione.id}`,
  ].join("\n");
}
