/**
 * Identifiers officials ask for by name: "mi serve il CIG della det. 145", "con che prot. è arrivata?", "su che
 * capitolo va?", "che codice CER?". The answer is the sentence that states that identifier WITH its value
 * ("CIG: BA3D06EB00", "acquisita al prot. n. 2577", "cap. 908/0"), not one that only names the thing.
 */
import { fold } from "../index-format/italian-analyzer.js";

export type CodeName =
  | "cig"
  | "cup"
  | "durc"
  | "protocollo"
  | "capitolo"
  | "impegno"
  | "liquidazione"
  | "cer"
  | "fiscale"
  | "albo";

const codes: { name: CodeName; asked: RegExp; stated: RegExp }[] = [
  // "CIG: BA3D06EB00", "il CIG il cui numero attribuito è BA3D06EB00": ten letters and digits, both present.
  {
    name: "cig",
    asked: /\bcig\b/,
    stated: /\bc\.?i\.?g\.?\b[^;]{0,40}?\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{10}\b/,
  },
  { name: "cup", asked: /\bcup\b/, stated: /\bc\.?u\.?p\.?\s*(?:n\.?|n°)?\s*[:.]?\s*[a-z]\d{2}[a-z0-9]{12}\b/ },
  // The DURC (contribution regularity) is cited by the number INPS or INAIL gave the request: "DURC n. Prot.
  // INPS_49332550", "DURC acquisito con protocollo n. INPS_ 49006620".
  {
    name: "durc",
    asked: /\bd\.?u\.?r\.?c\b/,
    stated: /\bd\.?u\.?r\.?c\.?[^;]{0,50}?\b(?:inps|inail)_?\s*\d{6,}/,
  },
  {
    name: "protocollo",
    asked: /\bprot(?:ocollo|\.)?\b/,
    stated:
      /\bprot(?:ocollo|\.)?\s*(?:gen(?:erale|\.)?\s*)?(?:(?:n\.?|n°|nr\.?|numero)\s*)?[:.]?\s*\d{2,}|\bnumero (?:di )?protocollo\s*[:.]?\s*\d{2,}/,
  },
  {
    name: "capitolo",
    asked: /\bcapitol[oi]\b|\bcap\.|\bsu che cap\b/,
    stated: /\bcap(?:itol[oi]|\.)\s*(?:(?:n\.?|n°|nr\.?)\s*)?[:.]?\s*\d+/,
  },
  // The commitment a spending is booked on: "Impegno 329/2023 sub 2", "N. Impegno Definitivo: 376" — not "impegno
  // di spesa di € 1.225,00".
  {
    name: "impegno",
    asked:
      /(?:\b(?:che|quale|quali|su che|su quale|con che|con quale)\s+|\bnumero (?:di |dell')?|\bn\.\s?)impegn[oi]\b/,
    stated: /\bimpegn[oi]\b(?:\s+(?:n\.?|n°|numero|definitivo|provvisorio))?\s*[:.]?\s*\d{1,5}(?:\/\d{4})?(?![\d.,])/,
  },
  // The payment order: "Numero Liquid.: 613 — Importo Liquidazione: 183,00".
  {
    name: "liquidazione",
    asked: /\b(?:numero (?:di |della )?|n\.\s?)liquidazion[ei]\b/,
    stated: /\bliquid(?:azione|\.)\s*(?:n\.?|n°|numero)?\s*[:.]?\s*\d{1,6}(?![\d.,])/,
  },
  // The number the act was published with on the notice board: "con che n. è uscita all'albo?".
  {
    name: "albo",
    asked:
      /\b(?:che|quale|con che|con quale) (?:n\.?|numero)\b[^?]{0,40}\balbo\b|\bnumero (?:di )?(?:pubblicazione|albo|registro (?:di )?pubblicazione)\b/,
    stated:
      /\bpubblicat[oa] all'?albo(?: pretorio)?(?: on ?line| informatico)?\s*(?:con (?:il )?)?(?:n\.?|n°|numero)\s*\d+|\b(?:numero|n\.?|n°) (?:di )?(?:registro (?:di )?)?pubblicazione\s*[:.]?\s*\d+/,
  },
  { name: "cer", asked: /\b(?:codic[ei] )?cer\b/, stated: /\bcer\s*[:.]?\s*\d{2}[ .]?\d{2}[ .]?\d{2}\b/ },
  {
    name: "fiscale",
    asked: /\b(?:codice fiscale|c\.f\.|partita iva|p\.? ?iva)\b/,
    stated: /\b(?:c\.?\s?f\.?|codice fiscale|p\.?\s?iva|partita iva)\s*[:.]?\s*(?:it)?[a-z0-9]{11,16}\b/,
  },
];

/** The identifiers a question asks for, by name. */
export function askedCodes(question: string): CodeName[] {
  const text = fold(question);
  return codes.filter((code) => code.asked.test(text)).map((code) => code.name);
}

/** True when the text states one of these identifiers with its value (any identifier when none is given). */
export function statesCode(text: string, asked?: readonly CodeName[]): boolean {
  const folded = fold(text);
  return codes.some((code) => (!asked || asked.includes(code.name)) && code.stated.test(folded));
}
