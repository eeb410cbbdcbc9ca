/** The readiness report; `toStatusJson` in this folder prints exactly the `status --json` contract. */

export interface FunctionVerdict {
  /** Function code from the catalogue (knowledge/rules/functions.yaml). */
  id: string;
  name: string;
  counts: boolean;
  /** Italian reasons, each naming its article, e.g. "Non conferita da Goro (L.R. 21/2012 art. 24 c.2)". */
  reasons: string[];
}

export interface DeliverableVerdict {
  id: string;
  name: string;
  /** "approvato" | "in_corso" | "da_avviare" | "non_noto". */
  status: string;
}

export interface Gap {
  /** Rule id from knowledge/rules (e.g. "art24-c2-conferimento-tutti"). */
  rule: string;
  /** The article or act, e.g. "L.R. 21/2012 art. 24 c.2". */
  source: string;
  message: string;
  /** Next action in Italian, e.g. "Far deliberare il conferimento al Comune di Goro". */
  action?: string;
}

export interface StatusReport {
  unione: { id: string; name: string; example?: boolean };
  ready: boolean;
  functions: FunctionVerdict[];
  counted: number;
  required: number;
  /** The art. 7 c.3 test (ICT plus at least 3 of the 7), reported on its own. */
  art7?: { satisfied: boolean; ict: boolean; listed: string[]; message: string };
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
