/** Plain-text rendering of command results, for the console and the CLI. */

import { renderAnswerText } from "../../answering/render-answer-text.js";
import type { CommandResult } from "../../commands/command-result.js";
import { renderEvidenceText } from "../../commands/evidence-text.js";
import { renderHistoryText } from "../../commands/history-text.js";
import { renderStatsText } from "../../commands/stats-text.js";
import { draftToMarkdown } from "../../drafting/render-draft.js";
import { checkSummaryLine, formatProblems } from "../../knowledge-check/format-problems.js";
import { renderStatusText, renderSummaryText } from "../../readiness/render-status-text.js";
import { toStatusJson } from "../../readiness/status-json.js";
import { renderSourcesText } from "./sources-text.js";

export function helpText(isAdmin: boolean): string {
  const lines = [
    "Comandi di /unione:",
    "  chiedi <domanda>        risponde dalla normativa, dai modelli e dai dati dell'Unione, con le fonti",
    "  stato [unione] [tutto] [--json]   piano di lavoro: funzioni che contano, dati da raccogliere, scadenze",
    "  bozza <tipo> [funzione] [unione] [istruzioni]   bozza di un atto (.docx)",
    "  fonti                   documenti consultabili da qui",
    "  storico <unione>        modifiche ai dati dell'Unione",
    "  aiuto                   questo elenco",
    "Una domanda senza comando va bene lo stesso: /unione possiamo lasciare un vigile al Comune?",
  ];
  if (isAdmin) {
    lines.push(
      "Comandi per amministratori:",
      "  collega <unione>        collega questo canale a un'Unione",
      "  scollega                scollega questo canale",
      "  aggiorna-indice         rilegge i documenti e aggiorna l'indice",
      "  aggiorna <unione> <funzione|adempimento|unione> <campo> <valore>   modifica i dati (registrato nello storico)",
      "  evidenze [unione]       fatti proposti dagli atti dell'Unione, da confermare o scartare",
    );
  }
  lines.push(
    "Valgono anche i nomi inglesi: ask, status, draft, sources, history, help (e bind, unbind, reindex, update).",
  );
  return lines.join("\n");
}

/** The evidence step, offered as the Slack status offers it, when the Unione's acts propose facts not yet recorded. */
function withEvidenceOffer(text: string, result: Extract<CommandResult, { type: "status" }>): string {
  const count = result.newEvidence ?? 0;
  if (count <= 0) return text;
  const id = result.report.unione.id;
  const proposals = count === 1 ? "C'è 1 proposta" : `Ci sono ${count} proposte`;
  return `${text}\n\n${proposals} dagli atti da verificare: \`unione evidence ${id}\` (nella console \`evidenze ${id}\`, in Slack \`/unione evidenze ${id}\`).`;
}

export function renderResultText(result: CommandResult): string {
  switch (result.type) {
    case "answer":
      return renderAnswerText(result.result);
    case "status":
      if (result.view?.json) return JSON.stringify(toStatusJson(result.report), null, 2);
      return withEvidenceOffer(renderStatusText(result.report, { full: result.view?.full === true }), result);
    case "status-summary":
      if (result.view?.json) return JSON.stringify(result.reports.map(toStatusJson), null, 2);
      return result.notice
        ? `${result.notice}\n\n${renderSummaryText(result.reports)}`
        : renderSummaryText(result.reports);
    case "draft":
      return draftToMarkdown(result.draft);
    case "sources":
      return renderSourcesText(result);
    case "history":
      return renderHistoryText(result.entries, result.comuni);
    case "evidence":
      return renderEvidenceText(result.run, result.application);
    case "help":
      return helpText(result.isAdmin);
    case "reindex":
    case "message":
      return result.text;
    case "check": {
      const summary = checkSummaryLine(result.problems).line;
      return result.problems.length > 0 ? `${formatProblems(result.problems)}\n${summary}` : summary;
    }
    case "stats":
      return renderStatsText(result.stats);
    case "files":
      return result.paths.map((path) => `Scritto ${path}`).join("\n");
    case "record-form":
      return `Il modulo di inserimento dati di ${result.form.unione.name} si apre in Slack; qui usa \`/unione aggiorna\`.`;
  }
}
