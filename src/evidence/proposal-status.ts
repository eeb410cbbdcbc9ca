/**
 * How a proposal compares with the record: "già registrata" when the record already holds that value, "in
 * conflitto" when it holds another one, "nuova" otherwise. A Comune conferring a function is new until the record
 * lists it; a Comune revoking one conflicts with a record that still lists it. Two acts proposing different values
 * for the same field conflict with each other too — except a Comune's own later act, which supersedes its earlier
 * one (a revocation after a conferral). A document's state only moves forward: "approvato" never conflicts.
 */
import type { UnioneRecord } from "../knowledge/record-schema.js";
import type { Proposal, ProposalStatus } from "./proposal.js";

export type Unrated = Omit<Proposal, "status">;

/** The record's current value of the proposal's field, or undefined when the target is not in the record. */
function recordValue(proposal: Unrated, record: UnioneRecord): unknown {
  const { kind, code } = proposal.target;
  if (kind === "unione")
    return proposal.field === "giunta" ? record.giunta.composition : (record.duration_years ?? null);
  if (kind === "deliverable") {
    const item = record.deliverables.find((entry) => entry.id === code);
    return item ? (item as Record<string, unknown>)[proposal.field] : undefined;
  }
  const item = record.functions.find((entry) => entry.code === code);
  if (!item) return undefined;
  if (proposal.field === "duration_years" && item.open_ended) return "senza termine";
  if (proposal.field === "open_ended")
    return item.open_ended ? true : item.duration_years === null ? null : "a termine";
  return (item as Record<string, unknown>)[proposal.field];
}

export function statusAgainstRecord(proposal: Unrated, record: UnioneRecord): ProposalStatus {
  const current = recordValue(proposal, record);
  // Nothing to revoke where the record has no such function.
  if (current === undefined && proposal.field === "conferring_comuni" && proposal.value === false)
    return "già registrata";
  if (current === undefined || current === null) return "nuova";
  if (proposal.field === "conferring_comuni") {
    const listed = (current as string[]).includes(proposal.comune ?? "");
    if (proposal.value === true) return listed ? "già registrata" : "nuova";
    return listed ? "in conflitto" : "già registrata";
  }
  if (proposal.target.kind === "deliverable" && proposal.field === "state")
    return current === "approvato" ? "già registrata" : "nuova";
  return current === proposal.value ? "già registrata" : "in conflitto";
}

function groupKey(proposal: Unrated): string {
  const comune = proposal.field === "conferring_comuni" ? `|${proposal.comune}` : "";
  return `${proposal.target.kind}|${proposal.target.code}|${proposal.field}${comune}`;
}

/** Statuses against the record, then against the other proposals of the same field. */
export function rate(proposals: readonly Unrated[], record: UnioneRecord): Proposal[] {
  const rated: Proposal[] = proposals.map((proposal) => ({
    ...proposal,
    status: statusAgainstRecord(proposal, record),
  }));
  const groups = new Map<string, Proposal[]>();
  for (const proposal of rated.filter((item) => item.status === "nuova"))
    groups.set(groupKey(proposal), [...(groups.get(groupKey(proposal)) ?? []), proposal]);
  for (const group of groups.values()) {
    const values = new Set(group.map((proposal) => JSON.stringify(proposal.value)));
    if (values.size <= 1) continue;
    const latest = group.reduce((last, proposal) =>
      (proposal.act.date ?? "") > (last.act.date ?? "") ? proposal : last,
    );
    const supersedes =
      group[0]!.field === "conferring_comuni" &&
      group.every((item) => item === latest || (item.act.date ?? "") < (latest.act.date ?? ""));
    for (const proposal of group) if (!supersedes || proposal !== latest) proposal.status = "in conflitto";
  }
  return rated;
}
