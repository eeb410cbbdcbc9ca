/**
 * Questions that name acts ("la delibera 42", "la determina 272 del 2026", "la DG 46 del 2026", "le delibere di
 * Giunta del 2026 sul personale") are answered from those acts only: retrieval is narrowed to the passages whose
 * act (or, for an annex, whose parent act) matches. Only a number or a period makes a filter: "la delibera di
 * Giunta" alone is often a question on how such acts are made, which the law or a template answers. When nothing
 * indexed matches, the answer says so instead of answering from another act.
 */
import { describeActQuery, findActReferences, matchesActQuery, parseActQuery } from "../acts/index.js";
import type { Chunk } from "../core/types.js";

export interface ActNarrowing {
  filter: (chunk: Chunk) => boolean;
  /** The question names one act by its number ("la delibera 42"), not a kind and a period. */
  byNumber: boolean;
  /** "la delibera di Giunta n. 42 del 2026", "delibere di Giunta del 2026". */
  description: string;
  /**
   * For an act named by number: the passages of other acts that cite it ("vista la deliberazione di G.C. n. 23 …,
   * pubblicata all'albo al n. 170"), which may answer when the act itself is not indexed.
   */
  citedBy: ((chunk: Chunk) => boolean) | null;
}

export function actNarrowing(question: string): ActNarrowing | null {
  const query = parseActQuery(question);
  if (!query || !(query.number || query.year || query.dateFrom || query.dateTo || query.monthDay)) return null;
  return {
    filter: (chunk) => chunk.act !== undefined && matchesActQuery(chunk.act, query),
    byNumber: query.number !== undefined,
    description: describeActQuery(query),
    citedBy: query.number ? citing(query) : null,
  };
}

/** Passages of acts whose text cites the act asked: same number, and the same kind, organ and year when known. */
function citing(query: NonNullable<ReturnType<typeof parseActQuery>>): (chunk: Chunk) => boolean {
  const number = new RegExp(`(?<![\\d/])${query.number!.replace(/[^\w]/g, "\\$&")}(?![\\d])`);
  const asked = { ...query, subKind: undefined };
  return (chunk) =>
    chunk.act !== undefined &&
    number.test(chunk.text) &&
    findActReferences(chunk.text).some(
      (reference) =>
        reference.number !== null &&
        (reference.year === null || !query.year || reference.year === query.year) &&
        matchesActQuery({ ...reference, year: query.year ?? reference.year, subKind: null, parent: null }, asked),
    );
}

/** The act asked is not indexed; the answer comes from the acts that cite it. */
export function citedActNotice(narrowing: ActNarrowing): string {
  return `${narrowing.description.charAt(0).toUpperCase()}${narrowing.description.slice(1)} non è tra gli atti indicizzati: la risposta viene dagli atti che la citano.`;
}

export function actNotFoundAnswer(narrowing: ActNarrowing): string {
  return `Non ho trovato ${narrowing.description} tra gli atti indicizzati. Verifica il numero e l'anno, oppure che l'atto sia stato caricato (unione ingest).`;
}
