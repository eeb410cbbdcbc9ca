/** Plain Italian text of a readiness report, for the CLI and the console (Slack renders Block Kit instead). */
import { formatDate } from "../core/italian-format.js";
import { deadlinePhrase } from "./deadline-phrase.js";
import type { StatusReport } from "./report-types.js";

/** Gaps printed in full before "e altre N"; `--json` always carries them all. */
export const maxTextGaps = 20;

const deliverableLabels: Record<string, string> = {
  approvato: "approvato",
  in_corso: "in corso",
  da_avviare: "da avviare",
  non_noto: "stato non noto (da verificare)",
};

export function verdictLabel(report: StatusReport): string {
  return report.ready ? "PRONTA" : "NON PRONTA";
}

export function exampleLabel(report: StatusReport): string {
  return report.unione.example ? " [ESEMPIO FITTIZIO: dati inventati]" : "";
}

function headerLines(report: StatusReport): string[] {
  const evaluated = report.evaluatedOn ? ` · valutazione del ${formatDate(report.evaluatedOn)}` : "";
  const category = report.category
    ? ` · categoria: ${report.category.name}${report.category.note ? ` (${report.category.note})` : ""}`
    : "";
  const programme = report.programme ? ` (${report.programme.name})` : "";
  const lines = [
    `${report.unione.name} (${report.unione.id}): ${verdictLabel(report)}${exampleLabel(report)}`,
    `Dati aggiornati al ${formatDate(report.as_of)}${evaluated}`,
    `Funzioni che contano: ${report.counted} su ${report.required} richieste${category}`,
  ];
  if (report.art7) lines.push(report.art7.message);
  lines.push(`Scadenza${programme}: ${deadlinePhrase(report.deadline, report.daysToDeadline)}`);
  return lines;
}

function functionLines(report: StatusReport): string[] {
  if (report.functions.length === 0) return ["Funzioni: nessuna funzione nella scheda."];
  const lines = ["Funzioni:"];
  for (const item of report.functions) {
    lines.push(`  ${item.counts ? "✓" : "✗"} ${item.name}: ${item.counts ? "conta" : "non conta"}`);
    for (const reason of item.reasons) lines.push(`      - ${reason}`);
  }
  return lines;
}

function deliverableLines(report: StatusReport): string[] {
  if (report.deliverables.length === 0) return [];
  return [
    "Documenti del programma:",
    ...report.deliverables.map(
      (item) =>
        `  ${item.status === "approvato" ? "✓" : "✗"} ${item.name}: ${deliverableLabels[item.status] ?? item.status}`,
    ),
  ];
}

function gapLines(report: StatusReport): string[] {
  if (report.gaps.length === 0) return ["Nessuna lacuna: tutti i requisiti risultano soddisfatti."];
  const lines = ["Cosa manca (prima ciò che sblocca di più):"];
  report.gaps.slice(0, maxTextGaps).forEach((gap, index) => {
    lines.push(`  ${index + 1}. ${gap.message} [${gap.source}]`);
    if (gap.action) lines.push(`     → ${gap.action}`);
  });
  const hidden = report.gaps.length - maxTextGaps;
  if (hidden > 0) lines.push(`  … e altre ${hidden} lacune (elenco completo con --json).`);
  return lines;
}

export function renderStatusText(report: StatusReport): string {
  return [headerLines(report), functionLines(report), deliverableLines(report), gapLines(report)]
    .filter((block) => block.length > 0)
    .map((block) => block.join("\n"))
    .join("\n\n");
}

/** One line for an Unione in the summary. */
export function summaryLine(report: StatusReport): string {
  const gaps = report.gaps.length === 1 ? "1 lacuna" : `${report.gaps.length} lacune`;
  return (
    `${report.unione.id}: ${report.unione.name}: ${verdictLabel(report)}, ${report.counted}/${report.required} funzioni, ` +
    `scadenza ${deadlinePhrase(report.deadline, report.daysToDeadline)}, ${gaps}, dati al ${formatDate(report.as_of)}${exampleLabel(report)}`
  );
}

export function renderSummaryText(reports: StatusReport[]): string {
  if (reports.length === 0) return "Nessuna Unione visibile da qui.";
  return reports.map(summaryLine).join("\n");
}
