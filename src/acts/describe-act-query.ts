/**
 * The acts a question named, in words for an answer that says they are not indexed: "la delibera di Giunta
 * n. 42 del 2026", "il decreto sindacale n. 10", "delibere di Giunta del 2026", "determinazioni di liquidazione
 * dal 01/03/2026 al 15/04/2026".
 */
import { formatDate } from "../core/italian-format.js";
import type { ActQuery } from "./act-query.js";
import { type ActOrgan, type ActType, actKindName } from "./act-types.js";

const plurals: Partial<Record<ActType, string>> = {
  delibera: "delibere",
  determinazione: "determinazioni",
  ordinanza: "ordinanze",
  decreto: "decreti",
};

const pluralOrgans: Partial<Record<ActOrgan, string>> = {
  giunta: "di Giunta",
  consiglio: "di Consiglio",
  commissario: "del Commissario",
  sindaco: "sindacali",
  presidente: "del Presidente",
  dirigente: "dirigenziali",
  responsabile: "dirigenziali",
};

export function describeActQuery(query: ActQuery): string {
  const type = query.type ?? null;
  const organ = query.organ ?? null;
  if (query.number) {
    const kind = lowerFirst(actKindName(type, organ));
    const article = /^[aeiou]/i.test(kind) ? "l'" : type === "decreto" || type === null ? "il " : "la ";
    return `${article}${kind}${subKind(query)} n. ${query.number}${period(query)}`;
  }
  const kind = (type && plurals[type]) ?? "atti";
  const by = organ && pluralOrgans[organ] ? ` ${pluralOrgans[organ]}` : "";
  return `${kind}${by}${subKind(query)}${period(query)}`;
}

function subKind(query: ActQuery): string {
  return query.subKind ? ` di ${query.subKind}` : "";
}

function period(query: ActQuery): string {
  const { dateFrom, dateTo, year, monthDay } = query;
  if (monthDay) return ` del ${monthDay.slice(3)}/${monthDay.slice(0, 2)}`;
  if (dateFrom && dateTo && dateFrom === dateTo) return ` del ${formatDate(dateFrom)}`;
  if (dateFrom && dateTo && !sameYearSpan(dateFrom, dateTo))
    return ` dal ${formatDate(dateFrom)} al ${formatDate(dateTo)}`;
  if (year) return ` del ${year}`;
  if (dateFrom) return ` dal ${formatDate(dateFrom)}`;
  if (dateTo) return ` fino al ${formatDate(dateTo)}`;
  return "";
}

/** "2026-01-01".."2026-12-31" is "del 2026", not a range of dates. */
function sameYearSpan(from: string, to: string): boolean {
  return from.endsWith("-01-01") && to.endsWith("-12-31") && from.slice(0, 4) === to.slice(0, 4);
}

// "Delibera di Giunta" -> "delibera di Giunta": mid-sentence, the organ keeps its capital.
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
