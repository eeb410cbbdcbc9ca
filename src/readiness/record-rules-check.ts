/**
 * The legal tests of `unione check` on the records: the rules file (knowledge/rules/readiness.yaml) run by the
 * same code as the readiness report, on the same day. The reference date is the evaluation day, `today`, for
 * both: `unione status` and `unione check` run on one day never disagree (an exception that lapsed yesterday
 * fails in both). The check judges only the facts a record states: an unknown conferral or duration is left
 * to the status report, which says "da verificare".
 */

import { toIsoDate } from "../core/italian-format.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { RecordFile } from "../knowledge/load-records.js";
import type { FunctionRecord, UnioneRecord } from "../knowledge/record-schema.js";
import type { KnowledgeCheck } from "../knowledge-check/knowledge-snapshot.js";
import { recordProblem, validRecords } from "../knowledge-check/problem.js";
import { type Failure, runFunctionRule } from "./function-checks.js";
import { loadReadinessRules } from "./rules.js";
import type { FunctionRule, ReadinessRules } from "./rules-schema.js";

/** The rules whose verdicts are errors in the data: a conferral that cannot count, a duration below the minimum. */
const judged = new Set<FunctionRule["check"]>(["conferimento_tutti", "durata"]);

function states(rule: FunctionRule, item: FunctionRecord): boolean {
  if (rule.check === "conferimento_tutti") return item.state !== "cessata" && item.conferring_comuni !== null;
  return item.duration_years !== null;
}

function problemOf(
  file: RecordFile,
  index: number,
  item: FunctionRecord,
  rule: FunctionRule,
  failure: Failure,
): CheckProblem {
  const detail = `${failure.message} (${failure.source})`;
  if (rule.check === "durata") {
    return recordProblem(file, ["functions", index, "duration_years"], `la funzione "${item.code}": ${detail}`);
  }
  // A planned function is still collecting the councils' deliberations: worth a reminder, not an error.
  const active = item.state === "attiva";
  const message = active
    ? `la funzione "${item.code}" è attiva ma non conta: ${detail}`
    : `la funzione "${item.code}" (${item.state}) non conterà finché: ${detail}`;
  return recordProblem(file, ["functions", index, "conferring_comuni"], message, active ? "error" : "warning");
}

function checkRecord(
  file: RecordFile,
  record: UnioneRecord,
  rules: ReadinessRules,
  names: Map<string, string>,
  today: string,
) {
  const problems: CheckProblem[] = [];
  for (const [index, item] of record.functions.entries()) {
    const context = { record, rules, functionName: names.get(item.code) ?? item.code, today };
    for (const rule of rules.function_rules.filter((candidate) => judged.has(candidate.check))) {
      if (!states(rule, item)) continue;
      for (const failure of runFunctionRule(rule, item, context).failures) {
        problems.push(problemOf(file, index, item, rule, failure));
      }
    }
  }
  return problems;
}

export const checkRecordRules: KnowledgeCheck = (snapshot) => {
  let rules: ReadinessRules;
  try {
    rules = loadReadinessRules(snapshot.knowledgeDir);
  } catch {
    // The rules-file check reports why the file is unusable; judging records by no rules would only add noise.
    return [];
  }
  const names = new Map(snapshot.catalog.functions.map((entry) => [entry.code, entry.name]));
  const today = toIsoDate(snapshot.today);
  return validRecords(snapshot.records).flatMap(({ file, record }) => checkRecord(file, record, rules, names, today));
};
