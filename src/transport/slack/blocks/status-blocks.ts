/**
 * The readiness report of one Unione as a work plan: verdict, art. 7 c.3 with its action, the programme dates,
 * one section per function (verdict, actions, facts to collect; an "Aggiorna" button for admins where editing is
 * allowed), the Unione's own items, and "Mostra tutto" for every gap with its article. The JSON view is shown as
 * code. Reports without a work plan (older callers) list functions with their reasons.
 */

import { formatCount, formatDate } from "../../../core/italian-format.js";
import { countedPhrase } from "../../../readiness/counted-phrase.js";
import { daysPhrase } from "../../../readiness/deadline-phrase.js";
import { factSourceLines } from "../../../readiness/fact-sources.js";
import type {
  DeliverableVerdict,
  FunctionPlan,
  FunctionVerdict,
  Gap,
  StatusReport,
} from "../../../readiness/report-types.js";
import { toStatusJson } from "../../../readiness/status-json.js";
import {
  collectLine,
  deadlineInline,
  functionHeadline,
  membersLine,
  programmeLines,
} from "../../../readiness/work-plan-phrases.js";
import {
  actions,
  button,
  context,
  escapeMrkdwn,
  fallback,
  fitBlocks,
  header,
  type KnownBlock,
  listSections,
  type SlackMessage,
  section,
  splitText,
} from "./block-kit.js";
import { evidenceReviewButton } from "./evidence-blocks.js";
import { controlBlocks, type ReplyControls } from "./reply-controls.js";
import { editButton, STATUS_ACTION_IDS } from "./status-controls.js";

export interface StatusRenderOptions extends ReplyControls {
  /** Every gap with its article ("mostra tutto"). */
  full?: boolean;
  /** The status `--json` object as code. */
  json?: boolean;
  /** Adds the "Aggiorna" buttons (admins, in the Unione's own channel or a DM). */
  canEdit?: boolean;
  /** Facts the Unione's acts propose and the record lacks: the status offers to review them. */
  newEvidence?: number;
}

const deliverableLabels: Record<string, string> = {
  approvato: "✅ approvato",
  in_corso: "🟡 in corso",
  da_avviare: "⚪ da avviare",
  non_noto: "❔ non noto (da verificare)",
};

const outcomeIcons: Record<FunctionPlan["outcome"], string> = { conta: "✅", non_conta: "❌", da_verificare: "❔" };

export function readinessLine(report: StatusReport): string {
  const verdict = report.ready ? "✅ *Pronta*" : "❌ *Non ancora pronta*";
  return `${verdict}: ${countedPhrase(report.counted, report.required)} ai fini regionali`;
}

export function deadlineLine(report: StatusReport): string | null {
  if (!report.deadline) return null;
  const days = report.daysToDeadline;
  let when = "";
  if (typeof days === "number") when = ` (${daysPhrase(days)})`;
  const programme = report.programme ? ` del ${escapeMrkdwn(report.programme.name)}` : "";
  return `📅 Scadenza${programme}: *${formatDate(report.deadline)}*${when}`;
}

export function functionLine(verdict: FunctionVerdict): string {
  const reasons = verdict.reasons.length ? ` — ${escapeMrkdwn(verdict.reasons.join("; "))}` : "";
  return `${verdict.counts ? "✅" : "❌"} *${escapeMrkdwn(verdict.name)}*${reasons}`;
}

export function deliverableLine(verdict: DeliverableVerdict): string {
  const act = verdict.act ? ` — da atto: ${escapeMrkdwn(verdict.act)}` : "";
  return `• ${escapeMrkdwn(verdict.name)}: ${deliverableLabels[verdict.status] ?? escapeMrkdwn(verdict.status)}${act}`;
}

export function gapLine(gap: Gap): string {
  const action = gap.action ? `\n   ➜ ${escapeMrkdwn(gap.action)}` : "";
  return `• ${escapeMrkdwn(gap.message)} _(${escapeMrkdwn(gap.source)})_${action}`;
}

function titled(title: string, lines: string[]): KnownBlock[] {
  return lines.length === 0 ? [] : listSections([`*${title}*`, ...lines]);
}

function summaryLines(report: StatusReport): string[] {
  const lines = [readinessLine(report)];
  if (report.members) lines.push(escapeMrkdwn(membersLine(report.members)));
  const threshold = report.gaps.find((gap) => gap.rule === "prt-soglia-funzioni" && gap.action);
  if (report.plan && threshold?.action) lines.push(`   ➜ ${escapeMrkdwn(threshold.action)}`);
  if (report.category)
    lines.push(
      `Categoria: ${escapeMrkdwn(report.category.name)}${report.category.note ? ` — ${escapeMrkdwn(report.category.note)}` : ""}`,
    );
  if (report.art7) {
    const icon = report.art7.status === "rispettato" ? "✅" : report.art7.status === "da_verificare" ? "❔" : "❌";
    lines.push(`${icon} ${escapeMrkdwn(report.art7.message)}`);
    if (report.art7.action) lines.push(`   ➜ ${escapeMrkdwn(report.art7.action)}`);
  }
  lines.push(...programmeLines(report.programmeInForce).map((line) => `🗓️ ${escapeMrkdwn(line.trim())}`));
  const deadline = deadlineLine(report);
  if (deadline) lines.push(deadline);
  return lines;
}

