/**
 * Italian phrases of the work plan, shared by the plain-text status, Slack's Block Kit and the answers from the
 * records: one wording everywhere. Plain text only (callers escape for Slack).
 */
import { formatDate, italianList } from "../core/italian-format.js";
import { daysPhrase, deadlinePhrase } from "./deadline-phrase.js";
import type { CollectGroup, FunctionPlan, ProgrammeInForce, StatusReport } from "./report-types.js";

export const outcomeLabels: Record<FunctionPlan["outcome"], string> = {
  conta: "conta",
  non_conta: "non conta",
  da_verificare: "da verificare (mancano dati)",
};

export const outcomeMarks: Record<FunctionPlan["outcome"], string> = { conta: "✓", non_conta: "✗", da_verificare: "?" };

/** "attiva dal 01/01/2023", "attiva (data di avvio non nota)", "pianificata, avvio previsto il 31/12/2024". */
export function stateText(plan: FunctionPlan): string {
  if (plan.state === "attiva")
    return plan.date ? `attiva dal ${formatDate(plan.date)}` : "attiva (data di avvio non nota)";
  if (plan.state === "cessata") return "cessata";
  return plan.date ? `${plan.state}, avvio previsto il ${formatDate(plan.date)}` : `${plan.state}, senza data prevista`;
}

/** "Polizia locale — attiva dal 01/01/2023: conta". */
export function functionHeadline(plan: FunctionPlan): string {
  return `${plan.name} — ${stateText(plan)}: ${outcomeLabels[plan.outcome]}`;
}

function groupText(group: CollectGroup, members: number): string {
  const facts = italianList(group.facts);
  if (group.comuni.length === 0) return `dalla convenzione e dagli atti dell'Unione: ${facts}`;
  if (group.comuni.length === members && members > 1) return `da ciascuno dei ${members} Comuni aderenti: ${facts}`;
  if (group.comuni.length === 1) return `dal Comune di ${group.comuni[0]}: ${facts}`;
  return `dai Comuni di ${italianList(group.comuni)}: ${facts}`;
}

/**
 * "da raccogliere da ciascuno dei 3 Comuni aderenti: delibera …; dalla convenzione e dagli atti dell'Unione: data
 * di avvio". `members` is the number of member Comuni (the header names them once).
 */
export function collectLine(plan: FunctionPlan, members: number): string | null {
  if (plan.collect.length === 0) return null;
  return `da raccogliere ${plan.collect.map((group) => groupText(group, members)).join("; ")}`;
}

function windowText(from: string | null, to: string, days: number): string {
  const span = from ? `dal ${formatDate(from)} al ${formatDate(to)}` : `entro il ${formatDate(to)}`;
  if (days < 0) return `${span} (chiusa da ${-days} ${-days === 1 ? "giorno" : "giorni"})`;
  return `${span} (${days === 0 ? "ultimo giorno oggi" : `mancano ${days} ${days === 1 ? "giorno" : "giorni"}`})`;
}

/** The PRT in force and its dates, one line each; a line saying none is recorded otherwise. */
export function programmeLines(programme: ProgrammeInForce | null | undefined): string[] {
  if (programme === undefined) return [];
  if (programme === null)
    return ["Programma di riordino in vigore: nessuno registrato per oggi nelle regole (da aggiornare)"];
  const caution = programme.confidence === "confermato" ? "" : ", data di fine da verificare";
  const lines = [
    `Programma di riordino in vigore: ${programme.name} (${programme.act}), fino al ${formatDate(programme.to)} (${daysPhrase(programme.daysToEnd)}${caution})`,
  ];
  for (const item of programme.dates)
    lines.push(`  · ${item.label}: ${windowText(item.from, item.to, item.daysToEnd)}`);
  return lines;
}

/** "30/06/2024, scaduta da 880 giorni" (no parentheses: it sits inside other text). */
export function deadlineInline(report: StatusReport): string {
  if (report.deadline === null) return "nessuna scadenza fissata";
  const days = report.daysToDeadline;
  return typeof days === "number" ? `${formatDate(report.deadline)}, ${daysPhrase(days)}` : formatDate(report.deadline);
}

/** "Scadenza del Programma change manager 2023: 30/06/2024 (scaduta da 880 giorni)". */
export function deadlineLine(report: StatusReport): string {
  const programme = report.programme ? ` del ${report.programme.name}` : "";
  const done =
    report.deliverables.length > 0 && report.deliverables.every((item) => item.status === "approvato")
      ? ": documenti tutti approvati"
      : "";
  return `Scadenza${programme}: ${deadlinePhrase(report.deadline, report.daysToDeadline)}${done}`;
}

/** "Comuni aderenti (3): Codigoro, Goro e Mesola". */
export function membersLine(members: readonly string[]): string {
  return `Comuni aderenti (${members.length}): ${italianList(members)}`;
}
