/**
 * Applies one typed update ("protezione-civile state attiva") to a copy of a record. The target is a function
 * (matched loosely through the catalogue), a deliverable, a member Comune, or null for the Unione itself.
 * Nothing is stored here: the store validates the result and writes it with its audit entry.
 */
import { UnioneError } from "../core/errors.js";
import { matchName, normalizeName } from "../core/fuzzy-match.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import {
  type Act,
  deliverableIdSchema,
  deliverableSchema,
  functionRecordSchema,
  type UnioneRecord,
} from "../knowledge/record-schema.js";
import { attachEvidence, type EvidenceTarget } from "./attach-evidence.js";
import type { RecordUpdate } from "./records-service.js";
import { type FieldSpec, fieldNames, findField, parseFieldValue, type TargetKind } from "./update-fields.js";
import type { FieldValue } from "./update-values.js";

export interface AppliedUpdate {
  record: UnioneRecord;
  /** The resolved target: function code, deliverable id, Comune id, or null for the Unione. */
  target: string | null;
  field: string;
  oldValue: FieldValue;
  newValue: FieldValue;
  /** True when the update's act was added to the record as the proof of the field (even if the value was known). */
  evidenceAdded: boolean;
}

interface ResolvedTarget {
  kind: TargetKind;
  id: string | null;
  /** The object inside `record` that the field belongs to; null when it must be created. */
  object: Record<string, unknown> | null;
}

const deliverableIds = deliverableIdSchema.options;

function resolveTarget(record: UnioneRecord, typed: string | null, catalog: FunctionCatalog): ResolvedTarget {
  if (typed === null || typed.trim() === "" || normalizeName(typed) === "unione")
    return { kind: "unione", id: null, object: record };
  const key = typed.trim().toLowerCase();
  const deliverable =
    deliverableIds.find((id) => id === key) ??
    matchName(
      typed,
      deliverableIds.map((id) => ({ value: id, names: [id] })),
    );
  const exactFunction = catalog.get(key);
  const exactComune = record.comuni.find((comune) => comune.id === key);
  if (exactFunction) return functionTarget(record, exactFunction.code);
  if (deliverableIds.includes(key as never)) return deliverableTarget(record, key);
  if (exactComune) return { kind: "comune", id: exactComune.id, object: exactComune };
  const looseFunction = catalog.resolve(typed);
  if (looseFunction) return functionTarget(record, looseFunction.code);
  if (deliverable) return deliverableTarget(record, deliverable);
  const comune = matchName(
    typed,
    record.comuni.map((item) => ({ value: item, names: [item.id, item.name] })),
  );
  if (comune) return { kind: "comune", id: comune.id, object: comune };
  throw new UnioneError(
    "INVALID_INPUT",
    `Non riconosco "${typed}": indica una funzione del catalogo (es. polizia-locale), un documento (${deliverableIds.join(", ")}) o un Comune dell'Unione. Nessuna modifica salvata.`,
    { detail: `destinatario della modifica sconosciuto: ${typed}` },
  );
}

function functionTarget(record: UnioneRecord, code: string): ResolvedTarget {
  return {
    kind: "function",
    id: code,
    object: (record.functions.find((item) => item.code === code) as Record<string, unknown> | undefined) ?? null,
  };
}

function deliverableTarget(record: UnioneRecord, id: string): ResolvedTarget {
  return {
    kind: "deliverable",
    id,
    object: (record.deliverables.find((item) => item.id === id) as Record<string, unknown> | undefined) ?? null,
  };
}

/** Creates a missing function (only by setting its state) or deliverable entry with schema defaults. */
function createTarget(
  record: UnioneRecord,
  target: ResolvedTarget,
  spec: FieldSpec,
  value: FieldValue,
): Record<string, unknown> {
  if (target.kind === "function") {
    if (spec.name !== "state" || typeof value !== "string") {
      throw new UnioneError(
        "INVALID_INPUT",
        `La funzione ${target.id} non è nella scheda: imposta prima il suo stato (es. "${target.id} state pianificata"). Nessuna modifica salvata.`,
      );
    }
    const created = functionRecordSchema.parse({ code: target.id, state: value });
    record.functions.push(created);
    return created as Record<string, unknown>;
  }
  const created = deliverableSchema.parse({ id: target.id });
  record.deliverables.push(created);
  return created as Record<string, unknown>;
}

function readPath(object: Record<string, unknown>, path: string[]): FieldValue {
  let current: unknown = object;
  for (const key of path) current = (current as Record<string, unknown> | null)?.[key];
  return (current ?? null) as FieldValue;
}

function writePath(object: Record<string, unknown>, path: string[], value: FieldValue): void {
  let current = object;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string, unknown>;
  current[path[path.length - 1]!] = value;
}

/** "add"/"remove" on a list of Comuni: the typed ones joined to, or taken from, the list (kept in member order). */
function combined(
  record: UnioneRecord,
  oldValue: FieldValue,
  typed: FieldValue,
  mode: RecordUpdate["mode"],
): FieldValue {
  if (!mode || !Array.isArray(typed)) return typed;
  if (mode === "remove" && oldValue === null) return null;
  const before = Array.isArray(oldValue) ? oldValue : [];
  const kept = mode === "add" ? new Set([...before, ...typed]) : new Set(before.filter((id) => !typed.includes(id)));
  return record.comuni.map((comune) => comune.id).filter((id) => kept.has(id));
}

function evidenceTarget(record: UnioneRecord, target: ResolvedTarget, object: Record<string, unknown>): EvidenceTarget {
  if (target.kind === "function") return { kind: "function", object: object as { acts: Act[] } };
  if (target.kind === "deliverable") return { kind: "deliverable", object: object as { act: Act | null } };
  if (target.kind === "unione") return { kind: "unione", object: record };
  return { kind: "comune" };
}

export function applyUpdate(
  original: UnioneRecord,
  update: Pick<RecordUpdate, "target" | "field" | "value" | "evidence" | "mode">,
  catalog: FunctionCatalog,
): AppliedUpdate {
  const record = structuredClone(original);
  const target = resolveTarget(record, update.target, catalog);
  const spec = findField(target.kind, update.field);
  if (!spec) {
    throw new UnioneError(
      "INVALID_INPUT",
      `Campo "${update.field}" non modificabile qui. Campi ammessi: ${fieldNames(target.kind).join(", ")}. Nessuna modifica salvata.`,
      {
        detail: `campo ${update.field} sconosciuto per ${target.kind}`,
      },
    );
  }
  const typed = parseFieldValue(spec, update.value, record.comuni);
  const object = target.object ?? createTarget(record, target, spec, typed);
  const oldValue = target.object ? readPath(object, spec.path) : null;
  const newValue = combined(record, oldValue, typed, update.mode);
  writePath(object, spec.path, newValue);
  const evidenceAdded = update.evidence
    ? attachEvidence(evidenceTarget(record, target, object), update.evidence, spec.name)
    : false;
  return { record, target: target.id, field: spec.name, oldValue, newValue, evidenceAdded };
}
