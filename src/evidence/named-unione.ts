/**
 * Whether a decision is addressed to this Unione: "all'Unione Terre del Delta" and a bare "all'Unione" are; "all'Unione
 * dei Comuni Valli e Delizie" is not. In capitals the name's end cannot be told from the words that follow, so only a
 * name that starts like this Unione's counts as this Unione there.
 */
import { normalizeName } from "../core/fuzzy-match.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import { unioneKey } from "./act-issuer.js";

const mention =
  /\b(?:Unione|UNIONE|unione)\b((?:\s+(?:dei|di|delle)\s+(?:Comuni|COMUNI|comuni))?)\s*[«"“]?\s*([^\n]{0,80})/g;

/** True when the text addresses another Unione by name and never this one. */
export function namesOtherUnione(text: string, record: UnioneRecord): boolean {
  const own = unioneKey(record.name);
  const ownId = record.id.replace(/-/g, " ");
  let other = false;
  for (const match of text.matchAll(mention)) {
    const following = match[2]!;
    const folded = normalizeName(following);
    if (folded.startsWith(own) || folded.startsWith(ownId)) return false;
    if (startsWithName(following)) other = true;
  }
  return other;
}

// In capitals, the words that may follow a bare "UNIONE": articles, prepositions, what is conferred.
const followers = new Set(
  "DELLA DELLE DEL DEI DEGLI DELL PER CON AI AL ALLA SENSI LA LE IL GLI LO DI DA CHE NONCHÉ STESSA MEDESIMA FUNZIONE FUNZIONI GESTIONE ESERCIZIO SERVIZIO SERVIZI COMPETENZA COMPETENZE".split(
    " ",
  ),
);

// A name follows when the next word is capitalised, or in capitals and not one of the words above.
function startsWithName(following: string): boolean {
  // "dei Comuni della Pianura": the name starts after the connecting words.
  const rest = following.replace(/^(?:(?:della|delle|dello|del|dei|degli|di|dell['’]\s?|d['’]\s?)\s*)+/iu, "");
  const word = /^[\p{L}]+/u.exec(rest)?.[0] ?? "";
  if (/^\p{Lu}\p{Ll}/u.test(word)) return true;
  return word.length >= 3 && word === word.toUpperCase() && !followers.has(word);
}
