/**
 * Whole-record validation after a live update: the zod schema (single source of truth) plus the references
 * the schema cannot see (function codes in the catalogue, conferring Comuni among the members, no duplicates).
 */
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import { parseUnioneRecord, type UnioneRecord } from "../knowledge/record-schema.js";

export type RecordValidation = { ok: true; record: UnioneRecord } | { ok: false; problems: string[] };

function referenceProblems(record: UnioneRecord, catalog: FunctionCatalog): string[] {
  const problems: string[] = [];
  const members = new Set(record.comuni.map((comune) => comune.id));
  const seen = new Set<string>();
  record.functions.forEach((item, index) => {
    if (!catalog.get(item.code))
      problems.push(`functions.${index}.code: la funzione "${item.code}" non è nel catalogo`);
    if (seen.has(item.code)) problems.push(`functions.${index}.code: la funzione "${item.code}" compare due volte`);
    seen.add(item.code);
    for (const comune of item.conferring_comuni ?? []) {
      if (!members.has(comune))
        problems.push(`functions.${index}.conferring_comuni: "${comune}" non è un Comune dell'Unione`);
    }
  });
  const deliverables = record.deliverables.map((item) => item.id);
  deliverables.forEach((id, index) => {
    if (deliverables.indexOf(id) !== index)
      problems.push(`deliverables.${index}.id: il documento "${id}" compare due volte`);
  });
  return problems;
}

export function validateRecord(input: unknown, catalog: FunctionCatalog): RecordValidation {
  const parsed = parseUnioneRecord(input);
  if (!parsed.ok)
    return { ok: false, problems: parsed.issues.map((issue) => `${issue.path || "scheda"}: ${issue.message}`) };
  const problems = referenceProblems(parsed.record, catalog);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record: parsed.record };
}
