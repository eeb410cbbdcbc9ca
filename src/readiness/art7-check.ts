/**
 * L.R. 21/2012 art. 7 c.3: ICT plus at least N of the 7 listed functions, reported on its own with its own next
 * step. A function whose tests wait only on unknown facts is "da verificare", never "assente"; the verdict is
 * da_verificare while the missing facts could still make the requirement met. Suggestions name only functions of
 * art. 7 c.3, the closest to counting first, and only as many as the requirement still needs.
 */
import { italianList } from "../core/italian-format.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import { renderMessage } from "./message-template.js";
import type { Art7Verdict, FunctionPlan } from "./report-types.js";
import type { ReadinessRules } from "./rules-schema.js";
import { distanceToCounting } from "./work-plan.js";

/** A function of art. 7 c.3 that does not count yet, with a short hint of where it stands. */
export interface Art7Candidate {
  code: string;
  name: string;
  hint: string;
  distance: number;
}

const stateHints: Record<string, string> = {
  attiva: "attiva ma non conta",
  pianificata: "pianificata",
  proposta: "proposta",
  cessata: "cessata",
};

function hintOf(plan: FunctionPlan): string {
  if (plan.outcome === "da_verificare") return `${plan.state} ma con dati da verificare`;
  return stateHints[plan.state] ?? plan.state;
}

/** Non-counting functions of art. 7 c.3 (`kind`), closest first; those not in the record last ("da conferire"). */
export function art7Candidates(
  plans: FunctionPlan[],
  catalog: FunctionCatalog,
  kind: "ict" | "elenco" | "any" = "any",
): Art7Candidate[] {
  const wanted = catalog.list().filter((info) => info.art7 !== null && (kind === "any" || info.art7 === kind));
  const inRecord = wanted.flatMap((info) => {
    const plan = plans.find((item) => item.id === info.code);
    if (!plan || plan.outcome === "conta") return [];
    return [{ code: info.code, name: info.name, hint: hintOf(plan), distance: distanceToCounting(plan) }];
  });
  const absent = wanted
    .filter((info) => !plans.some((item) => item.id === info.code))
    .map((info) => ({ code: info.code, name: info.name, hint: "da conferire", distance: 100 }));
  // Among equals ICT first: it is required by art. 7 c.3 on its own.
  const ictFirst = (candidate: Art7Candidate) => (catalog.get(candidate.code)?.art7 === "ict" ? 0 : 1);
  const sorted = inRecord.sort((left, right) => left.distance - right.distance || ictFirst(left) - ictFirst(right));
  return [...sorted, ...absent];
}

/** "Polizia locale (pianificata)"; a name already ending in ")" takes the hint inside: "… (ICT, pianificata)". */
export function nameWithHint(name: string, hint: string): string {
  return name.endsWith(")") ? `${name.slice(0, -1)}, ${hint})` : `${name} (${hint})`;
}

export function describeCandidates(candidates: Art7Candidate[]): string {
  return italianList(candidates.map((candidate) => nameWithHint(candidate.name, candidate.hint)));
}

function needPhrase(count: number, others: boolean): string {
  if (count === 1) return others ? "almeno un'altra delle 7 funzioni elencate" : "almeno una delle 7 funzioni elencate";
  return others ? `almeno altre ${count} delle 7 funzioni elencate` : `almeno ${count} delle 7 funzioni elencate`;
}

function ictStatusOf(plans: FunctionPlan[], catalog: FunctionCatalog): { plan: FunctionPlan | null; label: string } {
  const plan = plans.find((item) => catalog.get(item.id)?.art7 === "ict") ?? null;
  if (!plan) return { plan, label: "assente" };
  if (plan.outcome === "conta") return { plan, label: "conta" };
  return { plan, label: hintOf(plan) };
}

export function checkArt7(plans: FunctionPlan[], rules: ReadinessRules, catalog: FunctionCatalog): Art7Verdict {
  const rule = rules.unione_rules.art7;
  const listedPlans = plans.filter((plan) => catalog.get(plan.id)?.art7 === "elenco");
  const listed = listedPlans.filter((plan) => plan.outcome === "conta").map((plan) => plan.id);
  const pendingListed = listedPlans.filter((plan) => plan.outcome === "da_verificare");
  const ict = ictStatusOf(plans, catalog);
  const ictCounts = ict.plan?.outcome === "conta";
  const ictPending = ict.plan?.outcome === "da_verificare";
  const pending = [...(ictPending && ict.plan ? [ict.plan.name] : []), ...pendingListed.map((plan) => plan.name)];
  const satisfied = ictCounts && listed.length >= rule.min_listed;
  const couldBe = (ictCounts || ictPending) && listed.length + pendingListed.length >= rule.min_listed;
  const status = satisfied ? "rispettato" : couldBe ? "da_verificare" : "non_rispettato";
  const missing = Math.max(0, rule.min_listed - listed.length - pendingListed.length);
  const candidate = candidatePhrase(plans, catalog, !ictCounts && !ictPending, missing, listed.length > 0);
  const variables = {
    elencate: String(listed.length),
    minimo: String(rule.min_listed),
    ict: ict.label,
    da_verificare: italianList(pending),
    mancanti: String(missing),
    candidate,
  };
  const key = status === "rispettato" ? "soddisfatta" : status === "da_verificare" ? "da_verificare" : "fallita";
  const template = rule.messages[key] ?? rule.messages.fallita;
  const actionTemplate = status === "rispettato" ? undefined : rule.actions[key === "soddisfatta" ? "fallita" : key];
  return {
    satisfied,
    ict: ictCounts,
    listed,
    message: `${renderMessage(template, variables)} (${rule.source})`,
    status,
    ictStatus: ict.label,
    pending,
    action: actionTemplate ? renderMessage(actionTemplate, variables) : null,
    source: rule.source,
  };
}

/** "la funzione ICT (pianificata) e almeno altre 2 delle 7 funzioni elencate, a partire da …". */
function candidatePhrase(
  plans: FunctionPlan[],
  catalog: FunctionCatalog,
  ictNeeded: boolean,
  listedNeeded: number,
  others: boolean,
): string {
  const parts: string[] = [];
  if (ictNeeded) {
    const ict = art7Candidates(plans, catalog, "ict")[0];
    if (ict) parts.push(`la funzione ${nameWithHint(ict.name, ict.hint)}`);
  }
  if (listedNeeded > 0) {
    const closest = art7Candidates(plans, catalog, "elenco").slice(0, listedNeeded);
    const from = closest.length > 0 ? `, a partire da ${describeCandidates(closest)}` : "";
    parts.push(`${needPhrase(listedNeeded, others)}${from}`);
  }
  return italianList(parts);
}