function planSection(plan: FunctionPlan, report: StatusReport, canEdit: boolean): KnownBlock {
  const lines = [`${outcomeIcons[plan.outcome]} *${escapeMrkdwn(functionHeadline(plan))}*`];
  for (const action of plan.actions) lines.push(`   ➜ ${escapeMrkdwn(action)}`);
  const collect = collectLine(plan, report.members?.length ?? 0);
  if (collect) lines.push(`   _${escapeMrkdwn(collect)}_`);
  for (const line of factSourceLines(plan.facts ?? [])) lines.push(`   📄 ${escapeMrkdwn(line)}`);
  const block = section(lines.join("\n"));
  if (!canEdit || block.type !== "section") return block;
  return { ...block, accessory: editButton("function", report.unione.id, plan.id) };
}

function unioneSection(report: StatusReport, canEdit: boolean): KnownBlock[] {
  const facts = factSourceLines(report.unioneFacts ?? []).map((line) => `📄 ${escapeMrkdwn(line)}`);
  const lines = (report.unioneGaps ?? []).map((gap) =>
    gap.fact ? `❔ ${escapeMrkdwn(gap.message)}\n   _da raccogliere: ${escapeMrkdwn(gap.fact)}_` : gapLine(gap),
  );
  lines.unshift(...facts);
  if (report.deliverables.length > 0) {
    lines.push(`*Documenti del programma*, da approvare entro il ${escapeMrkdwn(deadlineInline(report))}:`);
    for (const item of report.deliverables) {
      lines.push(deliverableLine(item));
      if (item.action && item.status !== "non_noto") lines.push(`   ➜ ${escapeMrkdwn(item.action)}`);
    }
  }
  if (lines.length === 0) return [];
  const blocks = listSections(lines);
  const last = blocks.at(-1);
  if (canEdit && last?.type === "section")
    blocks[blocks.length - 1] = { ...last, accessory: editButton("deliverables", report.unione.id, null) };
  return blocks;
}

function workPlanBody(report: StatusReport, options: StatusRenderOptions): KnownBlock[] {
  const plans = report.plan ?? [];
  const canEdit = options.canEdit === true;
  return [
    section("*Piano di lavoro per funzione*"),
    ...plans.map((plan) => planSection(plan, report, canEdit)),
    ...unioneSection(report, canEdit),
    ...evidenceOffer(report, options),
    ...(options.full ? titled(`Tutte le lacune (${report.gaps.length})`, report.gaps.map(gapLine)) : []),
  ];
}

function legacyBody(report: StatusReport): KnownBlock[] {
  return [
    ...titled("Funzioni", report.functions.map(functionLine)),
    ...titled("Adempimenti", report.deliverables.map(deliverableLine)),
    ...titled("Lacune da colmare", report.gaps.map(gapLine)),
  ];
}

/** "3 fatti proposti dagli atti dell'Unione, da confermare" with the button that lists them. */
function evidenceOffer(report: StatusReport, options: StatusRenderOptions): KnownBlock[] {
  const count = options.newEvidence ?? 0;
  if (count <= 0 || options.json) return [];
  const facts = formatCount(count, "fatto proposto", "fatti proposti");
  const offer = section(
    `📄 *${facts} dagli atti dell'Unione*, non ancora nella scheda: esaminali e conferma o scarta.`,
  );
  if (offer.type !== "section") return [offer];
  return [{ ...offer, accessory: evidenceReviewButton(report.unione.id) }];
}

function showAllBlocks(report: StatusReport, options: StatusRenderOptions): KnownBlock[] {
  if (options.full || !report.plan || report.gaps.length === 0) return [];
  return [
    actions("status_views", [
      button({
        text: `Mostra tutto (${formatCount(report.gaps.length, "lacuna", "lacune")})`,
        actionId: STATUS_ACTION_IDS.showAll,
        value: report.unione.id,
      }),
    ]),
  ];
}

/** The `status --json` object as code blocks. */
function jsonBlocks(report: StatusReport): KnownBlock[] {
  const text = JSON.stringify(toStatusJson(report), null, 1);
  return splitText(text, 2_990).map((piece) => section(`\`\`\`${piece}\`\`\``));
}

export function statusBlocks(report: StatusReport, options: StatusRenderOptions = {}): SlackMessage {
  const name = report.unione.name + (report.unione.example ? " (esempio fittizio)" : "");
  const head = [header(`Stato di ${name}`)];
  if (!options.json) head.push(section(summaryLines(report).join("\n")));
  const body = options.json ? jsonBlocks(report) : report.plan ? workPlanBody(report, options) : legacyBody(report);
  const tail = [
    context(`Dati aggiornati al ${formatDate(report.as_of)}`),
    ...(options.json ? [] : showAllBlocks(report, options)),
    ...controlBlocks(options),
  ];
  const text = `Stato di ${name}: ${report.ready ? "pronta" : "non ancora pronta"}, ${report.counted}/${report.required} funzioni${
    report.deadline ? `, scadenza ${formatDate(report.deadline)}` : ""
  }`;
  return { text: fallback(text), blocks: fitBlocks(head, body, tail) };
}
