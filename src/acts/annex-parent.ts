/**
 * What an annex says about the act it belongs to, on its first page: "Allegato A alla deliberazione di C.C.
 * n. 14 del 24/03/2026", "Approvato con deliberazione di Giunta Comunale n. /2026" (blank number: the organ and
 * year are still known), "APPROVATO CON DELIBERA DI C.C. N. ____ DEL _____". "(Sostituisce il regolamento
 * approvato con delibera … n. 46/2004)" names an older act, not the parent.
 */

import { findActReferences } from "./act-reference.js";
import type { ActRef } from "./act-types.js";

export interface AnnexParent {
  parent: ActRef | null;
  annexLabel: string | null;
}

const parentLine = /^\(?\s*(?:allegat[oa]|approvat[oa]|adottat[oa])\b/i;
const labelPattern = /^\(?\s*allegato\s+(?:n\.\s*)?([A-Z]|\d{1,2})(?![\p{L}\d])/iu;

/** The parent act and annex label stated in the first lines of an annex. */
export function readAnnexParent(lines: readonly string[], limit = 15): AnnexParent {
  let annexLabel: string | null = null;
  for (const line of lines.slice(0, limit)) {
    const label = labelPattern.exec(line);
    if (label && !annexLabel) annexLabel = `Allegato ${label[1]!.toUpperCase()}`;
    if (!parentLine.test(line)) continue;
    const ref = findActReferences(line).find(
      (found) =>
        found.type === "delibera" ||
        found.type === "determinazione" ||
        found.type === "decreto" ||
        found.type === "ordinanza",
    );
    if (!ref) continue;
    const { start: _start, end: _end, ...parent } = ref;
    return { parent, annexLabel };
  }
  return { parent: null, annexLabel };
}
