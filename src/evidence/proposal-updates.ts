/**
 * A proposal as the audited updates `/unione aggiorna` makes, each carrying its act: the act is kept on the record
 * (the function's `acts`, the document's `act`, the Unione's `acts`) and in the audit entry. A Comune conferring
 * is added to the conferring Comuni, a Comune revoking is taken off; a function the record lacks is created first,
 * active when its conferral has started, planned otherwise. Once a planned function has a conferral and a start
 * date on record, its state follows them (see `stateFollowUps`).
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

/**
 * What the conferral facts now on record make of a planned (or proposed) function: a change manager reads "one
 * Comune conferred it from 01/01/2025" as a function the Unione exercises from that day, so it becomes active with
 * that start once the day has come (art. 24 still decides whether it counts: every Comune, integral, staff), and the
 * record's own date moves up to that start when older, since the record now speaks of that day; a start still to
 * come becomes its planned start. Nothing when no Comune has conferred it, no start is known, or the function is
 * already active or ended.
 */
export function stateFollowUps(proposal: Proposal, record: UnioneRecord, today: string): ProposalUpdate[] {
  if (proposal.target.kind !== "function" || proposal.value === false) return [];
  if (proposal.field !== "conferring_comuni" && proposal.field !== "start_date") return [];
  const item = record.functions.find((candidate) => candidate.code === proposal.target.code);
  if (!item || (item.state !== "pianificata" && item.state !== "proposta")) return [];
  const start = item.start_date;
  if (!item.conferring_comuni?.length || start === null) return [];
  const base = { unione: record.id, target: item.code, evidence: evidenceAct(proposal) };
  if (start > today) return item.planned_date === start ? [] : [{ ...base, field: "planned_date", value: start }];
  const asOf: ProposalUpdate[] = record.as_of < start ? [{ ...base, target: null, field: "as_of", value: start }] : [];
  return [...asOf, { ...base, field: "state", value: "attiva" }];
}
