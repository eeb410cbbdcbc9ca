/**
 * The per-function tests of L.R. 21/2012 art. 24 and art. 19, driven by the rules file. A fact that is unknown
 * (null in the record) never satisfies a test: it fails with "dato non disponibile: da verificare".
 */
import { formatDate } from "../core/italian-format.js";
import { recordActLabel } from "../knowledge/record-act-label.js";
import type { ComuneRecord, FunctionRecord, UnioneRecord } from "../knowledge/record-schema.js";
import { renderMessage } from "./message-template.js";
import type { ConferralException, FunctionRule, ReadinessRules } from "./rules-schema.js";

/** A failed test: what is wrong, under which article, and what to do next. */
export interface Failure {
  rule: string;
  source: string;
  message: string;
  action: string;
  /**
   * Set when the test failed only because a fact is unknown (null in the record): the fact to collect, whom to
   * ask (each member Comune, or the Unione's convention and acts) and, when only some Comuni hold it, which ones.
   */
  unknown?: { fact: string; ask: "comuni" | "unione"; comuni?: string[] };
}

export interface CheckOutcome {
  failures: Failure[];
  /** Exceptions applied (e.g. art. 24 c.4-quater), already carrying their source. */
  notes: string[];
}

export interface FunctionContext {
  record: UnioneRecord;
  rules: ReadinessRules;
  functionName: string;
  /** Today as YYYY-MM-DD. */
  today: string;
}

const passed: CheckOutcome = { failures: [], notes: [] };

export function unknownFailure(
  rules: ReadinessRules,
  rule: { id: string; name: string; source: string; fact?: string | undefined; ask?: "comuni" | "unione" },
  subject: string,
  comuni?: string[],
): Failure {
  const variables = { oggetto: subject, regola: rule.name };
  return {
    rule: rule.id,
    source: rule.source,
    message: renderMessage(rules.unknown.message, variables),
    action: renderMessage(rules.unknown.action, variables),
    unknown: { fact: rule.fact ?? rule.name, ask: rule.ask ?? "comuni", ...(comuni ? { comuni } : {}) },
  };
}

function failure(rule: FunctionRule, key: string, variables: Record<string, string>): Failure {
  const messages = rule.messages as Record<string, string>;
  const actions = rule.actions as Record<string, string>;
  return {
    rule: rule.id,
    source: rule.source,
    message: renderMessage(messages[key] ?? "", variables),
    action: renderMessage(actions[key] ?? "", variables),
  };
}

function single(result: Failure | null): CheckOutcome {
  return result ? { failures: [result], notes: [] } : passed;
}

function checkStart(rule: FunctionRule, item: FunctionRecord, context: FunctionContext): CheckOutcome {
  const funzione = context.functionName;
  if (item.state === "attiva") {
    if (item.start_date === null) return single(unknownFailure(context.rules, rule, funzione));
    if (item.start_date > context.today)
      return single(failure(rule, "futura", { funzione, data: formatDate(item.start_date) }));
    return passed;
  }
  return single(failure(rule, item.state, { funzione, data: plannedPhrase(item.planned_date, context.today) }));
}

/** "avvio previsto il 31/12/2026", "data di avvio prevista non indicata", or a passed date flagged as such. */
export function plannedPhrase(planned: string | null, today: string): string {
  if (planned === null) return "data di avvio prevista non indicata";
  const passed = planned < today ? ", data già passata: aggiornare la scheda" : "";
  return `avvio previsto il ${formatDate(planned)}${passed}`;
}

/** Whether a Comune that did not confer is excused, on `today`, by one of the exceptions of the rules file. */
export function conferralException(
  comune: ComuneRecord,
  exceptions: ConferralException[],
  today: string,
): { exception: ConferralException; state: "applies" | "expired" | "unknown" } | null {
  const exception = exceptions.find((item) => item.comune_status === comune.status);
  if (!exception) return null;
  if (comune.status_until === null) return { exception, state: exception.requires_until ? "unknown" : "applies" };
  return { exception, state: comune.status_until >= today ? "applies" : "expired" };
}

