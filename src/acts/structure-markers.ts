/**
 * The lines that divide an act: the decisive verb that opens the dispositivo ("DELIBERA", "D E T E R M I N A",
 * "ORDINA", "DECRETA", "DISPONE", "RENDE NOTO", or "DELIBERA di approvare…"), the first premessa ("VISTO",
 * "Premesso che", "LA GIUNTA COMUNALE"), and what follows the dispositivo (the proposal, opinions, certificates,
 * signatures). "PROPONE DI DELIBERARE" is a proposal, not a decision.
 */
import { placeAndDate } from "./closing-dates.js";
import { isListStart } from "./line-shapes.js";

const verbs = ["DELIBERA", "DETERMINA", "ORDINA", "DECRETA", "DISPONE", "RENDE NOTO", "DELIBERANO"];
const spaced = (word: string): string =>
  word
    .split("")
    .map((char) => (char === " " ? "\\s+" : char))
    .join("\\s?");
const verbAlone = new RegExp(`^\\s*(${verbs.map(spaced).join("|")})\\s*[:.]?\\s*$`);
const verbTitleCase = /^\s*(Delibera|Determina|Ordina|Decreta|Dispone)\s*:?\s*$/;
const verbThenText =
  /^\s*(DELIBERA|DETERMINA|ORDINA|DECRETA|DISPONE)\s*:?\s+(?=(?:di|che|quanto|per|le|la|il|i|a|alla|al)\b|\d+[.)])/;

/** The decisive verb a line consists of or opens with ("DELIBERA"), normalised; otherwise null. */
export function decisiveVerb(line: string): string | null {
  const match = verbAlone.exec(line) ?? verbTitleCase.exec(line) ?? verbThenText.exec(line);
  if (!match) return null;
  const verb = match[1]!.replace(/\s+/g, "").toUpperCase();
  return verb === "RENDENOTO" ? "RENDE NOTO" : verb;
}

const premessaStart =
  /^(?:vist[oaie]|premess[oaie]|considerat[oaie]|richiamat[oaie]|ritenut[oaie]|dat[oa]\s+atto|pres[oa]\s+atto|attes[oa]|accertat[oaie]|rilevat[oaie]|tenuto\s+conto|lett[oaie]|esaminat[oaie]|verificat[oaie]|la\s+giunta|il\s+consiglio|l['’]\s?assemblea)\b/i;

export function isPremessaStart(line: string): boolean {
  return premessaStart.test(line);
}

const proposalStart = /^(?:proposta\s+di\s+(?:deliberazione|determinazione|decreto|ordinanza))\b/i;
const closingStart =
  /^(?:parere\s+(?:di\s+regolarit|favorevole|contabile|tecnic)|visto\s+di\s+regolarit|il\s+presente\s+verbale|letto,?\s+(?:approvato|confermato)|certificato\s+di|attestazione\s+di|relata\s+di|estremi\s+identificativi|f\.?\s?to\b|firmato\b|(?:il|la)\s+(?:sindaco|segretari[oa]|responsabile|dirigente|president[ea]|commissari[oa])(?:\s+[\p{Lu}'’. ]+)?$)/iu;

/** What a line after the dispositivo opens: the proposal, or the closing part (opinions, certificates, signatures). */
export function tailKind(line: string): "proposta" | "chiusura" | null {
  if (proposalStart.test(line)) return "proposta";
  if (closingStart.test(line)) return "chiusura";
  if (placeAndDate(line)) return "chiusura";
  return null;
}

const numberedPoint = /^\s*(\d{1,2})\s*[.)°]\s*(?=\S)/;
const bulletPoint = /^\s*(?:di|DI|Di)\s+\p{L}/u;

/** The label of a point of the dispositivo the line opens: "1" for "1. Di approvare", "" for "- di approvare". */
export function pointLabel(line: string, numberedOnly: boolean): string | null {
  const numbered = numberedPoint.exec(line);
  if (numbered) return numbered[1]!;
  return !numberedOnly && (bulletPoint.test(line) || isListStart(line)) ? "" : null;
}
