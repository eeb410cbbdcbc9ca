/**
 * The facts one act proves, read by rules over its structure. Only deliberations count, and only their
 * dispositivo: a member Comune's Consiglio (or a commissario with its powers) confers, revokes or votes the
 * statute; the Unione's Giunta or Consiglio approves programme documents, its Consiglio changes the statute.
 * A Giunta act of a Comune, an act of a Comune that is not a member, and anyone else's act prove nothing here.
 */
import type { UnioneRecord } from "../knowledge/record-schema.js";
import { issuerOf } from "./act-issuer.js";
import { conferralFindings } from "./conferral-findings.js";
import { decisionClauses } from "./decision-clauses.js";
import type { Finding } from "./finding.js";
import type { FunctionLexicon } from "./function-lexicon.js";
import { deliverableFindings, statuteFindings } from "./statute-findings.js";
import type { ReadAct } from "./unione-acts.js";

const councils = new Set(["consiglio", "commissario"]);

export function extractByRules(act: ReadAct, record: UnioneRecord, lexicon: FunctionLexicon): Finding[] {
  if (act.info.type !== "delibera") return [];
  const issuer = issuerOf(act, record);
  if (issuer.kind === "altro") return [];
  const clauses = decisionClauses(act);
  if (clauses.length === 0) return [];
  const organ = act.info.organ ?? "";
  const certainty = act.info.sources.number === "testo" && act.info.sources.date === "testo" ? 1 : 0.85;
  if (issuer.kind === "comune") {
    if (!councils.has(organ)) return [];
    return [
      ...conferralFindings(clauses, { act, record, comune: issuer.comune, lexicon, certainty }),
      ...statuteFindings(act, clauses, record.id, issuer.comune.id, certainty),
    ];
  }
  if (organ !== "giunta" && organ !== "consiglio") return [];
  const statute = organ === "consiglio" ? statuteFindings(act, clauses, record.id, null, certainty) : [];
  return [...deliverableFindings(act, clauses, certainty), ...statute];
}
