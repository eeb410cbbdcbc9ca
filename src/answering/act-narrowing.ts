/**
 * Questions that name acts ("la delibera 42", "la determina 272 del 2026", "la DG 46 del 2026", "le delibere di
 * Giunta del 2026 sul personale") are answered from those acts only: retrieval is narrowed to the passages whose
 * act (or, for an annex, whose parent act) matches. Only a number or a period makes a filter: "la delibera di
 * Giunta" alone is often a question on how such acts are made, which the law or a template answers. When nothing
 * indexed matches, the answer says so instead of answering from another act.
 */
import { describeActQuery, matchesActQuery, parseActQuery } from "../acts/index.js";
import type { Chunk } from "../core/types.js";

export interface ActNarrowing {
  filter: (chunk: Chunk) => boolean;
  /** The question names one act by its number ("la delibera 42"), not a kind and a period. */
  byNumber: boolean;
  /** "la delibera di Giunta n. 42 del 2026", "delibere di Giunta del 2026". */
  description: string;
}

export function actNarrowing(question: string): ActNarrowing | null {
  const query = parseActQuery(question);
  if (!query || !(query.number || query.year || query.dateFrom || query.dateTo || query.monthDay)) return null;
  return {
    filter: (chunk) => chunk.act !== undefined && matchesActQuery(chunk.act, query),
    byNumber: query.number !== undefined,
    description: describeActQuery(query),
  };
}

export function actNotFoundAnswer(narrowing: ActNarrowing): string {
  return `Non ho trovato ${narrowing.description} tra gli atti indicizzati. Verifica il numero e l'anno, oppure che l'atto sia stato caricato (unione ingest).`;
}
