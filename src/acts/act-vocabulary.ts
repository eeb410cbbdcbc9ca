/**
 * The words Italian administrations use for kinds of act, organs and kinds of determinazione, with their
 * abbreviations ("G.C.", "C.C.", "DGC", "det."). Shared by the header reader, the reference finder and the
 * question parser so that all three understand the same vocabulary.
 */
import type { ActOrgan, ActType } from "./act-types.js";

/** Regex source for a word naming a kind of act (singular or plural, abbreviations included). */
export const actTypeWord =
  "deliberazion[ei]|delibere|delibera|delib\\.|determinazion[ei]|determine|determina|det\\.|ordinanz[ae]|decret[oi]|avvis[oi]|band[oi]|verbal[ei]|regolament[oi]|pian[oi]|programm[ai]|relazion[ei]|parer[ei]|convenzion[ei]|statut[oi]|comunicazion[ei]|allegat[oi]";

/** Regex source for an organ after a kind of act: "di Giunta", "del Consiglio comunale", "sindacale", "G.C.". */
export const organPhrase =
  "(?:(?:della|del|dello|di|dell['’]\\s?)\\s*)?(?:giunta(?:\\s+(?:comunale|municipale|dell['’]\\s?unione))?|consiglio(?:\\s+(?:comunale|dell['’]\\s?unione|dei\\s+sindaci))?|consiliare|g\\.\\s?[cm]\\.?|c\\.\\s?c\\.?|gc|gm|cc|sindac(?:o|ale|ali)|president(?:e|ale|iale|iali)(?:\\s+dell['’]\\s?unione)?|dirigent(?:e|i)|dirigenzial[ei]|responsabile(?:\\s+del\\s+(?:servizio|settore|procedimento|l['’]area))?|commissari(?:o|ale)(?:\\s+straordinario)?|segretari(?:o|ale)(?:\\s+(?:comunale|generale))?|revisore(?:\\s+dei\\s+conti)?|organo\\s+di\\s+revisione)(?![a-zà-ù\\d])";

/** Organs of another level of government: "Giunta regionale", "Consiglio dei ministri". Their acts are not ours. */
export const foreignOrganTail =
  "\\s+(?:regional[ei]|provincial[ei]|metropolitan[ao]|dei\\s+ministri|di\\s+stato|nazional[ei])\\b";

export function typeOfWord(word: string): ActType | null {
  const text = word.toLowerCase();
  if (/^delib|^d\.?[gc]\.?c/.test(text)) return "delibera";
  if (/^det/.test(text)) return "determinazione";
  if (/^ord(?:inanz|\.|$)/.test(text)) return "ordinanza";
  if (/^decret/.test(text)) return "decreto";
  if (/^avvis/.test(text)) return "avviso";
  if (/^band/.test(text)) return "bando";
  if (/^verbal/.test(text)) return "verbale";
  if (/^regolament/.test(text)) return "regolamento";
  if (/^pian/.test(text)) return "piano";
  if (/^programm/.test(text)) return "programma";
  if (/^relazion/.test(text)) return "relazione";
  if (/^parer/.test(text)) return "parere";
  if (/^convenzion/.test(text)) return "convenzione";
  if (/^statut/.test(text)) return "statuto";
  if (/^comunicazion/.test(text)) return "comunicazione";
  if (/^allegat|^organigramm/.test(text)) return "allegato";
  return null;
}

/** The organ a phrase names ("della Giunta Comunale", "G.C.", "sindacale"), or null. */
export function organOf(phrase: string): ActOrgan | null {
  const text = phrase.toLowerCase().replace(/\s+/g, " ");
  if (new RegExp(foreignOrganTail).test(` ${text.replace(/^.*?(giunta|consiglio)/, "")}`)) return null;
  // "DG 46", "D.C. 12": the two-letter forms of DGC and DCC officials write before a number.
  if (/giunta|\bg\.?\s?[cm]\b|\bg\.\s?[cm]\.|dgc|^d\.?\s?g\.?$/.test(text)) return "giunta";
  if (/consiglio|consiliare|\bc\.?\s?c\b|\bc\.\s?c\.|dcc|^d\.?\s?c\.?$/.test(text)) return "consiglio";
  if (/sindac/.test(text)) return "sindaco";
  if (/president/.test(text)) return "presidente";
  if (/dirigen/.test(text)) return "dirigente";
  if (/responsabile/.test(text)) return "responsabile";
  if (/commissari/.test(text)) return "commissario";
  if (/segretari/.test(text)) return "segretario";
  if (/revisor|revisione/.test(text)) return "revisore";
  return null;
}

const subKinds: Array<[RegExp, string]> = [
  [
    /impegno(?:\s+di\s+spesa)?\s*(?:e|ed|_e_|e)\s*(?:contestuale\s+)?(?:di\s+)?liquidazione|impegnoeliquidazione/i,
    "impegno e liquidazione",
  ],
  [/a\s*contrarre|acontrarre/i, "a contrarre"],
  [/(?:determin[a-z]*|di)\s*(?:di\s*)?liquidazione|\bliquidazione\b/i, "liquidazione"],
  [/(?:determin[a-z]*|di)\s*(?:di\s*)?impegno|impegno\s+di\s+spesa/i, "impegno"],
];

/** "Determina di LIQUIDAZIONE", "Determinazione a contrarre", "Impegno di spesa e liquidazione". */
export function subKindOf(text: string): string | null {
  for (const [pattern, name] of subKinds) if (pattern.test(text)) return name;
  return null;
}
