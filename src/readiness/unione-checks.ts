/**
 * The tests on the Unione as a whole: the Giunta (art. 24 c.5), the art. 7 c.3 set (reported on its own), the
 * roadmap threshold, the category and the change-manager deliverables with their deadline.
 */
import { formatDate } from "../core/italian-format.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import { type Failure, unknownFailure } from "./function-checks.js";
import { renderMessage } from "./message-template.js";
import type { DeliverableVerdict, StatusReport } from "./report-types.js";
import type { ReadinessRules } from "./rules-schema.js";

const compositionLabels: Record<string, string> = {
  sindaci: "i Sindaci",
  assessori_delegati: "un assessore delegato per Comune",
  altro: "altra composizione",
};

export function checkGiunta(record: UnioneRecord, rules: ReadinessRules): Failure[] {
  const rule = rules.unione_rules.giunta;
  if (!rule.enabled) return [];
  const composition = record.giunta.composition;
  if (composition === null) return [unknownFailure(rules, { ...rule, ask: "unione" }, "Unione")];
  if (rule.allowed.includes(composition)) return [];
  const variables = { composizione: compositionLabels[composition] ?? composition };
  return [
    {
      rule: rule.id,
      source: rule.source,
      message: renderMessage(rule.messages.fallita, variables),
      action: renderMessage(rule.actions.fallita, variables),
    },
  ];
}

export function categoryFor(counted: number, rules: ReadinessRules): NonNullable<StatusReport["category"]> {
  const categories = rules.unione_rules.categories;
  const level = [...categories.levels].reverse().find((item) => counted >= item.min_functions) ?? categories.below;
  return categories.note
    ? { id: level.id, name: level.name, note: categories.note }
    : { id: level.id, name: level.name };
}

/** The threshold gap, naming the functions of art. 7 c.3 closest to counting (`candidates`, already worded). */
export function checkThreshold(counted: number, candidates: string, rules: ReadinessRules): Failure[] {
  const rule = rules.unione_rules.threshold;
  if (!rule.enabled || counted >= rule.min_functions) return [];
  const missing = rule.min_functions - counted;
  const variables = {
    contate: String(counted),
    minimo: String(rule.min_functions),
    mancanti: String(missing),
    candidate: candidates || "nessuna funzione dell'art. 7 c.3 disponibile",
  };
  return [
    {
      rule: rule.id,
      source: rule.source,
      message: renderMessage(rule.messages.fallita, variables),
      action: renderMessage(rule.actions.fallita, variables),
    },
  ];
}

export function requiredFunctions(rules: ReadinessRules): number {
  return rules.unione_rules.threshold.enabled ? rules.unione_rules.threshold.min_functions : 0;
}

/** The deadline for this type of Unione: its own when set, else the programme's. */
export function deadlineFor(record: UnioneRecord, rules: ReadinessRules): string | null {
  const own = rules.deliverables.required_by_type[record.type].deadline;
  return own === undefined ? rules.deliverables.deadline : own;
}

export function checkDeliverables(
  record: UnioneRecord,
  rules: ReadinessRules,
  daysToDeadline: number | null,
): { verdicts: DeliverableVerdict[]; failures: Failure[] } {
  const rule = rules.deliverables;
  if (!rule.enabled) return { verdicts: [], failures: [] };
  const deadline = deadlineFor(record, rules);
  const scadenza =
    deadline === null
      ? "non fissata"
      : `${formatDate(deadline)}${daysToDeadline !== null && daysToDeadline < 0 ? " (scadenza superata)" : ""}`;
  const verdicts: DeliverableVerdict[] = [];
  const failures: Failure[] = [];
  for (const id of rule.required_by_type[record.type].documents) {
    const name = rule.names[id] ?? id;
    const status = record.deliverables.find((item) => item.id === id)?.state ?? "non_noto";
    if (status === "approvato") {
      verdicts.push({ id, name, status });
      continue;
    }
    const variables = { documento: name, scadenza };
    const action = renderMessage(rule.actions[status], variables);
    verdicts.push({ id, name, status, action });
    failures.push({
      rule: rule.id,
      source: rule.source,
      message: renderMessage(rule.messages[status], variables),
      action,
    });
  }
  return { verdicts, failures };
}
