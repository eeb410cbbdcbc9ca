/**
 * The work plan of one function: its verdict (counts, does not count, or waits only on unknown facts), what to do
 * about the tests that failed on known facts, and the unknown facts grouped by whom to ask. An unknown fact never
 * reads as a failure of the law: it is something to collect.
 */
import type { FunctionInfo } from "../knowledge/function-catalog.js";
import type { FunctionRecord, UnioneRecord } from "../knowledge/record-schema.js";
import { functionFactSources } from "./fact-sources.js";
import type { Failure } from "./function-checks.js";
import type { CollectGroup, FunctionOutcome, FunctionPlan } from "./report-types.js";

export function outcomeOf(failures: Failure[]): FunctionOutcome {
  if (failures.length === 0) return "conta";
  return failures.every((failure) => failure.unknown) ? "da_verificare" : "non_conta";
}

/** Unknown facts grouped by the Comuni that hold them (all members unless the rule names some); [] = the Unione. */
export function collectGroups(failures: Failure[], record: UnioneRecord): CollectGroup[] {
  const members = record.comuni.map((comune) => comune.name);
  const groups = new Map<string, CollectGroup>();
  for (const failure of failures) {
    if (!failure.unknown) continue;
    const comuni = failure.unknown.ask === "unione" ? [] : (failure.unknown.comuni ?? members);
    const key = comuni.join("|");
    const group = groups.get(key) ?? { facts: [], comuni };
    if (!group.facts.includes(failure.unknown.fact)) group.facts.push(failure.unknown.fact);
    groups.set(key, group);
  }
  // The Comuni's facts first (deliberations, staff), then the convention's (dates, duration).
  return [...groups.values()].sort((left, right) => right.comuni.length - left.comuni.length);
}

export function functionPlan(
  item: FunctionRecord,
  info: FunctionInfo | null,
  failures: Failure[],
  record: UnioneRecord,
): FunctionPlan {
  const known = failures.filter((failure) => !failure.unknown);
  return {
    id: item.code,
    name: info?.name ?? item.code,
    state: item.state,
    outcome: outcomeOf(failures),
    date: item.state === "attiva" ? item.start_date : item.planned_date,
    actions: [...new Set(known.map((failure) => failure.action).filter(Boolean))],
    collect: collectGroups(failures, record),
    art7: info?.art7 === "ict" || info?.art7 === "elenco",
    facts: functionFactSources(item, record),
  };
}

/** How close a plan is to counting: da_verificare first (only data to collect), then by failed known tests. */
export function distanceToCounting(plan: FunctionPlan): number {
  if (plan.outcome === "conta") return 0;
  if (plan.outcome === "da_verificare") return 1;
  const stateCost: Record<string, number> = { attiva: 2, pianificata: 3, proposta: 4, cessata: 5 };
  return (stateCost[plan.state] ?? 5) + plan.actions.length;
}
