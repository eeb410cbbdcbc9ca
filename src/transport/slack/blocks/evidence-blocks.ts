/**
 * The facts an Unione's acts propose, for an admin: each new or conflicting proposal with its act, the quoted words
 * of the dispositivo and the "Conferma" and "Scarta" buttons; the ones already recorded are only counted.
 */
import { evidenceSummaryLine } from "../../../commands/evidence-text.js";
import { formatNumber } from "../../../core/italian-format.js";
import type { EvidenceRun } from "../../../evidence/evidence-service.js";
import type { Proposal } from "../../../evidence/proposal.js";
import {
  actions,
  type Button,
  button,
  context,
  escapedTruncate,
  escapeMrkdwn,
  fallback,
  fitBlocks,
  header,
  type KnownBlock,
  type SlackMessage,
  section,
} from "./block-kit.js";
import { readButtonValue } from "./button-value.js";

export const EVIDENCE_ACTION_IDS = {
  confirm: "evidence_confirm",
  discard: "evidence_discard",
  review: "evidence_review",
} as const;

/** The status's button that lists the proposals of the Unione's acts. */
export function evidenceReviewButton(unione: string): Button {
  return button({ text: "Esamina le proposte", actionId: EVIDENCE_ACTION_IDS.review, value: unione });
}

/** Each proposal takes three blocks: a message holds this many and says how many more there are. */
const shownAtMost = 14;

/** What a button carries: the Unione and the proposal's id. */
export interface EvidenceTarget {
  unione: string;
  id: string;
}

export function encodeEvidenceTarget(target: EvidenceTarget): string {
  return JSON.stringify({ u: target.unione, p: target.id });
}

export function decodeEvidenceTarget(raw: string | undefined): EvidenceTarget | null {
  const parsed = readButtonValue(raw);
  if (typeof parsed?.u !== "string" || typeof parsed.p !== "string" || !/^[0-9a-f]{6,40}$/.test(parsed.p)) return null;
  return { unione: parsed.u, id: parsed.p };
}

function proposalBlocks(proposal: Proposal, run: EvidenceRun): KnownBlock[] {
  const label = run.labels[proposal.id];
  const conflict = proposal.status === "in conflitto";
  const recorded = label?.recorded ? `\n⚠️ In conflitto — nella scheda: ${escapeMrkdwn(label.recorded)}` : "";
  const value = encodeEvidenceTarget({ unione: run.unione.id, id: proposal.id });
  return [
    section(
      `*${escapeMrkdwn(label?.fact ?? proposal.field)}*${recorded}\n📄 da atto: ${escapeMrkdwn(label?.act ?? proposal.act.path)}`,
    ),
    context(
      `«${escapedTruncate(proposal.quote, 400)}» · affidabilità ${Math.round(proposal.confidence * 100)}% · ${proposal.id}`,
    ),
    actions(`evidence_${proposal.id}`, [
      button({
        text: conflict ? "Conferma (sostituisce)" : "Conferma",
        actionId: EVIDENCE_ACTION_IDS.confirm,
        value,
        style: "primary",
      }),
      button({ text: "Scarta", actionId: EVIDENCE_ACTION_IDS.discard, value, style: "danger" }),
    ]),
  ];
}

export function evidenceBlocks(run: EvidenceRun): SlackMessage {
  const open = run.proposals.filter((proposal) => proposal.status !== "già registrata");
  const shown = open.slice(0, shownAtMost);
  const notes = [escapeMrkdwn(evidenceSummaryLine(run))];
  if (run.notice) notes.push(`_${escapeMrkdwn(run.notice)}_`);
  if (open.length === 0 && run.proposals.length > 0) notes.push("Tutti i fatti proposti sono già nella scheda.");
  const head = [header(`Proposte dagli atti: ${run.unione.name}`), section(notes.join("\n"))];
  const more =
    open.length > shown.length
      ? [context(`${moreProposals(open.length - shown.length)}: conferma o scarta queste per vedere le successive.`)]
      : [];
  const skipped =
    run.skipped.length > 0
      ? [
          context(
            `File non letti: ${escapedTruncate(run.skipped.map((item) => `${item.path} (${item.reason})`).join("; "), 600)}`,
          ),
        ]
      : [];
  return {
    text: fallback(evidenceSummaryLine(run)),
    blocks: fitBlocks(
      head,
      shown.flatMap((proposal) => proposalBlocks(proposal, run)),
      [...more, ...skipped],
    ),
  };
}

/** "Un'altra proposta" / "Altre 4 proposte". */
function moreProposals(count: number): string {
  return count === 1 ? "Un'altra proposta" : `Altre ${formatNumber(count)} proposte`;
}
