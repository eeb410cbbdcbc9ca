/**
 * The data a transport needs to draw a data-entry form for one function, or for the programme documents, of one
 * Unione: current values, member Comuni, names. Transport-neutral: Slack draws a Block Kit modal from it.
 * The same access rule as saving applies here: a form never opens where it could not be saved.
 */

import { UnioneError } from "../core/errors.js";
import type { RequestContext } from "../core/types.js";
import type { DeliverableId, DeliverableRecord, FunctionRecord } from "../knowledge/record-schema.js";
import type { FormTarget } from "./command.js";
import { assertEditAllowed } from "./edit-access.js";
import { resolveUnione } from "./resolve-unione.js";
import type { RouterDeps } from "./router-deps.js";

export type { FormTarget };

interface FormUnione {
  id: string;
  name: string;
}

export interface FunctionFormData {
  kind: "function";
  unione: FormUnione;
  funzione: { code: string; name: string };
  members: { id: string; name: string }[];
  /** The function's entry in the record; null when the record has none yet. */
  current: FunctionRecord | null;
}

export interface DeliverablesFormData {
  kind: "deliverables";
  unione: FormUnione;
  deliverables: { id: DeliverableId; name: string; current: DeliverableRecord | null }[];
}

export type RecordFormData = FunctionFormData | DeliverablesFormData;

export function recordForm(
  deps: RouterDeps,
  request: { unione: string; target: FormTarget },
  context: RequestContext,
): RecordFormData {
  const record = resolveUnione(deps.records, request.unione, context.scope);
  assertEditAllowed(context, record.id, record.name);
  const unione = { id: record.id, name: record.name };
  if (request.target.kind === "function") {
    const info = deps.catalog.get(request.target.code) ?? deps.catalog.resolve(request.target.code);
    if (!info) throw new UnioneError("NOT_FOUND", `Non conosco la funzione "${request.target.code}".`);
    return {
      kind: "function",
      unione,
      funzione: { code: info.code, name: info.name },
      members: record.comuni.map((comune) => ({ id: comune.id, name: comune.name })),
      current: record.functions.find((item) => item.code === info.code) ?? null,
    };
  }
  // The documents the programme requires for this type of Unione, with their names, come from the readiness rules.
  const required = deps.status.status(record.id, deps.clock?.()).deliverables;
  return {
    kind: "deliverables",
    unione,
    deliverables: required.map((item) => ({
      id: item.id as DeliverableId,
      name: item.name,
      current: record.deliverables.find((entry) => entry.id === item.id) ?? null,
    })),
  };
}
