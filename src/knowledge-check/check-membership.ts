/** A Comune belongs to one Unione only (L.R. 21/2012 art. 19): the same id or the same name in two records is an error. */

import { normalizeName } from "../core/fuzzy-match.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";
import { recordProblem, validRecords } from "./problem.js";

interface Membership {
  unione: string;
  unioneName: string;
}

export const checkMembership: KnowledgeCheck = (snapshot) => {
  const records = validRecords(snapshot.records);
  const byKey = new Map<string, Membership[]>();
  const keysOf = (comune: { id: string; name: string }) => [`id:${comune.id}`, `nome:${normalizeName(comune.name)}`];
  for (const { record } of records) {
    for (const comune of record.comuni) {
      for (const key of new Set(keysOf(comune)))
        byKey.set(key, [...(byKey.get(key) ?? []), { unione: record.id, unioneName: record.name }]);
    }
  }
  const problems: CheckProblem[] = [];
  for (const { file, record } of records) {
    record.comuni.forEach((comune, index) => {
      const others = new Map<string, string>();
      for (const key of keysOf(comune)) {
        for (const member of byKey.get(key) ?? [])
          if (member.unione !== record.id) others.set(member.unione, member.unioneName);
      }
      if (others.size === 0) return;
      const message = `il Comune di ${comune.name} risulta anche tra i Comuni di ${[...others.values()].join(", ")}: un Comune può far parte di una sola Unione (L.R. 21/2012 art. 19)`;
      problems.push(recordProblem(file, ["comuni", index], message));
    });
  }
  return problems;
};
