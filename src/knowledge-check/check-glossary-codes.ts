/** The glossary's `function` codes must exist in the catalogue: retrieval maps words to functions through them. */

import { closestNames } from "../core/fuzzy-match.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import { displayPath } from "../knowledge/display-path.js";
import { glossaryFile } from "../knowledge/glossary.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";

export const checkGlossaryCodes: KnowledgeCheck = (snapshot) => {
  const codes = snapshot.catalog.functions.map((entry) => entry.code);
  if (codes.length === 0) return [];
  const file = displayPath(snapshot.knowledgeDir, glossaryFile);
  return snapshot.glossary.entries.flatMap((entry, index): CheckProblem[] => {
    if (entry.function === null || codes.includes(entry.function)) return [];
    const suggestion = closestNames(entry.function, codes, 1)[0];
    return [
      {
        file,
        line: snapshot.glossary.lineOf(index, "function"),
        field: `terms[${index}].function`,
        message: `il termine "${entry.term}" rimanda alla funzione "${entry.function}", che non è nel catalogo${suggestion ? `; forse "${suggestion}"?` : ""}`,
        severity: "error",
      },
    ];
  });
};
