/**
 * Keeps the act that proves a field on the record itself, beside the value it proves: a function's `acts`, a
 * programme document's `act`, the Unione's own `acts`. The same act proving several fields is kept once, naming
 * each field, so the status can tell facts resting on an act from facts only declared.
 */
import type { Act, UnioneRecord } from "../knowledge/record-schema.js";

export type EvidenceTarget =
  | { kind: "function"; object: { acts: Act[] } }
  | { kind: "deliverable"; object: { act: Act | null } }
  | { kind: "unione"; object: UnioneRecord }
  | { kind: "comune" };

/** Same act: same organ, kind, number, date and Comune (the title and the document may be worded differently). */
export function sameAct(left: Act, right: Act): boolean {
  return (
    left.organ === right.organ &&
    left.type === right.type &&
    left.number === right.number &&
    left.date === right.date &&
    left.comune === right.comune
  );
}

function withField(act: Act, field: string): Act {
  // Records stored before acts named their fields lack the list.
  const fields = act.fields ?? [];
  return fields.includes(field) ? act : { ...act, fields: [...fields, field] };
}

/** Adds `field` to the act in `acts` (or the act itself); returns the new list and whether it changed. */
function merged(acts: readonly Act[], evidence: Act, field: string): { acts: Act[]; changed: boolean } {
  const index = acts.findIndex((act) => sameAct(act, evidence));
  if (index < 0) return { acts: [...acts, withField({ ...evidence, fields: [] }, field)], changed: true };
  const updated = withField(acts[index]!, field);
  if (updated === acts[index]) return { acts: [...acts], changed: false };
  return { acts: acts.map((act, position) => (position === index ? updated : act)), changed: true };
}

/** Records `evidence` as the proof of `field` on the target; true when the record changed. */
export function attachEvidence(target: EvidenceTarget, evidence: Act, field: string): boolean {
  if (target.kind === "comune") return false;
  if (target.kind === "deliverable") {
    const current = target.object.act;
    if (current && sameAct(current, evidence)) {
      const next = withField(current, field);
      if (next === current) return false;
      target.object.act = next;
      return true;
    }
    target.object.act = { ...evidence, fields: [field] };
    return true;
  }
  // Records stored before the Unione kept its own acts lack the list.
  const holder = target.object as { acts?: Act[] };
  const result = merged(holder.acts ?? [], evidence, field);
  if (result.changed) holder.acts = result.acts;
  return result.changed;
}
