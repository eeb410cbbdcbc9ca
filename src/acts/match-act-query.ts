/**
 * Whether a recognised act satisfies the filter a question named (parseActQuery). An annex matches through the
 * act it belongs to: "la delibera 45" also finds the PIAO filed with it. Unknown values never match a filter
 * that asks for them (an act without a date is not "del 2026"). The topic is left to retrieval ranking.
 * Works on an `ActInfo` and on the `act` a passage carries alike.
 */
import type { ActQuery } from "./act-query.js";

/** The fields the filter reads; strings so that a passage's stored act qualifies as well as an `ActInfo`. */
export interface FilterableRef {
  type: string | null;
  organ: string | null;
  number: string | null;
  date: string | null;
  year: number | null;
}

export interface FilterableAct extends FilterableRef {
  subKind: string | null;
  /** A determinazione's number in its service's register: officials cite either number. */
  sectorNumber?: string | null;
  parent: FilterableRef | null;
}

export function matchesActQuery(
  act: FilterableAct,
  query: ActQuery,
  options: { includeAnnexes?: boolean } = {},
): boolean {
  const ownNumber = !query.number || act.number === query.number || act.sectorNumber === query.number;
  if (
    ownNumber &&
    matchesRef(act, { ...query, number: undefined }) &&
    (!query.subKind || act.subKind === query.subKind)
  )
    return true;
  return (options.includeAnnexes ?? true) && act.parent !== null && !query.subKind && matchesRef(act.parent, query);
}

function matchesRef(ref: FilterableRef, query: ActQuery): boolean {
  if (query.type && ref.type !== query.type) return false;
  if (query.organ && !sameOrgan(ref.organ, query.organ)) return false;
  if (query.number && ref.number !== query.number) return false;
  if (query.year && ref.year !== query.year) return false;
  if (query.dateFrom && (!ref.date || ref.date < query.dateFrom)) return false;
  if (query.dateTo && (!ref.date || ref.date > query.dateTo)) return false;
  if (query.monthDay && ref.date?.slice(5) !== query.monthDay) return false;
  return true;
}

// A determinazione "del dirigente" and one "del responsabile del servizio" are the same kind of act: officials
// use the two names for whoever heads the service.
const managers: ReadonlySet<string> = new Set(["dirigente", "responsabile"]);

function sameOrgan(actual: string | null, wanted: string): boolean {
  return actual === wanted || (actual !== null && managers.has(actual) && managers.has(wanted));
}
