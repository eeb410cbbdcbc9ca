/** The readiness report of one Unione: ready or not, functions with reasons, deliverables, gaps, deadline. */

import { formatDate } from "../../../core/italian-format.js";
import type { DeliverableVerdict, FunctionVerdict, Gap, StatusReport } from "../../../readiness/report-types.js";
import {
  context,
  escapeMrkdwn,
  fallback,
  fitBlocks,
  header,
  type KnownBlock,
  listSections,
  type SlackMessage,
  section,
} from "./block-kit.js";
import { controlBlocks, type ReplyControls } from "./reply-controls.js";

const deliverableLabels: Record<string, string> = {
  approvato: "✅ approvato",
  in_corso: "🟡 in corso",
  da_avviare: "⚪ da avviare",
  non_noto: "❔ non noto (da verificare)",
};

export function readinessLine(report: StatusReport): string {
  const verdict = report.ready ? "✅ *Pronta*" : "❌ *Non ancora pronta*";
  return `${verdict}: ${report.counted} funzioni su ${report.required} richieste contano ai fini regionali`;
}

export function deadlineLine(report: StatusReport): string | null {
  if (!report.deadline) return null;
  const days = report.daysToDeadline;
  let when = "";
  if (typeof days === "number") when = days >= 0 ? ` (tra ${days} giorni)` : ` (scaduta da ${-days} giorni)`;
  return `📅 Scadenza: *${formatDate(report.deadline)}*${when}`;
}

export function functionLine(verdict: FunctionVerdict): string {
  const reasons = verdict.reasons.length ? ` — ${escapeMrkdwn(verdict.reasons.join("; "))}` : "";
  return `${verdict.counts ? "✅" : "❌"} *${escapeMrkdwn(verdict.name)}*${reasons}`;
}

export function deliverableLine(verdict: DeliverableVerdict): string {
  return `• ${escapeMrkdwn(verdict.name)}: ${deliverableLabels[verdict.status] ?? escapeMrkdwn(verdict.status)}`;
}

export function gapLine(gap: Gap): string {
  const action = gap.action ? `\n   ➜ ${escapeMrkdwn(gap.action)}` : "";
  return `• ${escapeMrkdwn(gap.message)} _(${escapeMrkdwn(gap.source)})_${action}`;
}

function titled(title: string, lines: string[]): KnownBlock[] {
  return lines.length === 0 ? [] : listSections([`*${title}*`, ...lines]);
}

export function statusBlocks(report: StatusReport, controls: ReplyControls = {}): SlackMessage {
  const name = report.unione.name + (report.unione.example ? " (esempio fittizio)" : "");
  const summary = [readinessLine(report)];
  const deadline = deadlineLine(report);
  if (deadline) summary.push(deadline);
  if (report.category)
    summary.push(
      `Categoria: ${escapeMrkdwn(report.category.name)}${report.category.note ? ` — ${escapeMrkdwn(report.category.note)}` : ""}`,
    );
  if (report.art7)
    summary.push(`${report.art7.satisfied ? "✅" : "❌"} Art. 7 c.3: ${escapeMrkdwn(report.art7.message)}`);
  const head = [header(`Stato di ${name}`), section(summary.join("\n"))];
  const body = [
    ...titled("Funzioni", report.functions.map(functionLine)),
    ...titled("Adempimenti", report.deliverables.map(deliverableLine)),
    ...titled("Lacune da colmare", report.gaps.map(gapLine)),
  ];
  const tail = [context(`Dati aggiornati al ${formatDate(report.as_of)}`), ...controlBlocks(controls)];
  const text = `Stato di ${name}: ${report.ready ? "pronta" : "non ancora pronta"}, ${report.counted}/${report.required} funzioni${
    report.deadline ? `, scadenza ${formatDate(report.deadline)}` : ""
  }`;
  return { text: fallback(text), blocks: fitBlocks(head, body, tail) };
}
