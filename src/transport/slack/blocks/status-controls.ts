/** The buttons of a status message: "Mostra tutto" and the "Aggiorna" buttons that open the data-entry forms. */
import { type Button, button } from "./block-kit.js";
import { readButtonValue } from "./button-value.js";

export const STATUS_ACTION_IDS = {
  showAll: "status_show_all",
  editFunction: "record_edit_function",
  editDeliverables: "record_edit_deliverables",
} as const;

/** What an "Aggiorna" button carries: the Unione and, for a function, its code. */
export interface EditTarget {
  unione: string;
  funzione: string | null;
}

export function encodeEditTarget(target: EditTarget): string {
  return JSON.stringify({ u: target.unione, f: target.funzione });
}

export function decodeEditTarget(raw: string | undefined): EditTarget | null {
  const parsed = readButtonValue(raw);
  if (typeof parsed?.u !== "string" || !parsed.u) return null;
  return { unione: parsed.u, funzione: typeof parsed.f === "string" && parsed.f ? parsed.f : null };
}

export function editButton(kind: "function" | "deliverables", unione: string, funzione: string | null): Button {
  return button({
    text: kind === "function" ? "Aggiorna dati" : "Aggiorna documenti",
    actionId: kind === "function" ? STATUS_ACTION_IDS.editFunction : STATUS_ACTION_IDS.editDeliverables,
    value: encodeEditTarget({ unione, funzione }),
  });
}
