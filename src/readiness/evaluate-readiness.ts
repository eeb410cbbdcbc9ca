/**
 * The readiness engine: a pure function of (record, rules, catalogue, today).
 *
 * An Unione is READY when all of these hold (decided here, documented in readiness.yaml):
 *   1. the functions that count are at least the threshold (`required`, soglia_funzioni);
 *   2. the Giunta passes art. 24 c.5;
 *   3. every deliverable required for its type is approved;
 *   4. with `verdict.active_functions_must_count` (default true): every function already active passes every
 *      test, because an active function that breaks art. 24 must be put right even above the threshold.
 * Planned or proposed functions never block once the threshold is met. The art. 7 c.3 test is reported on its
 * own (`art7`) and does not decide readiness.
 *
 * Gaps are ordered by what unblocks the most: first the threshold (the headline), then the gaps that are
 * blocking readiness, and among those the ones whose unit is closest to done (the Giunta, a single deliverable,
 * the last failed test of a function) before the gaps of functions with many failed tests.
 */
import { daysBetween, toIsoDate } from "../core/italian-format.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import { art7Candidates, checkArt7, describeCandidates } from "./art7-check.js";
import { deliverableActLabel, unioneFactSources } from "./fact-sources.js";
import { type Failure, runFunctionRule } from "./function-checks.js";
import { programmeInForce } from "./programme-dates.js";
import type { DeliverableVerdict, FunctionPlan, FunctionVerdict, Gap, StatusReport } from "./report-types.js";
import type { ReadinessRules } from "./rules-schema.js";
import {
  categoryFor,
  checkDeliverables,
  checkGiunta,
  checkThreshold,
  deadlineFor,
  requiredFunctions,
} from "./unione-checks.js";
import { functionPlan } from "./work-plan.js";

interface FunctionEvaluation {
  verdict: FunctionVerdict;
  plan: FunctionPlan;
  failures: Failure[];
  /** True when this function's failures block readiness on their own (an active function, see above). */
  mustCount: boolean;
}

type GapKind = "threshold" | "giunta" | "function" | "deliverable";

interface RankedGap {
  gap: Gap;
  kind: GapKind;
  blocking: boolean;
  /** Failed tests of the same unit (function, Giunta, document): fewer means closer to unblocked. */
  unitFailures: number;
  index: number;
}

const kindOrder: Record<GapKind, number> = { threshold: 0, giunta: 1, function: 2, deliverable: 3 };

function evaluateFunctions(
  record: UnioneRecord,
  rules: ReadinessRules,
  catalog: FunctionCatalog,
  today: string,
): FunctionEvaluation[] {
  return record.functions.map((item) => {
    const info = catalog.get(item.code);
    const functionName = info?.name ?? item.code;
    const context = { record, rules, functionName, today };
    const outcomes = rules.function_rules.map((rule) => runFunctionRule(rule, item, context));
    const failures = [...unknownCodeFailures(item.code, catalog), ...outcomes.flatMap((outcome) => outcome.failures)];
    const notes = outcomes.flatMap((outcome) => outcome.notes);
    const reasons = [...failures.map((entry) => `${entry.message} (${entry.source})`), ...notes];
    const mustCount = rules.verdict.active_functions_must_count && item.state === "attiva";
    return {
      verdict: { id: item.code, name: functionName, counts: failures.length === 0, reasons },
      plan: functionPlan(item, info, failures, record),
      failures,
      mustCount,
    };
  });
}

/** A code outside the catalogue (a typo in the record) names no known function: it cannot count towards the threshold. */
function unknownCodeFailures(code: string, catalog: FunctionCatalog): Failure[] {
  if (catalog.get(code)) return [];
  return [
    {
      rule: "catalogo-funzioni",
      source: "catalogo delle funzioni (knowledge/rules/functions.yaml)",
      message: `Codice di funzione sconosciuto "${code}": non è nel catalogo, quindi non conta`,
      action: `Correggere il codice "${code}" nella scheda dell'Unione (vedi unione check)`,
    },
  ];
}

