/** Comune codes used in a record (conferrals, acts) must be member Comuni of that Unione; ids are unique. */
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { RecordFile } from "../knowledge/load-records.js";
import type { Act, UnioneRecord } from "../knowledge/record-schema.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";
import { recordProblem, validRecords } from "./problem.js";

function actComuneProblem(
  file: RecordFile,
  members: Set<string>,
  act: Act | null,
  fieldPath: Array<string | number>,
): CheckProblem[] {
  if (!act?.comune || members.has(act.comune)) return [];
  return [
    recordProblem(
      file,
      [...fieldPath, "comune"],
      `il Comune "${act.comune}" dell'atto non è tra i Comuni aderenti all'Unione`,
    ),
  ];
}

function checkRecord(file: RecordFile, record: UnioneRecord): CheckProblem[] {
  const members = new Set<string>();
  const problems: CheckProblem[] = [];
  record.comuni.forEach((comune, index) => {
    if (members.has(comune.id))
      problems.push(recordProblem(file, ["comuni", index, "id"], `il codice Comune "${comune.id}" è ripetuto`));
    members.add(comune.id);
  });
  for (const [index, comune] of record.comuni.entries()) {
    problems.push(...actComuneProblem(file, members, comune.council_act, ["comuni", index, "council_act"]));
  }
  record.functions.forEach((entry, index) => {
    (entry.conferring_comuni ?? []).forEach((comuneId, position) => {
      if (!members.has(comuneId)) {
        const message = `codice Comune sconosciuto "${comuneId}" tra i conferenti di "${entry.code}": non è tra i Comuni aderenti (${[...members].join(", ")})`;
        problems.push(recordProblem(file, ["functions", index, "conferring_comuni", position], message));
      }
    });
    for (const [position, act] of entry.acts.entries()) {
      problems.push(...actComuneProblem(file, members, act, ["functions", index, "acts", position]));
    }
  });
  for (const [index, deliverable] of record.deliverables.entries()) {
    problems.push(...actComuneProblem(file, members, deliverable.act, ["deliverables", index, "act"]));
  }
  return problems;
}

export const checkComuneCodes: KnowledgeCheck = (snapshot) =>
  validRecords(snapshot.records).flatMap(({ file, record }) => checkRecord(file, record));
