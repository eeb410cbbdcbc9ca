/** "3 funzioni su 4 richieste contano" / "1 funzione su 4 richieste conta": the verb agrees with the count. */
import { formatNumber } from "../core/italian-format.js";

export function countedPhrase(counted: number, required: number): string {
  const subject = counted === 1 ? "1 funzione" : `${formatNumber(counted)} funzioni`;
  return `${subject} su ${formatNumber(required)} richieste ${counted === 1 ? "conta" : "contano"}`;
}

/** The same, verb first, after a colon: "contano 3 funzioni su 4 richieste" / "conta 1 funzione su 4 richieste". */
export function countedPhraseVerbFirst(counted: number, required: number): string {
  const subject = counted === 1 ? "1 funzione" : `${formatNumber(counted)} funzioni`;
  return `${counted === 1 ? "conta" : "contano"} ${subject} su ${formatNumber(required)} richieste`;
}
