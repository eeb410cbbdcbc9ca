/**
 * Turns the findings of each act into proposals: a stable id, the act as the JSON prints it, the quoted words
 * and their page. The same fact read twice from one act (the rules and a model, a copy of the file) is proposed
 * once, with the higher confidence. Proposals come in the order of their acts' dates.
 */
import { createHash } from "node:crypto";
import { pageAtOffset } from "../acts/index.js";
import type { Finding } from "./finding.js";
import type { FactField, ProposalAct } from "./proposal.js";
import type { Unrated } from "./proposal-status.js";
import type { ReadAct } from "./unione-acts.js";

export interface ActFindings {
  act: ReadAct;
  /** The issuing ente as the record knows it ("Comune di Codigoro"). */
  ente: string | null;
  findings: Finding[];
}

const fieldOrder: FactField[] = [
  "conferring_comuni",
  "start_date",
  "duration_years",
  "open_ended",
  "integral",
  "staff_transferred",
  "resources_transferred",
  "state",
  "date",
  "giunta",
];

function proposalAct(read: ReadAct, ente: string | null, page: number | null): ProposalAct {
  const { info } = read;
  return {
    type: info.type,
    number: info.number,
    date: info.date,
    subject: info.subject,
    path: read.path,
    page,
    organ: info.organ,
    ente: ente ?? info.ente,
  };
}

/** Same act, same fact, same id: the act is named by its ente, kind, number and date (its file only when unnumbered). */
export function proposalId(unione: string, proposal: Omit<Unrated, "id">): string {
  const { act } = proposal;
  const actKey = act.number && act.date ? `${act.ente}|${act.type}|${act.organ}|${act.number}|${act.date}` : act.path;
  const key = [
    unione,
    proposal.target.kind,
    proposal.target.code,
    proposal.field,
    proposal.comune ?? "",
    JSON.stringify(proposal.value),
    actKey,
  ];
  return createHash("sha256").update(key.join("\u0000")).digest("hex").slice(0, 12);
}

function quoteText(text: string, range: { start: number; end: number }): string {
  return text.slice(range.start, range.end).replace(/\s+/g, " ").trim();
}

export function buildProposals(unione: string, acts: readonly ActFindings[]): Unrated[] {
  const byId = new Map<string, Unrated>();
  for (const { act, ente, findings } of acts) {
    for (const finding of findings) {
      const page = act.paged ? pageAtOffset(act.pageStarts, finding.quote.start) : null;
      const base = {
        target: { kind: finding.fact.kind, code: finding.fact.code },
        field: finding.fact.field,
        value: finding.fact.value,
        ...(finding.comune ? { comune: finding.comune } : {}),
        act: proposalAct(act, ente, page),
        quote: quoteText(act.text, finding.quote),
        confidence: Math.round(finding.confidence * 100) / 100,
      };
      const id = proposalId(unione, base);
      const known = byId.get(id);
      if (!known || known.confidence < base.confidence) byId.set(id, { id, ...base });
    }
  }
  return [...byId.values()].sort(
    (a, b) =>
      (a.act.date ?? "").localeCompare(b.act.date ?? "") ||
      a.act.path.localeCompare(b.act.path) ||
      a.target.code.localeCompare(b.target.code) ||
      fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field),
  );
}
