/**
 * A proposal as the audited updates `/unione aggiorna` makes, each carrying its act: the act is kept on the record
 * (the function's `acts`, the document's `act`, the Unione's `acts`) and in the audit entry. A Comune conferring
 * is added to the conferring Comuni, a Comune revoking is taken off; a function the record lacks is created first,
 * active when its conferral has started, planned otherwise.
 */
import { displayTitle } from "../acts/index.js";
import type { Act, UnioneRecord } from "../knowledge/record-schema.js";
import type { RecordUpdate } from "../records/records-service.js";
import type { Proposal } from "./proposal.js";

export type ProposalUpdate = Omit<RecordUpdate, "user">;

const comuneOrgans: Record<string, string> = {
  consiglio: "Consiglio comunale",
  giunta: "Giunta comunale",
  commissario: "Commissario straordinario",
};
const unioneOrgans: Record<string, string> = { consiglio: "Consiglio dell'Unione", giunta: "Giunta dell'Unione" };

/** The act as the record keeps it: organ in words, the document and page it was read from. */
export function evidenceAct(proposal: Proposal): Act {
  const { act } = proposal;
  const organs = proposal.comune ? comuneOrgans : unioneOrgans;
  return {
    organ: organs[act.organ ?? ""] ?? act.ente ?? "organo non indicato",
    type: act.type === "delibera" ? "deliberazione" : act.type,
    number: act.number,
    date: act.date,
    title: act.subject ? displayTitle(act.subject) : null,
    comune: proposal.comune ?? null,
    confidence: "confermato",
    document: act.path,
    page: act.page,
    fields: [],
  };
}

function valueText(proposal: Proposal): string {
  if (typeof proposal.value === "boolean") return proposal.value ? "si" : "no";
  if (proposal.value === "assessori_delegati") return "assessori delegati";
  return String(proposal.value);
}

/** When the record lacks the function: its state, from the start date proposed by the same act if any. */
function creation(
  proposal: Proposal,
  record: UnioneRecord,
  start: string | null,
  today: string,
): ProposalUpdate | null {
  if (proposal.target.kind !== "function" || proposal.value === false) return null;
  if (record.functions.some((item) => item.code === proposal.target.code)) return null;
  const state = start !== null && start <= today ? "attiva" : "pianificata";
  return {
    unione: record.id,
    target: proposal.target.code,
    field: "state",
    value: state,
    evidence: evidenceAct(proposal),
  };
}

export function proposalUpdates(
  proposal: Proposal,
  record: UnioneRecord,
  options: { start: string | null; today: string },
): ProposalUpdate[] {
  const evidence = evidenceAct(proposal);
  const target = proposal.target.kind === "unione" ? null : proposal.target.code;
  const update: ProposalUpdate =
    proposal.field === "conferring_comuni"
      ? {
          unione: record.id,
          target,
          field: proposal.field,
          value: proposal.comune ?? "",
          mode: proposal.value ? "add" : "remove",
          evidence,
        }
      : { unione: record.id, target, field: proposal.field, value: valueText(proposal), evidence };
  const created = creation(proposal, record, options.start, options.today);
  return created ? [created, update] : [update];
}
