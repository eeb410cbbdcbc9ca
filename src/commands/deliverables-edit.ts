/**
 * Saving the programme documents form of one Unione: for each document its state, the approving act (number and
 * date, linked to the indexed act when present) and a note. Unknown stays unknown: "non noto" stores null.
 */
import type { SourceSummary } from "../ingestion/index-service.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import { FieldProblems, indexedAct, optionalDate } from "./form-values.js";

export interface DeliverablesEditInput {
  kind: "deliverables";
  items: { id: string; state: string; actNumber: string; actDate: string; note: string }[];
}

const states = new Set(["approvato", "in_corso", "da_avviare"]);
const approvingOrgan = "Giunta dell'Unione";

export function deliverableEntries(
  input: DeliverablesEditInput,
  record: UnioneRecord,
  context: { today: string; sources: SourceSummary[] },
): { entries: { id: string; entry: Record<string, unknown> }[]; problems: FieldProblems } {
  const problems = new FieldProblems();
  const entries = input.items.map((item) => {
    const current = record.deliverables.find((entry) => entry.id === item.id) ?? null;
    const date = problems.take(`act_date.${item.id}`, () => optionalDate("data dell'atto", item.actDate));
    if (date && date > context.today) problems.add(`act_date.${item.id}`, "la data dell'atto è nel futuro");
    const number = item.actNumber.trim() || null;
    const state = states.has(item.state) ? item.state : null;
    if (state === "approvato" && !number && !date && !current?.act)
      problems.add(
        `act_number.${item.id}`,
        "per un documento approvato indica numero e data dell'atto di approvazione",
      );
    const document = indexedAct(context.sources, number, date);
    const act =
      number || date
        ? {
            organ: current?.act?.organ ?? approvingOrgan,
            type: current?.act?.type ?? "deliberazione",
            number,
            date,
            title: current?.act?.title ?? document?.act?.subject ?? null,
            comune: null,
            confidence: "confermato",
            document: document?.path ?? null,
          }
        : null;
    const entry = {
      ...(current ?? {}),
      state,
      act,
      date: state === "approvato" ? date : null,
      note: item.note.trim() || null,
    };
    return { id: item.id, entry };
  });
  return { entries, problems };
}
