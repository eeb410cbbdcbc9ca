/**
 * "Alla fine l'appello l'abbiamo vinto?", "com'è andata la festa?", "la Regione ha poi riconosciuto la DMO?": the
 * question asks how something turned out after the acts that started it. The notice board holds what was decided
 * (to appeal, to take part, to grant a patronage), so the passages found are about the start, and a line of them
 * is no answer. Unless the answer states an outcome (an award, a ruling, an admission, a result), it is "Non ho
 * trovato".
 */
import { fold } from "../index-format/italian-analyzer.js";

const asksOutcome =
  /\b(?:alla fine|che fine (?:ha|hanno) fatto|(?:com|come)(?: e|'e|') andat[oa]|(?:ha|hanno|sono|siamo|abbiamo) poi\b|poi (?:e|sono) stat[oaie]|che esito|l'esito|esito finale|(?:abbiamo|hanno|ha) (?:vinto|perso)|e finit[oa])\b/;

/** Words that state how something ended: an award, a ruling, an admission or exclusion, a revocation, a result. */
const statesOutcome =
  /\b(?:esit[oi]|revocat[oaie]|revoca|annullat[oaie]|decadut[oaie]|archiviat[oaie]|aggiudicat[oaie]|aggiudicazione|vint[oaie]|pers[oaie] la causa|accolt[oaie]|respint[oaie]|rigettat[oaie]|riconosciut[oaie]|ammess[oaie]|esclus[oaie]|graduatoria|partecipant[ei]|concluso|conclusa|si e concluso|si e conclusa)\b/;

export function asksLaterOutcome(question: string): boolean {
  return asksOutcome.test(fold(question));
}

export function answersOutcome(answer: string): boolean {
  return statesOutcome.test(fold(answer));
}

export const outcomeNotFoundAnswer =
  "Non ho trovato negli atti indicizzati come è andata a finire: gli atti qui sotto riguardano ciò che è stato deciso o avviato, non il suo esito. Se l'esito è in un atto successivo, va caricato (unione ingest).";
