/**
 * How an act kept in a record is named to officials: "Delibera C.C. di Codigoro n. 45 del 28/11/2024",
 * "Delibera della Giunta dell'Unione n. 18 del 15/04/2025". Unknown parts are left out, never invented.
 */
import { formatDate } from "../core/italian-format.js";
import type { Act } from "./record-schema.js";

const organs: Array<[RegExp, string]> = [
  [/^consiglio\s+comunale$/i, "C.C."],
  [/^giunta\s+comunale$/i, "G.C."],
  [/^consiglio\s+dell['’]\s?unione$/i, "del Consiglio dell'Unione"],
  [/^giunta\s+dell['’]\s?unione$/i, "della Giunta dell'Unione"],
];

function kindOf(type: string | null): string {
  if (!type || /^deliber/i.test(type)) return "Delibera";
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** `names`: the record's Comuni (or any id-name list), to name the Comune of a council's act. */
export function recordActLabel(
  act: Act,
  names?: { comuni: ReadonlyArray<{ id: string; name: string }> } | null,
): string {
  const organ = organs.find(([pattern]) => pattern.test(act.organ.trim()))?.[1] ?? `di ${act.organ}`;
  const comune = act.comune ? (names?.comuni.find((item) => item.id === act.comune)?.name ?? act.comune) : null;
  const where = comune && /^[CG]\.C\.$/.test(organ) ? ` di ${comune}` : "";
  const number = act.number ? ` n. ${act.number}` : "";
  const date = act.date ? ` del ${formatDate(act.date)}` : "";
  return `${kindOf(act.type)} ${organ}${where}${number}${date}`;
}
