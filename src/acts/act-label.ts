/**
 * How an official names an act: "Delibera di Giunta n. 42 del 24/03/2026", "Determinazione n. 195 del
 * 17/03/2026", "Ordinanza sindacale n. 13 del 02/04/2026", "Regolamento per il funzionamento del Consiglio
 * Comunale (allegato alla Delibera di Consiglio n. 14 del 24/03/2026)". Number and date read only from the file
 * name are flagged, so a hint is never shown as a certainty.
 */
import { formatDate } from "../core/italian-format.js";
import { type ActInfo, type ActRef, actKindName, numberedActTypes } from "./act-types.js";

const maxTitle = 90;

/** "2026-03-24" -> "24/03/2026"; null stays null. */
export function formatActDate(iso: string | null): string | null {
  return iso ? formatDate(iso) : null;
}

/** "Delibera di Giunta n. 42 del 24/03/2026"; unknown parts are left out, never invented. */
export function actRefLabel(ref: ActRef): string {
  const kind = actKindName(ref.type, ref.organ);
  const number = ref.number ? ` n. ${ref.number}` : "";
  const when = ref.date ? ` del ${formatDate(ref.date)}` : ref.year ? ` del ${ref.year}` : "";
  return `${kind}${number}${when}`;
}

/** The label of a recognised document, with the act it is annexed to. */
export function actLabel(act: ActInfo): string {
  const own = numberedActTypes.has(act.type!) || !act.type ? actRefLabel(act) : documentTitle(act);
  const hinted =
    act.sources.number === "nome-file" || act.sources.date === "nome-file" ? " (estremi dal nome del file)" : "";
  return `${own}${hinted}${act.parent ? ` (${parentPhrase(act.parent)})` : ""}`;
}

function documentTitle(act: ActInfo): string {
  const kind = actKindName(act.type, act.organ);
  const subject = act.subject ? displayTitle(act.subject) : null;
  let title = act.type === "allegato" && act.annexLabel ? act.annexLabel : kind;
  // An annex with no title of its own (its first line is "Allegato A alla delibera…") is named by what its file
  // name says: "Allegato A — Nuovo Organigramma Comunale".
  const annexSubject = act.type === "allegato" ? (act.fileDescription ?? null) : null;
  if (annexSubject) title = `${title} — ${capitalized(displayTitle(annexSubject))}`;
  else if (subject && act.type !== "allegato") {
    title = subject.toLowerCase().startsWith(kind.toLowerCase().split(" ")[0]!) ? subject : `${kind} — ${subject}`;
  }
  const number = act.number ? ` n. ${act.number}` : "";
  const when = act.date ? ` del ${formatDate(act.date)}` : "";
  return `${shorten(title)}${number}${when}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function parentPhrase(parent: ActRef): string {
  if (parent.number) return `allegato alla ${actRefLabel(parent)}`;
  const year = parent.year ? ` del ${parent.year}` : "";
  return `allegato a una ${actKindName(parent.type, parent.organ)}${year}`;
}

/** An all-capitals title in sentence case ("PIANO DELLA PERFORMANCE" -> "Piano della performance"); acronyms stay. */
export function displayTitle(title: string): string {
  if (title !== title.toUpperCase()) return title.trim();
  const words = title
    .trim()
    .split(/\s+/)
    .map((word) => (/[\d.]/.test(word) ? word : word.toLowerCase()));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shorten(title: string): string {
  if (title.length <= maxTitle) return title.replace(/[.;:,]+$/, "");
  const cut = title.slice(0, maxTitle);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
