/**
 * Words of one family that the stemmer keeps apart. Officials ask with the verb ("chi deve trasmettere il
 * PIAO?"), acts state the noun or the participle ("provvedere alla trasmissione", "trasmesso"): regular families
 * share a stem ("liquidare", "liquidazione" → liquid), irregular ones do not ("trasmett", "trasmission",
 * "trasmess"). A question term of such a family brings the others the index holds, at the weight of a typo
 * correction: the same word, written another way.
 */
import { analyze } from "../index-format/italian-analyzer.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";
import { correctionWeight, type Vocabulary } from "./typo-correction.js";

/** Irregular verbs of administrative Italian with their participle and nouns. */
export const wordFamilies: string[][] = [
  ["trasmettere", "trasmissione", "trasmesso"],
  ["ammettere", "ammissione", "ammesso"],
  ["emettere", "emissione", "emesso"],
  ["omettere", "omissione", "omesso"],
  ["dimettersi", "dimissioni", "dimesso"],
  ["assumere", "assunzione", "assunto"],
  ["ridurre", "riduzione", "ridotto"],
  ["produrre", "produzione", "prodotto"],
  ["introdurre", "introduzione", "introdotto"],
  ["eleggere", "elezione", "eletto"],
  ["correggere", "correzione", "corretto"],
  ["dirigere", "direzione", "diretto"],
  ["redigere", "redazione", "redatto"],
  ["spendere", "spesa", "speso"],
  ["sospendere", "sospensione", "sospeso"],
  ["chiedere", "richiedere", "richiesta", "chiesto", "richiesto"],
  ["rispondere", "risposta", "risposto"],
  ["concedere", "concessione", "concesso"],
  ["recedere", "recesso"],
  ["iscrivere", "iscrizione", "iscritto"],
  ["sottoscrivere", "sottoscrizione", "sottoscritto"],
  ["prescrivere", "prescrizione", "prescritto"],
  ["prevedere", "previsione", "previsto"],
  ["comporre", "composizione", "composto"],
  ["proporre", "proposta", "proposto"],
  ["disporre", "disposizione", "disposto"],
  ["esporre", "esposizione", "esposto"],
  ["esprimere", "espressione", "espresso"],
  ["dividere", "divisione", "diviso"],
  ["decidere", "decisione", "deciso"],
  ["concludere", "conclusione", "concluso"],
  ["escludere", "esclusione", "escluso"],
  ["includere", "inclusione", "incluso"],
  ["chiudere", "chiusura", "chiuso"],
  ["eseguire", "esecuzione", "eseguito"],
  ["risolvere", "risoluzione", "risolto"],
  ["sciogliere", "scioglimento", "sciolto"],
  ["scegliere", "scelta", "scelto"],
  ["raccogliere", "raccolta", "raccolto"],
  ["accogliere", "accoglimento", "accolto"],
  ["svolgere", "svolgimento", "svolto"],
  ["rimuovere", "rimozione", "rimosso"],
  ["promuovere", "promozione", "promosso"],
  ["intervenire", "intervento"],
  ["prevenire", "prevenzione"],
  ["aprire", "apertura", "aperto"],
  ["offrire", "offerta", "offerto"],
  ["coprire", "copertura", "coperto"],
  ["vincere", "vincitore", "vinto"],
  ["estinguere", "estinzione", "estinto"],
  ["ratificare", "ratifica"],
  ["rettificare", "rettifica"],
  ["modificare", "modifica"],
  ["verificare", "verifica"],
  ["notificare", "notifica"],
  ["pubblicare", "pubblicazione", "pubblicato"],
];

/** Members added for one question term at most. */
const maxMembers = 3;

export interface FamilyExpander {
  /** The terms, followed by the other members of their families that the index holds (lower weight). */
  expand(terms: WeightedTerm[]): WeightedTerm[];
}

export function createFamilyExpander(index: Vocabulary, families: string[][] = wordFamilies): FamilyExpander {
  const familyOf = new Map<string, string[]>();
  for (const family of families) {
    const stems = [...new Set(family.flatMap((word) => analyze(word)))];
    if (stems.length < 2) continue;
    for (const stem of stems) familyOf.set(stem, stems);
  }
  return {
    expand(terms) {
      const present = new Map(terms.map((item, position) => [item.term, position]));
      const result = [...terms];
      for (const item of terms) {
        if (item.weight < 1) continue;
        const members = (familyOf.get(item.term) ?? []).filter((stem) => index.documentFrequency(stem) > 0);
        for (const stem of members.slice(0, maxMembers)) {
          const at = present.get(stem);
          // A member a synonym group already brought at a lower weight is the same word: it weighs as one.
          if (at !== undefined) {
            const known = result[at]!;
            if (known.weight < correctionWeight)
              result[at] = { ...known, weight: correctionWeight, standsFor: [item.term] };
            continue;
          }
          present.set(stem, result.length);
          result.push({ term: stem, weight: correctionWeight, standsFor: [item.term] });
        }
      }
      return result;
    },
  };
}