function checkConferral(
  rule: Extract<FunctionRule, { check: "conferimento_tutti" }>,
  item: FunctionRecord,
  context: FunctionContext,
): CheckOutcome {
  const funzione = context.functionName;
  if (item.conferring_comuni === null) return single(unknownFailure(context.rules, rule, funzione));
  const outcome: CheckOutcome = { failures: [], notes: [] };
  for (const comune of context.record.comuni.filter((member) => !item.conferring_comuni!.includes(member.id))) {
    const excused = conferralException(comune, rule.exceptions, context.today);
    if (excused?.state === "applies") {
      const data = comune.status_until ? formatDate(comune.status_until) : "";
      outcome.notes.push(
        `${renderMessage(excused.exception.message, { funzione, comune: comune.name, data })} (${excused.exception.source})`,
      );
    } else if (excused?.state === "unknown") {
      const subject = `${funzione}, Comune di ${comune.name}`;
      const name = `${rule.name}: fine del primo mandato non indicata per l'eccezione ${excused.exception.source}`;
      const fact = "fine del primo mandato (Comune nato da fusione)";
      outcome.failures.push(unknownFailure(context.rules, { ...rule, name, fact }, subject, [comune.name]));
    } else {
      outcome.failures.push(
        awaitingAct(failure(rule, "fallita", { funzione, comune: comune.name }), item, comune, context),
      );
    }
  }
  return outcome;
}

/**
 * Once conferrals rest on acts, the gap about a Comune says which act is still awaited from that Comune: "…non è
 * conferita dal Comune di Mesola: atto atteso, la delibera di conferimento del Consiglio comunale di Mesola"; for a
 * Comune that withdrew, the act of its withdrawal. It never cites another Comune's act: the acts already in are
 * listed under the function, each with its own Comune.
 */
function awaitingAct(result: Failure, item: FunctionRecord, comune: ComuneRecord, context: FunctionContext): Failure {
  const conferralActs = (item.acts ?? []).filter((act) => (act.fields ?? []).includes("conferring_comuni"));
  const withdrawal = conferralActs.find((act) => act.comune === comune.id);
  if (withdrawal)
    return {
      ...result,
      message: `${result.message}: recesso deliberato con ${recordActLabel(withdrawal, context.record)}`,
    };
  const conferring = item.conferring_comuni ?? [];
  if (!conferralActs.some((act) => act.comune !== null && conferring.includes(act.comune))) return result;
  return {
    ...result,
    message: `${result.message}: atto atteso, la delibera di conferimento del Consiglio comunale di ${comune.name}`,
  };
}

function checkFlag(rule: FunctionRule, value: boolean | null, context: FunctionContext): CheckOutcome {
  if (value === null) return single(unknownFailure(context.rules, rule, context.functionName));
  return value ? passed : single(failure(rule, "fallita", { funzione: context.functionName }));
}

function checkDuration(
  rule: Extract<FunctionRule, { check: "durata" }>,
  item: FunctionRecord,
  context: FunctionContext,
): CheckOutcome {
  if (item.open_ended) return passed;
  if (item.duration_years === null) return single(unknownFailure(context.rules, rule, context.functionName));
  if (item.duration_years >= rule.min_years) return passed;
  return single(
    failure(rule, "fallita", {
      funzione: context.functionName,
      anni: String(item.duration_years),
      minimo: String(rule.min_years),
    }),
  );
}

/** Runs one rule on one function of the record. */
export function runFunctionRule(rule: FunctionRule, item: FunctionRecord, context: FunctionContext): CheckOutcome {
  if (!rule.enabled) return passed;
  switch (rule.check) {
    case "avvio":
      return checkStart(rule, item, context);
    case "conferimento_tutti":
      return checkConferral(rule, item, context);
    case "integrale":
      return checkFlag(rule, item.integral, context);
    case "personale":
      return checkFlag(rule, item.staff_transferred, context);
    case "risorse":
      return checkFlag(rule, item.resources_transferred, context);
    case "durata":
      return checkDuration(rule, item, context);
  }
}
