/** Every function code of a record must exist in the catalogue (knowledge/rules/functions.yaml), once per record. */

import { closestNames } from "../core/fuzzy-match.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";
import { recordProblem, validRecords } from "./problem.js";

export const checkFunctionCodes: KnowledgeCheck = (snapshot) => {
  const codes = snapshot.catalog.functions.map((entry) => entry.code);
  // A catalogue that did not load is reported by the schema check; judging codes against nothing would only add noise.
  if (codes.length === 0) return [];
  const known = new Set(codes);
  const problems: CheckProblem[] = [];
  for (const { file, record } of validRecords(snapshot.records)) {
    const seen = new Set<string>();
    record.functions.forEach((entry, index) => {
      if (!known.has(entry.code)) {
        const suggestion = closestNames(entry.code, codes, 1)[0];
        const hint = suggestion ? `; forse "${suggestion}"?` : "";
        problems.push(
          recordProblem(
            file,
            ["functions", index, "code"],
            `codice di funzione sconosciuto "${entry.code}": non è nel catalogo rules/functions.yaml${hint}`,
          ),
        );
      } else if (seen.has(entry.code)) {
        problems.push(
          recordProblem(
            file,
            ["functions", index, "code"],
            `la funzione "${entry.code}" compare più volte nella scheda`,
          ),
        );
      }
      seen.add(entry.code);
    });
  }
  return problems;
};