function toGap(failure: Failure): Gap {
  const gap: Gap = { rule: failure.rule, source: failure.source, message: failure.message, action: failure.action };
  return failure.unknown ? { ...gap, fact: failure.unknown.fact } : gap;
}

interface UnioneFailures {
  threshold: Failure[];
  giunta: Failure[];
  deliverables: Failure[];
}

function orderGaps(functions: FunctionEvaluation[], unione: UnioneFailures, belowThreshold: boolean): Gap[] {
  const ranked: RankedGap[] = [];
  const push = (failures: Failure[], kind: GapKind, blocking: boolean, unitFailures: number) => {
    for (const failure of failures)
      ranked.push({ gap: toGap(failure), kind, blocking, unitFailures, index: ranked.length });
  };
  push(unione.threshold, "threshold", true, 0);
  push(unione.giunta, "giunta", true, 1);
  for (const entry of functions)
    push(entry.failures, "function", belowThreshold || entry.mustCount, entry.failures.length);
  push(unione.deliverables, "deliverable", true, 1);
  return ranked
    .sort(
      (left, right) =>
        Number(left.kind !== "threshold") - Number(right.kind !== "threshold") ||
        Number(!left.blocking) - Number(!right.blocking) ||
        left.unitFailures - right.unitFailures ||
        kindOrder[left.kind] - kindOrder[right.kind] ||
        left.index - right.index,
    )
    .map((entry) => entry.gap);
}

/** Each approved document with the act its approval rests on, when the record keeps one. */
function withActs(verdicts: DeliverableVerdict[], record: UnioneRecord): DeliverableVerdict[] {
  return verdicts.map((verdict) => {
    const item = record.deliverables.find((entry) => entry.id === verdict.id);
    const act = item ? deliverableActLabel(item, record) : null;
    return act ? { ...verdict, act } : verdict;
  });
}

export function evaluateReadiness(
  record: UnioneRecord,
  rules: ReadinessRules,
  catalog: FunctionCatalog,
  today: Date,
): StatusReport {
  const todayIso = toIsoDate(today);
  const functions = evaluateFunctions(record, rules, catalog, todayIso);
  const counted = functions.filter((entry) => entry.verdict.counts).length;
  const required = requiredFunctions(rules);
  const deadline = deadlineFor(record, rules);
  const daysToDeadline = deadline === null ? null : daysBetween(todayIso, deadline);
  const deliverables = checkDeliverables(record, rules, daysToDeadline);
  const plans = functions.map((entry) => entry.plan);
  // Suggestions only among the functions of art. 7 c.3: bringing one of them up also helps that requirement.
  const missing = Math.max(0, required - counted);
  const candidates = describeCandidates(art7Candidates(plans, catalog).slice(0, missing));
  const unione = {
    threshold: checkThreshold(counted, candidates, rules),
    giunta: checkGiunta(record, rules),
    deliverables: deliverables.failures,
  };
  const activeOk = functions.every((entry) => !entry.mustCount || entry.verdict.counts);
  return {
    unione: { id: record.id, name: record.name, example: record.example },
    ready: counted >= required && unione.giunta.length === 0 && unione.deliverables.length === 0 && activeOk,
    functions: functions.map((entry) => entry.verdict),
    counted,
    required,
    art7: checkArt7(plans, rules, catalog),
    members: record.comuni.map((comune) => comune.name),
    plan: plans,
    unioneGaps: unione.giunta.map(toGap),
    unioneFacts: unioneFactSources(record),
    programmeInForce: programmeInForce(rules, todayIso),
    category: categoryFor(counted, rules),
    deliverables: withActs(deliverables.verdicts, record),
    gaps: orderGaps(functions, unione, counted < required),
    deadline,
    daysToDeadline,
    as_of: record.as_of,
    programme: { name: rules.deliverables.programme, source: rules.deliverables.source },
    evaluatedOn: todayIso,
  };
}
