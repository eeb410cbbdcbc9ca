/**
 * What a decision does, read from its leading verb and its words: confers a function to the Unione, revokes a
 * conferral or withdraws from it, approves a programme document, or changes the statute. A decision that only
 * takes note ("di prendere atto"), forwards ("di trasmettere") or negates ("di non aderire") does none of these.
 */
import type { DeliverableId } from "../knowledge/record-schema.js";
import type { Clause } from "./decision-clauses.js";

const conferralHeads = new Set([
  "conferire",
  "trasferire",
  "delegare",
  "affidare",
  "approvare",
  "aderire",
  "confermare",
  "rinnovare",
]);
const revocationHeads = new Set([
  "revocare",
  "recedere",
  "ritirare",
  "esercitare",
  "manifestare",
  "disporre",
  "approvare",
  "comunicare",
]);
const approvalHeads = new Set(["approvare", "adottare"]);
const statuteHeads = new Set(["approvare", "modificare", "adottare"]);

const unione = /\bunione\b/i;
const conferralWord =
  /\bconferiment|\bdelega\b|\btrasferimento\s+(?:all['’]\s?unione\s+)?(?:della|delle|dell['’])\s*(?:funzion|eserciz|gestion)/i;
const transferredFunction =
  /\btrasferire\s+(?:all['’]\s?unione[^,;]{0,60}?\s+)?(?:la|le|l['’])\s*(?:funzion|eserciz|gestion|competenz)/i;
const revocationWord = /\brevoca(?:re|to|ta)?\b|\brecedere\b|\brecesso\b|\britir(?:are|o)\b/i;
const conferralObject = /\bconferiment|\bfunzion|\bdelega\b|\bgestione\s+associata|\bconvenzione/i;
const negated = /^(?:\s*(?:\d{1,2}\s*[.)°-]|[-–•*])?\s*)?di\s+non\b/i;

export function isRevocation(clause: Clause): boolean {
  if (!clause.head || negated.test(clause.text) || !revocationHeads.has(clause.head)) return false;
  return revocationWord.test(clause.text) && conferralObject.test(clause.text);
}

export function isConferral(clause: Clause): boolean {
  if (!clause.head || negated.test(clause.text) || !conferralHeads.has(clause.head) || !unione.test(clause.text))
    return false;
  if (clause.head === "trasferire") return transferredFunction.test(clause.text);
  if (["approvare", "confermare", "rinnovare"].includes(clause.head)) return conferralWord.test(clause.text);
  return true;
}

const deliverablePatterns: Array<[DeliverableId, RegExp]> = [
  ["piano-comunicazione", /\bpiano\s+(?:triennale\s+|annuale\s+)?(?:di|della|per\s+la)\s+comunicazione\b/i],
  ["piano-formativo", /\bpiano\s+(?:triennale\s+|annuale\s+)?(?:formativo|(?:di|della|per\s+la)\s+formazione)\b/i],
  [
    "programmazione-personale",
    /\bprogrammazione\s+(?:triennale\s+|integrata\s+)*(?:del\s+|dei\s+)?(?:fabbisogn[oi]\s+(?:di|del)\s+)?personale\b|\bpiano\s+triennale\s+de[il]\s+fabbisogn[oi]\s+di\s+personale\b|\bPTFP\b|\bPIAO\b|\bpiano\s+integrato\s+di\s+attivit[àa]\s+e\s+organizzazione\b/i,
  ],
  [
    "atti-governance",
    /\bregolamento\s+(?:sull['’]\s?|per\s+l['’]\s?|di\s+|dell['’]\s?)?(?:ordinamento|organizzazione)\s+(?:generale\s+)?degli\s+uffici\b|\borganigramma\b|\bmacrostruttura\b|\bfunzionigramma\b|\bassetto\s+organizzativo\b/i,
  ],
];
// Guidelines, a proposal to another organ or the start of the work are not the approved document.
const notTheDocument =
  /\bproposta\s+di\b|\bda\s+sottoporre\b|\blinee\s+(?:guida|di\s+indirizzo)\b|\bavvi(?:o|are)\s+(?:del|della|il|la|l['’])/i;

/** The programme documents a decision approves ("di approvare il Piano di comunicazione 2025-2027"). */
export function approvedDeliverables(clause: Clause): Array<{ id: DeliverableId; at: number }> {
  if (!clause.head || !approvalHeads.has(clause.head) || notTheDocument.test(clause.text)) return [];
  return deliverablePatterns.flatMap(([id, pattern]) => {
    const match = pattern.exec(clause.text);
    return match ? [{ id, at: match.index }] : [];
  });
}

export function isStatuteChange(clause: Clause): boolean {
  return Boolean(clause.head && statuteHeads.has(clause.head) && /\bstatut[oi]\b/i.test(clause.text));
}
