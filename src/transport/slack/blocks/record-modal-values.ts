/** Reads a submitted data-entry modal (view.state.values) into the router's form input. Pure. */
import type { DeliverablesEditInput } from "../../../commands/deliverables-edit.js";
import type { FunctionEditInput } from "../../../commands/function-edit.js";
import { INPUT_ACTION } from "./record-modal.js";

interface InputState {
  type?: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_date?: string | null;
}

export type ViewStateValues = Record<string, Record<string, InputState>>;

function field(values: ViewStateValues, blockId: string): InputState | null {
  return values[blockId]?.[INPUT_ACTION] ?? null;
}

/** The text, selected value or date of an input; "" when empty. */
function single(values: ViewStateValues, blockId: string): string {
  const state = field(values, blockId);
  return state?.value ?? state?.selected_option?.value ?? state?.selected_date ?? "";
}

function many(values: ViewStateValues, blockId: string): string[] {
  return (field(values, blockId)?.selected_options ?? []).map((item) => item.value);
}

/** The ids after a prefix among the block ids ("act_number.codigoro" -> "codigoro"), in form order. */
function idsAfter(values: ViewStateValues, prefix: string): string[] {
  return Object.keys(values)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
}

export function functionEditFromState(values: ViewStateValues, code: string): FunctionEditInput {
  const conferring = many(values, "conferring");
  return {
    kind: "function",
    code,
    state: single(values, "state"),
    conferring: conferring.length > 0 ? conferring : null,
    acts: idsAfter(values, "act_number.").map((comune) => ({
      comune,
      number: single(values, `act_number.${comune}`),
      date: single(values, `act_date.${comune}`),
    })),
    startDate: single(values, "start_date"),
    plannedDate: single(values, "planned_date"),
    duration: single(values, "duration"),
    openEnded: many(values, "open_ended").includes("si"),
    integral: single(values, "integral"),
    staff: single(values, "staff"),
    resources: single(values, "resources"),
    confidence: single(values, "confidence"),
    note: single(values, "note"),
  };
}

export function deliverablesEditFromState(values: ViewStateValues): DeliverablesEditInput {
  return {
    kind: "deliverables",
    items: idsAfter(values, "state.").map((id) => ({
      id,
      state: single(values, `state.${id}`),
      actNumber: single(values, `act_number.${id}`),
      actDate: single(values, `act_date.${id}`),
      note: single(values, `note.${id}`),
    })),
  };
}
