/**
 * An active function must be conferred by every member Comune (L.R. 21/2012 art. 24 c.2), except Comuni in a
 * fusion procedure (c.4-bis), born from a fusion during their first term (c.4-ter) or under a commissario
 * (c.4-quater). Unknown conferrals (null) are left to the readiness report, which says "da verificare".
 */
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { ComuneRecord } from "../knowledge/record-schema.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";
import { recordProblem, validRecords } from "./problem.js";

/** True when the Comune may stay out at `asOf` under art. 24 c.4-bis/ter/quater. */
export function hasConferralException(comune: ComuneRecord, asOf: string): boolean {
  const stillValid = comune.status_until === null || comune.status_until >= asOf;
  if (comune.status === "fusione_in_corso" || comune.status === "commissariato") return stillValid;
  // c.4-ter lasts for the first term only: without its end date the exception cannot be granted.
  if (comune.status === "nato_da_fusione") return comune.status_until !== null && comune.status_until >= asOf;
  return false;
}

export const checkConferral: KnowledgeCheck = (snapshot) =>
  validRecords(snapshot.records).flatMap(({ file, record }) => {
    const problems: CheckProblem[] = [];
    record.functions.forEach((entry, index) => {
      if (entry.state === "cessata" || entry.conferring_comuni === null) return;
      const conferring = new Set(entry.conferring_comuni);
      const missing = record.comuni.filter(
        (comune) => !conferring.has(comune.id) && !hasConferralException(comune, record.as_of),
      );
      if (missing.length === 0) return;
      const names = missing.map((comune) => comune.name).join(", ");
      const rule = `(L.R. 21/2012 art. 24 c.2), salvo le eccezioni dei commi 4-bis, 4-ter e 4-quater`;
      // A planned function is still collecting the councils' deliberations: worth a reminder, not an error.
      const message =
        entry.state === "attiva"
          ? `la funzione "${entry.code}" è attiva ma non è conferita da ${names}: serve il conferimento di tutti i Comuni aderenti ${rule}`
          : `la funzione "${entry.code}" (${entry.state}) non risulta ancora conferita da ${names}: per contare servirà il conferimento di tutti i Comuni ${rule}`;
      problems.push(
        recordProblem(
          file,
          ["functions", index, "conferring_comuni"],
          message,
          entry.state === "attiva" ? "error" : "warning",
        ),
      );
    });
    return problems;
  });
