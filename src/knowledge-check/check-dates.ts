/**
 * Dates that cannot be true: a record "as of" the future, a deed signed before the statuto was approved, an Unione
 * operating before its deed, a function starting before the Unione existed, an active function starting after the
 * record's date. Nonexistent dates (2023-02-30) are already refused by the schema. ISO dates compare as strings.
 */

import { formatDate, toIsoDate } from "../core/italian-format.js";
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { RecordFile } from "../knowledge/load-records.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";
import { recordProblem, validRecords } from "./problem.js";

function unioneDates(file: RecordFile, record: UnioneRecord, today: string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const { statuto_approved: statuto, deed_signed: deed, operating_from: operating } = record.dates;
  if (record.as_of > today) {
    problems.push(
      recordProblem(
        file,
        ["as_of"],
        `la data di aggiornamento ${formatDate(record.as_of)} è nel futuro (oggi è il ${formatDate(today)})`,
      ),
    );
  }
  if (statuto && deed && deed < statuto) {
    problems.push(
      recordProblem(
        file,
        ["dates", "deed_signed"],
        `l'atto costitutivo (${formatDate(deed)}) risulta firmato prima dell'approvazione dello statuto (${formatDate(statuto)})`,
      ),
    );
  }
  if (deed && operating && operating < deed) {
    problems.push(
      recordProblem(
        file,
        ["dates", "operating_from"],
        `l'Unione risulta operativa (${formatDate(operating)}) prima della firma dell'atto costitutivo (${formatDate(deed)})`,
      ),
    );
  }
  return problems;
}

function functionDates(file: RecordFile, record: UnioneRecord): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const birth = record.dates.deed_signed ?? record.dates.operating_from;
  record.functions.forEach((entry, index) => {
    const start = entry.start_date;
    if (!start) return;
    if (birth && start < birth) {
      const message = `la funzione "${entry.code}" inizia il ${formatDate(start)}, prima che l'Unione esistesse (dal ${formatDate(birth)})`;
      problems.push(recordProblem(file, ["functions", index, "start_date"], message));
    }
    if (entry.state === "attiva" && start > record.as_of) {
      const message = `la funzione "${entry.code}" è indicata come attiva ma inizia il ${formatDate(start)}, dopo la data della scheda (${formatDate(record.as_of)}): usare lo stato "pianificata"`;
      problems.push(recordProblem(file, ["functions", index, "start_date"], message));
    }
  });
  return problems;
}

/** Acts dated after the record's own date: probably a typo, but an update may be pending, so only a warning. */
function actDates(file: RecordFile, record: UnioneRecord): CheckProblem[] {
  const late = (date: string | null) => date !== null && date > record.as_of;
  const message = (date: string) =>
    `atto datato ${formatDate(date)}, dopo la data della scheda (${formatDate(record.as_of)}): verificare la data o aggiornare as_of`;
  const problems: CheckProblem[] = [];
  for (const [index, entry] of record.functions.entries()) {
    for (const [position, act] of entry.acts.entries()) {
      if (late(act.date)) {
        problems.push(
          recordProblem(file, ["functions", index, "acts", position, "date"], message(act.date!), "warning"),
        );
      }
    }
  }
  record.deliverables.forEach((deliverable, index) => {
    if (late(deliverable.date))
      problems.push(recordProblem(file, ["deliverables", index, "date"], message(deliverable.date!), "warning"));
    const actDate = deliverable.act?.date ?? null;
    if (late(actDate))
      problems.push(recordProblem(file, ["deliverables", index, "act", "date"], message(actDate!), "warning"));
  });
  return problems;
}

export function createDateCheck(): KnowledgeCheck {
  return (snapshot) => {
    const today = toIsoDate(snapshot.today);
    return validRecords(snapshot.records).flatMap(({ file, record }) => [
      ...unioneDates(file, record, today),
      ...functionDates(file, record),
      ...actDates(file, record),
    ]);
  };
}

export const checkDates: KnowledgeCheck = createDateCheck();
