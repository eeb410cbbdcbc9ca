/** Plain Italian text of the facts an Unione's acts propose (`unione evidence`, the console). */
import { formatCount, formatNumber } from "../core/italian-format.js";
import type { EvidenceApplication, EvidenceRun } from "../evidence/evidence-service.js";
import type { Proposal, ProposalStatus } from "../evidence/proposal.js";

const maxQuote = 220;

const sections: Array<{ status: ProposalStatus; title: string }> = [
  { status: "nuova", title: "Nuove, da confermare" },
  { status: "in conflitto", title: "In conflitto con la scheda o con un altro atto (da decidere)" },
  { status: "già registrata", title: "Già registrate nella scheda" },
];

function shortQuote(quote: string): string {
  return quote.length <= maxQuote ? quote : `${quote.slice(0, quote.lastIndexOf(" ", maxQuote))} …`;
}

/** One proposal: its id, the fact, its act and file, and the quoted words unless the previous line quoted them. */
export function proposalLines(proposal: Proposal, run: EvidenceRun, previous?: Proposal): string[] {
  const label = run.labels[proposal.id];
  const recorded = label?.recorded ? ` — nella scheda: ${label.recorded}` : "";
  const sameAct = previous?.act.path === proposal.act.path;
  const lines = [
    `• [${proposal.id}] ${label?.fact ?? proposal.field}${recorded} · affidabilità ${Math.round(proposal.confidence * 100)}%`,
  ];
  if (!sameAct) lines.push(`  da atto: ${label?.act ?? proposal.act.path} (${proposal.act.path})`);
  if (!sameAct || previous?.quote !== proposal.quote) lines.push(`  «${shortQuote(proposal.quote)}»`);
  return lines;
}

export function evidenceSummaryLine(run: EvidenceRun): string {
  const by = (status: ProposalStatus) => run.proposals.filter((item) => item.status === status).length;
  const acts = formatCount(run.actsRead, "atto letto", "atti letti");
  if (run.proposals.length === 0)
    return `Nessuna proposta dagli atti di ${run.unione.name} (${acts}): nessun atto decide conferimenti, revoche, documenti del programma o modifiche dello statuto.`;
  const parts = [
    formatCount(by("nuova"), "nuova", "nuove"),
    `${formatNumber(by("in conflitto"))} in conflitto`,
    formatCount(by("già registrata"), "già registrata", "già registrate"),
  ];
  return `Proposte dagli atti di ${run.unione.name}: ${acts}, ${formatCount(run.proposals.length, "proposta", "proposte")} (${parts.join(", ")}).`;
}

function applicationLines(run: EvidenceRun, application: Omit<EvidenceApplication, "run">): string[] {
  const lines = [
    application.applied.length === 0
      ? "Nessuna proposta nuova da registrare."
      : `Registrate nello storico ${formatCount(application.applied.length, "proposta", "proposte")}, ciascuna con il suo atto:`,
    ...application.applied.map((item) => `• ${item.label.fact} (da atto: ${item.label.act})`),
  ];
  if (application.refused.length > 0)
    lines.push(
      "Non registrate (la scheda le rifiuta):",
      ...application.refused.map(
        (item) => `• ${run.labels[item.proposal.id]?.fact ?? item.proposal.id}: ${item.reason}`,
      ),
    );
  const conflicts = run.proposals.filter((item) => item.status === "in conflitto").length;
  if (conflicts > 0)
    lines.push(
      conflicts === 1
        ? "La proposta in conflitto resta da decidere: non è stata applicata."
        : `Le ${formatNumber(conflicts)} proposte in conflitto restano da decidere: nessuna è stata applicata.`,
    );
  return lines;
}

export function renderEvidenceText(run: EvidenceRun, application?: Omit<EvidenceApplication, "run">): string {
  const lines = [evidenceSummaryLine(run)];
  if (run.notice) lines.push(run.notice);
  if (application) {
    lines.push(...applicationLines(run, application));
  } else {
    for (const { status, title } of sections) {
      const items = run.proposals.filter((item) => item.status === status);
      if (items.length > 0)
        lines.push("", `${title}:`, ...items.flatMap((item, index) => proposalLines(item, run, items[index - 1])));
    }
    if (run.proposals.some((item) => item.status === "nuova"))
      lines.push(
        "",
        "Nulla è stato registrato. Per registrare le proposte nuove: `unione evidence <unione> --apply`, oppure i pulsanti Conferma e Scarta di `/unione evidenze` in Slack.",
      );
  }
  if (run.skipped.length > 0)
    lines.push(`File non letti: ${run.skipped.map((item) => `${item.path} (${item.reason})`).join("; ")}.`);
  return lines.join("\n");
}
