/** A conferral lasts at least 5 years (L.R. 21/2012 art. 19) unless it has no term (art. 24 c.6). */
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";
import { recordProblem, validRecords } from "./problem.js";

export const minimumConferralYears = 5;

export const checkDuration: KnowledgeCheck = (snapshot) =>
  validRecords(snapshot.records).flatMap(({ file, record }) => {
    const problems: CheckProblem[] = [];
    record.functions.forEach((entry, index) => {
      if (entry.open_ended || entry.duration_years === null || entry.duration_years >= minimumConferralYears) return;
      const message =
        `il conferimento di "${entry.code}" dura ${entry.duration_years} anni: la durata minima è di ${minimumConferralYears} anni ` +
        `(L.R. 21/2012 art. 19), salvo conferimento senza termine dei Comuni obbligati (art. 24 c.6, open_ended: true)`;
      problems.push(recordProblem(file, ["functions", index, "duration_years"], message));
    });
    return problems;
  });
