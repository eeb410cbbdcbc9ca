/** One line per Unione: ready or not, counted/required, next deadline, first gaps. */

import { formatDate } from "../../../core/italian-format.js";
import type { StatusReport } from "../../../readiness/report-types.js";
import { toStatusJson } from "../../../readiness/status-json.js";
import {
  context,
  escapeMrkdwn,
  fallback,
  fitBlocks,
  header,
  type SlackMessage,
  section,
  splitText,
  truncate,
} from "./block-kit.js";
import { controlBlocks, type ReplyControls } from "./reply-controls.js";

/** Gaps listed per Unione in a summary; the full list is in `/unione stato <unione>`. */
export const SUMMARY_GAPS = 2;

export function summaryText(report: StatusReport, gapCount: number = SUMMARY_GAPS): string {
  const name = escapeMrkdwn(report.unione.name) + (report.unione.example ? " _(esempio)_" : "");
  const lines = [
    `*${name}* — ${report.ready ? "✅ pronta" : "❌ non ancora pronta"} · ${report.counted}/${report.required} funzioni`,
  ];
  if (report.deadline) lines.push(`📅 Scadenza ${formatDate(report.deadline)}`);
  for (const gap of report.gaps.slice(0, gapCount)) {
    lines.push(`• ${escapeMrkdwn(truncate(gap.message, 300))} _(${escapeMrkdwn(gap.source)})_`);
  }
  if (report.gaps.length > gapCount) lines.push(`_… e altre ${report.gaps.length - gapCount} lacune_`);
  return lines.join("\n");
}

export function statusSummaryBlocks(
  reports: StatusReport[],
  controls: ReplyControls = {},
  notice?: string,
): SlackMessage {
  if (reports.length === 0) {
    return {
      text: "Nessuna Unione visibile da qui.",
      blocks: [
        section(
          "Nessuna Unione visibile da qui. In un canale collegato vedi la tua Unione: chiedi a un amministratore `/unione collega <unione>`.",
        ),
      ],
    };
  }
  const head = [header("Stato delle Unioni"), ...(notice ? [context(escapeMrkdwn(notice))] : [])];
  const body = reports.map((report) => section(summaryText(report)));
  const tail = [context("Per il dettaglio: `/unione stato <unione>`"), ...controlBlocks(controls)];
  const text = reports
    .map(
      (report) =>
        `${report.unione.name}: ${report.ready ? "pronta" : "non pronta"} ${report.counted}/${report.required}`,
    )
    .join("; ");
  return { text: fallback(text), blocks: fitBlocks(head, body, tail) };
}

/** `/unione stato --json` with no Unione: the list of status objects as code. */
export function statusSummaryJsonBlocks(reports: StatusReport[]): SlackMessage {
  const json = JSON.stringify(reports.map(toStatusJson), null, 1);
  const blocks = splitText(json, 2_990).map((piece) => section(`\`\`\`${piece}\`\`\``));
  return {
    text: fallback(`Stato delle Unioni in JSON (${reports.length})`),
    blocks: fitBlocks([header("Stato delle Unioni (JSON)")], blocks, []),
  };
}
