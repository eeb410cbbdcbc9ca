/** The readiness report; `toStatusJson` in this folder prints exactly the `status --json` contract. */
import type { FactSource } from "./fact-sources.js";

export interface FunctionVerdict {
  /** Function code from the catalogue (knowledge/rules/functions.yaml). */
  id: string;
  name: string;
  counts: boolean;
  /** Italian reasons, each naming its article, e.g. "Non conferita da Goro (L.R. 21/2012 art. 24 c.2)". */
  reasons: string[];
}

/** conta: passes every test; non_conta: fails on a known fact; da_verificare: fails only on unknown facts. */
export type FunctionOutcome = "conta" | "non_conta" | "da_verificare";

/** Facts to collect for a function, grouped by whom to ask: `comuni` names the Comuni, empty means the Unione. */
export interface CollectGroup {
  facts: string[];
  comuni: string[];
}

/** One line of the work plan: a function's verdict, the actions on known facts, the facts still to collect. */
export interface FunctionPlan {
  id: string;
  name: string;
  state: string;
  outcome: FunctionOutcome;
  /** Start date (active) or planned date (not yet active), ISO; null when unknown. */
  date: string | null;
  /** What to do about the tests that failed on known facts (deduplicated, in rule order). */
  actions: string[];
  /** Facts that are null in the record, grouped by whom to ask. */
  collect: CollectGroup[];
  /** True for ICT and the 7 functions of L.R. 21/2012 art. 7 c.3. */
  art7: boolean;
  /** The known facts, each with the act it rests on (null: only declared). */
  facts?: FactSource[];
}

/** The art. 7 c.3 test (ICT plus at least N of the 7), reported on its own with its own next step. */
export interface Art7Verdict {
  satisfied: boolean;
  /** ICT counts. */
  ict: boolean;
  /** Codes of the 7 listed functions that count. */
  listed: string[];
  message: string;
  /** rispettato | non_rispettato | da_verificare (unknown facts could still make it satisfied). */
  status: "rispettato" | "non_rispettato" | "da_verificare";
  /** "conta", "attiva ma con dati da verificare", "pianificata", "assente", … */
  ictStatus: string;
  /** Names of the art. 7 functions whose verdict waits only on unknown facts. */
  pending: string[];
  action: string | null;
  source: string;
}

/** A date or window of the programme in force, with its distance from the evaluation day. */
export interface ProgrammeDate {
  label: string;
  from: string | null;
  to: string;
  /** Days from the evaluation day to `to` (negative when past). */
  daysToEnd: number;
}

/** The regional programme (PRT) in force on the evaluation day, from knowledge/rules/readiness.yaml. */
export interface ProgrammeInForce {
  id: string;
  name: string;
  act: string;
  source: string;
  from: string;
  to: string;
  daysToEnd: number;
  confidence: string;
  dates: ProgrammeDate[];
}

export interface DeliverableVerdict {
  id: string;
  name: string;
  /** "approvato" | "in_corso" | "da_avviare" | "non_noto". */
  status: string;
  /** The next step when not approved (not in the JSON contract's deliverables). */
  action?: string;
  /** The act the approval rests on, when the record keeps it as proof (not in the JSON contract's deliverables). */
  act?: string;
}

export interface Gap {
  /** Rule id from knowledge/rules (e.g. "art24-c2-conferimento-tutti"). */
  rule: string;
  /** The article or act, e.g. "L.R. 21/2012 art. 24 c.2". */
  source: string;
  message: string;
  /** Next action in Italian, e.g. "Far deliberare il conferimento al Comune di Goro". */
  action?: string;
  /** Set when the gap is an unknown fact: what to collect (not in the JSON contract's gaps). */
  fact?: string;
}

export interface StatusReport {
  unione: { id: string; name: string; example?: boolean };
  ready: boolean;
  functions: FunctionVerdict[];
  counted: number;
  required: number;
  /** The art. 7 c.3 test (ICT plus at least 3 of the 7), reported on its own. */
  art7?: Art7Verdict;
  /** Names of the member Comuni (the work plan says "da ciascuno dei N Comuni aderenti"). */
  members?: string[];
  /** The work plan, one entry per function of the record. */
  plan?: FunctionPlan[];
  /** The gaps of the Unione as a whole other than the documents (the Giunta), for the work plan. */
  unioneGaps?: Gap[];
  /** The Unione's own known facts (Giunta, duration) with the act each rests on. */
  unioneFacts?: FactSource[];
  /** The PRT in force on the evaluation day; null when the rules list none for that day. */
  programmeInForce?: ProgrammeInForce | null;
  category?: { id: string; name: string; note?: string };
  deliverables: DeliverableVerdict[];
  gaps: Gap[];
  deadline: string | null;
  daysToDeadline?: number | null;
  as_of: string;
  /** The programme whose deadline and deliverables apply, e.g. "Programma change manager 2023". */
  programme?: { name: string; source: string };
  /** The day the report was computed (YYYY-MM-DD). */
  evaluatedOn?: string;
}
