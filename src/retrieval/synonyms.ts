/**
 * Query-time synonym expansion. Officials write "vigili", "TUEL", "delega"; the texts say "polizia locale",
 * "D.Lgs. 267/2000", "conferimento". When a phrase of a group appears in the question, the terms of the other
 * phrases of the group are added with a lower weight, so they help recall without outranking the user's words.
 */
import { analyze, fold, stopwords, words } from "../index-format/italian-analyzer.js";
import type { WeightedTerm } from "../index-format/weighted-term.js";

/** Abbreviations and colloquial words officials use; the glossary adds more at load time. */
export const builtinSynonymGroups: string[][] = [
  ["legge regionale", "L.R.", "LR"],
  ["testo unico enti locali", "TUEL", "D.Lgs. 267/2000", "decreto legislativo 267/2000"],
  ["programma di riordino territoriale", "PRT", "riordino territoriale"],
  ["delibera di Giunta regionale", "DGR", "deliberazione della Giunta regionale"],
  ["Consiglio delle Autonomie locali", "CAL"],
  ["sportello unico attività produttive", "SUAP"],
  ["centrale unica di committenza", "CUC"],
  [
    "servizio informatico associato",
    "SIA",
    "ICT",
    "sistemi informativi",
    "informatica",
    "tecnologie dell'informazione",
  ],
  ["piano integrato di attività e organizzazione", "PIAO"],
  ["piano triennale dei fabbisogni di personale", "PTFP", "fabbisogni di personale", "assunzioni"],
  ["polizia locale", "vigili", "vigile", "polizia municipale", "vigili urbani"],
  ["conferimento", "delega", "conferire", "delegare", "trasferimento della funzione"],
  ["gestione associata", "esercizio associato", "funzioni associate"],
  ["ambito ottimale", "ambito territoriale ottimale"],
  ["revoca", "recesso", "uscire dall'unione", "ritirare", "riprendere la funzione", "tornare indietro"],
  ["consiglio comunale", "consiglieri comunali"],
  ["commissioni consiliari", "commissione consiliare"],
  ["far parte", "aderire", "aderisce", "stare in", "entrare in", "appartenere"],
  ["revisore dei conti", "revisore", "organo di revisione", "revisore unico"],
  ["cessazione dell'attività", "cessazione", "chiusura dell'attività", "chiude l'attività", "chiudere l'attività"],
  ["commissario", "commissariamento", "consiglio sciolto", "scioglimento del consiglio"],
  ["raccolta differenziata", "differenziata"],
  ["dividere le spese", "riparto delle spese", "ripartizione delle spese", "rapporti finanziari"],
  // Plain words of an official's question and the administrative words of the acts.
  ["alienazione", "vendere", "vendita", "alienare"],
  ["acquisto", "acquistare", "acquistato", "comprare", "comprato", "comprati", "compra"],
  ["locazione", "affitto", "affittare"],
  ["sanzione", "multa", "multe", "contravvenzione"],
  ["rifiuti", "spazzatura", "immondizia"],
  ["refezione scolastica", "mensa scolastica"],
  ["illuminazione pubblica", "lampioni"],
  ["garanzia definitiva", "cauzione definitiva"],
  ["garanzia provvisoria", "cauzione provvisoria"],
  // Titles as acts abbreviate them before a name ("l'Avv. Rachele Picciocchi", "ing. Aristide Costanzo").
  ["avvocato", "avvocata", "avv."],
  ["ingegnere", "ing."],
  ["architetto", "arch."],
  ["geometra", "geom."],
  ["dottore", "dottoressa", "dott.", "dott.ssa"],
  // Other abbreviations of the acts: "Glock, mod. 19", "Tel. 081…", "Fg. 6", "fraz. Sperone" ("loc." would be
  // "locali" too: the stemmer makes "località" and "locali" one word).
  ["modello", "mod."],
  ["telefono", "tel."],
  ["foglio", "fg."],
  ["frazione", "fraz."],
];

export interface SynonymExpander {
  /** The question's own terms (weight 1) followed by synonym terms (weight `expansionWeight`). */
  expand(question: string): WeightedTerm[];
}

const expansionWeight = 0.4;
/** Beyond this many added terms the question's own words would be drowned. */
const maxExpansionTerms = 12;

/**
 * The added terms of one group share this much weight in all: a group of eight phrases must not outweigh the
 * question's own words ("tari" bringing tributi, uffici, tasse, IMU, entrate, gestione at 0.4 each drowned it).
 */
const groupWeight = 0.4;

/** One phrase of a group as its terms, and whether finding it in a question brings the rest of the group. */
export type AnalyzedGroup = Array<{ terms: string[]; trigger: boolean }>;

export function createSynonymExpander(groups: string[][]): SynonymExpander {
  return synonymExpanderOf(analyzeSynonymGroups(groups));
}

/** The groups as the analyzer sees them; groups left with fewer than two phrases expand nothing. */
export function analyzeSynonymGroups(groups: string[][]): AnalyzedGroup[] {
  return groups
    .map((group) =>
      group
        .map((phrase) => ({ terms: analyze(phrase), trigger: keepsItsWords(phrase) }))
        .filter((phrase) => phrase.terms.length > 0),
    )
    .filter((group) => group.length > 1);
}

export function synonymExpanderOf(analyzedGroups: AnalyzedGroup[]): SynonymExpander {
  return {
    expand(question) {
      const own = analyze(question);
      const seen = new Set(own);
      const result: WeightedTerm[] = [...seen].map((term) => ({ term, weight: 1 }));
      const added: WeightedTerm[] = [];
      for (const group of analyzedGroups) {
        const triggers = group.filter((phrase) => phrase.trigger && containsSequence(own, phrase.terms));
        if (triggers.length === 0) continue;
        const standsFor = [...new Set(triggers.flatMap((phrase) => phrase.terms))];
        const fresh = [...new Set(group.flatMap((phrase) => phrase.terms))].filter((term) => !seen.has(term));
        const weight = Math.min(expansionWeight, groupWeight / Math.max(1, fresh.length));
        for (const term of fresh) {
          if (added.length >= maxExpansionTerms) break;
          seen.add(term);
          added.push({ term, weight, standsFor });
        }
      }
      return [...result, ...added];
    },
  };
}

/**
 * A phrase that lost a content word to the stopword list ("nuovo comune" -> "comun") would fire on every question
 * about Comuni: it can still be added as a synonym, but it does not trigger its group. Short function words
 * (di, dei, dell'…) may go.
 */
function keepsItsWords(phrase: string): boolean {
  return words(fold(phrase)).every((word) => !stopwords.has(word) || functionWords.test(word) || word.length < 4);
}

/** Articulated prepositions and reference words: losing them changes nothing ("giunta dell'unione", "comma 27"). */
const functionWords = /^(?:(?:de|da|ne|su|a|co)(?:ll[aeio]?|gli|i)|verso|tra|fra|articol[oi]|comm[ai])$/;

function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}
