/**
 * Data asked about someone: a person's or a firm's name, a phone number or an address. An answer either shows them
 * or says it did not find them (see unstated-datum.ts). Patterns run on the folded question (no accents).
 */
/**
 * A phone number, an e-mail or PEC address, a web site: a datum an answer either shows or does not have. A "canale
 * WhatsApp" is a thing the question may ask about ("ha un costo?"), not a number asked.
 */
const contact =
  /(?<!\b(?:canal[ei]|grupp[oi]|chat|pagin[ae]|profil[oi]) )\b(?:telefono|cellulare|whatsapp|fax)\b|\b(?:a|che|quale|qual e la|su|con) (?:pec|mail|e-?mail|indirizzo (?:pec|mail|e-?mail|di posta))\b|\b(?:numero|indirizzo|recapito|contatt\w*|qual e|quale|mi dai|dammi)\b[^?]{0,30}\b(?:pec|posta elettronica(?: certificata)?|e-?mail|mail|sito(?: web| internet)?)\b/;

/**
 * A person or a firm asked by name: "chi è il revisore?", "chi è il responsabile del procedimento?", "a chi è stato
 * affidato il restauro?". The organ that decides ("chi approva il PIAO?") is a "who" question, not this one.
 */
const person =
  /(?<!\b(?:capisce|stabilisce|individua|sceglie|decide|determina|sa|sapere|capire|stabilire|individuare|scegliere|a) )\bchi (?:e|sono|era|e stato|e stata|ha firmato|firma|ha vinto|si e aggiudicat\w*)\b|\baggiudicatari\w*|\ba chi e andat[oa]\b|\ba chi (?:e|sono) stat[oaie] (?:affidat|aggiudicat|assegnat|liquidat)|\ba chi (?:e|va|vanno) aggiudicat|\b(?:nominativo|come si chiama|chi e il nome)\b/;

/** A task "affidato" within the administration, to a role rather than to a firm. */
const assignedTask = /\b(?:gestione|compit\w*|responsabilita|coordinamento|cura|controllo|verifica|obiettiv\w*)\b/;

export function asksContact(text: string): boolean {
  return contact.test(text);
}

/**
 * "a chi è affidato il restauro?" asks the firm; "a chi è affidata la gestione dei residui?" a role ("ciascun
 * Responsabile"), which "chi" already asks.
 */
export function asksPerson(text: string): boolean {
  return person.test(text) || (/\ba chi (?:e|va|vanno) affidat/.test(text) && !assignedTask.test(text));
}
