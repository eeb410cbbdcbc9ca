/**
 * Whether a recognised act satisfies the filter a question named (parseActQuery). An annex matches through the
 * act it belongs to: "la delibera 45" also finds the PIAO filed with it. Unknown values never match a filter
 * that asks for them (an act without a date is not "del 2026"). The topic is left to retrieval ranking.
 */
import type { ActQuery } from "./act-query.js";
import type { ActInfo, ActOrgan, ActRef } from "./act-types.js";

export function matchesActQuery(act: ActInfo, query: ActQuery, options: { includeAnnexes?: boolean } = {}): boolean {
  if (matchesRef(act, query) && (!query.subKind || act.subKind === query.subKind)) return true;
  return (options.includeAnnexes ?? true) && act.parent !== null && !query.subKind && matchesRef(act.parent, query);
}

function matchesRef(ref: ActRef, query: ActQuery): boolean {
  if (query.type && ref.type !== query.type) return false;
  if (query.organ && !sameOrgan(ref.organ, query.organ)) return false;
  if (query.number && ref.number !== query.number) return false;
  if (query.year && ref.year !== query.year) return false;
  if (query.dateFrom && (!ref.date || ref.date < query.dateFrom)) return false;
  if (query.dateTo && (!ref.date || ref.date > query.dateTo)) return false;
  return true;
}

// A determinazione "del dirigente" and one "del responsabile del servizio" are the same kind of act: officials
// use the two names for whoever heads the service.
function sameOrgan(actual: ActOrgan | null, wanted: ActOrgan): boolean {
  const managers: ReadonlySet<ActOrgan> = new Set(["dirigente", "responsabile"]);
  return actual === wanted || (actual !== null && managers.has(actual) && managers.has(wanted));
}
