/**
 * A recognised act as the rest of the product carries it: on every passage of its document (`Chunk.act`, printed
 * by `ask --json`), in the manifest's file list and in citations. A document's title is its act's label
 * ("Delibera di Giunta n. 42 del 24/03/2026"); citations add the OGGETTO of a numbered act
 * (`actDisplayTitle`: "Delibera di Giunta n. 42 del 24/03/2026 — Piano triennale del fabbisogno di personale…").
 * The OGGETTO stays out of the indexed title: repeated on every passage it would rank them all alike.
 */
import type { SourceAct, SourceActRef } from "../core/types.js";
import { actLabel, actRefLabel, displayTitle } from "./act-label.js";
import { type ActInfo, type ActOrgan, type ActRef, type ActType, numberedActTypes } from "./act-types.js";

/** Characters of the OGGETTO shown after the act's number and date. */
const maxSubject = 110;

export function sourceActOf(act: ActInfo): SourceAct {
  return {
    ...refOf(act),
    subject: act.subject,
    label: actLabel(act),
    subKind: act.subKind,
    sectorNumber: act.sectorNumber,
    parent: act.parent ? refOf(act.parent) : null,
  };
}

/**
 * The label, then the OGGETTO of a numbered act (other documents already carry their title in the label), cut at
 * `maxSubject` characters unless the whole of it is asked for.
 */
export function actDisplayTitle(act: Pick<SourceAct, "type" | "subject" | "label">, whole = false): string {
  const numbered = act.type !== null && numberedActTypes.has(act.type as ActType);
  return numbered && act.subject
    ? `${act.label} — ${shortSubject(act.subject, whole ? Infinity : maxSubject)}`
    : act.label;
}

/**
 * The act that decided what a passage says, named for an answer: a numbered act itself ("Delibera di Giunta n. 45
 * del 24/03/2026"), or the act an annex was approved with ("quando è stato approvato il PIAO?" → the Giunta's
 * deliberation the PIAO is annexed to). Null when neither has a number. When the question names the kind of
 * document it wants ("che verbale è?"), a numbered document of that kind is named itself, annex or not.
 */
export function decidingActLabel(act: SourceAct, asked: string | null = null): string | null {
  const ownKind =
    (act.type !== null && numberedActTypes.has(act.type as ActType)) || (asked !== null && act.type === asked);
  const decided = ownKind && act.number ? act : act.parent?.number ? act.parent : null;
  if (!decided) return null;
  return actRefLabel({ ...decided, type: decided.type as ActType | null, organ: decided.organ as ActOrgan | null });
}

function refOf(ref: ActRef): SourceActRef {
  return { type: ref.type, organ: ref.organ, number: ref.number, date: ref.date, year: ref.year };
}

function shortSubject(subject: string, limit: number): string {
  const text = displayTitle(subject.replace(/^(?:\s*oggetto\s*[:.\-–]\s*)+/i, "")).replace(/\s+/g, " ");
  if (text.length <= limit) return text.replace(/[.;:,\s]+$/, "");
  const cut = text.slice(0, limit);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[.;:,\s]+$/, "")}…`;
}
