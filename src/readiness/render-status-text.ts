/**
 * Plain Italian text of a readiness report, for the CLI and the console (Slack renders Block Kit instead). It
 * reads as a work plan: the verdict and the programme dates, then one line per function with its verdict, the
 * actions on known facts and one grouped "da raccogliere" line, then the Unione's own items. `full` adds every
 * gap with its article; `--json` always carries them all.
 */
import { formatCount, formatDate, italianList } from "../core/italian-format.js";
import { deadlinePhrase } from "./deadline-phrase.js";
import { factSourceLines } from "./fact-sources.js";
import type { StatusReport } from "./report-types.js";
import {
  collectLine,
  deadlineInline,
  deadlineLine,
  functionHeadline,
  membersLine,
  outcomeMarks,
  programmeLines,
} from "./work-plan-phrases.js";

export interface StatusTextOptions {
  /** Every gap with its article, after the work plan ("mostra tutto"). */
  full?: boolean;
}

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
  const lines = [
    `${report.unione.name} (${report.unione.id}): ${verdictLabel(report)}${exampleLabel(report)}`,
    `Dati aggiornati al ${formatDate(report.as_of)}${evaluated}`,
    ...(report.members ? [membersLine(report.members)] : []),
    `Funzioni che contano: ${report.counted} su ${report.required} richieste${category}`,
  ];
  const threshold = report.gaps.find((gap) => gap.rule === "prt-soglia-funzioni" && gap.action);
  if (threshold?.action) lines.push(`  → ${threshold.action}`);
  if (report.art7) {
    lines.push(report.art7.message);
    if (report.art7.action) lines.push(`  → ${report.art7.action}`);
  }
  lines.push(...programmeLines(report.programmeInForce), deadlineLine(report));
  return lines;
}

function functionLines(report: StatusReport): string[] {
  const plans = report.plan ?? [];
  if (plans.length === 0) return ["Piano di lavoro per funzione: nessuna funzione nella scheda."];
  const lines = ["Piano di lavoro per funzione:"];
  for (const plan of plans) {
    lines.push(`  ${outcomeMarks[plan.outcome]} ${functionHeadline(plan)}`);
    for (const action of plan.actions) lines.push(`      → ${action}`);
    const collect = collectLine(plan, report.members?.length ?? 0);
    if (collect) lines.push(`      ${collect}`);
    for (const line of factSourceLines(plan.facts ?? [])) lines.push(`      ${line}`);
  }
  return lines;
}

function unioneLines(report: StatusReport): string[] {
  const lines = factSourceLines(report.unioneFacts ?? []).map((line) => `  ${line}`);
  for (const gap of report.unioneGaps ?? []) {
    if (gap.fact) lines.push(`  ? ${gap.message} [${gap.source}]`, `      da raccogliere: ${gap.fact}`);
    else lines.push(`  ✗ ${gap.message} [${gap.source}]`, ...(gap.action ? [`      → ${gap.action}`] : []));
  }
  if (report.deliverables.length > 0) {
    lines.push(`  Documenti del programma, da approvare entro il ${deadlineInline(report)}:`);
    for (const item of report.deliverables) {
      const mark = item.status === "approvato" ? "✓" : item.status === "non_noto" ? "?" : "✗";
      const act = item.act ? ` (da atto: ${item.act})` : "";
      lines.push(`    ${mark} ${item.name}: ${deliverableLabels[item.status] ?? item.status}${act}`);
      if (item.action && item.status !== "non_noto") lines.push(`        → ${item.action}`);
    }
    const unknown = report.deliverables.filter((item) => item.status === "non_noto").map((item) => item.name);
    if (unknown.length > 0) lines.push(`      da raccogliere: stato e atto di approvazione di ${italianList(unknown)}`);
  }
  return lines.length > 0 ? ["Unione e documenti del programma:", ...lines] : [];
}

function gapLines(report: StatusReport, full: boolean): string[] {
  if (report.gaps.length === 0) return ["Nessuna lacuna: tutti i requisiti risultano soddisfatti."];
  if (!full) {
    const count = formatCount(report.gaps.length, "lacuna", "lacune");
    return [
      `Elenco completo (${count}, ciascuna con il suo articolo): \`/unione stato ${report.unione.id} tutto\`, ` +
        `oppure \`unione status ${report.unione.id} --json\`.`,
    ];
  }
  const lines = [`Tutte le lacune (${report.gaps.length}), prima ciò che sblocca di più:`];
  report.gaps.forEach((gap, index) => {
    lines.push(`  ${index + 1}. ${gap.message} [${gap.source}]`);
    if (gap.action) lines.push(`     → ${gap.action}`);
  });
  return lines;
}

export function renderStatusText(report: StatusReport, options: StatusTextOptions = {}): string {
  return [headerLines(report), functionLines(report), unioneLines(report), gapLines(report, options.full === true)]
    .filter((block) => block.length > 0)
    .map((block) => block.join("\n"))
    .join("\n\n");
}

/** One line for an Unione in the summary. */
export function summaryLine(report: StatusReport): string {
  const gaps = formatCount(report.gaps.length, "lacuna", "lacune");
  return (
    `${report.unione.id}: ${report.unione.name}: ${verdictLabel(report)}, ${report.counted}/${report.required} funzioni, ` +
    `scadenza ${deadlinePhrase(report.deadline, report.daysToDeadline)}, ${gaps}, dati al ${formatDate(report.as_of)}${exampleLabel(report)}`
  );
}

export function renderSummaryText(reports: StatusReport[]): string {
  if (reports.length === 0) return "Nessuna Unione visibile da qui.";
  return reports.map(summaryLine).join("\n");
}
