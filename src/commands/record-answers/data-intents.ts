/**
 * What a question asks of an Unione's data: its readiness, members, seat, province, population, dates, type,
 * Giunta, functions (by state, or one function's date or verdict), counts, the threshold, art. 7 c.3, deadlines,
 * programme documents, and who holds an office (which a record does not say). Patterns run on the normalised
 * question (lower case, no accents or punctuation). A question that asks what the law requires ("deve", "può",
 * "un'Unione") is not a data question unless it names the Unione: the law answers it.
 */
import { normalizeName } from "../../core/fuzzy-match.js";
import type { FunctionCatalog, FunctionInfo } from "../../knowledge/function-catalog.js";

export type DataIntent =
  | { kind: "readiness"; nextStep?: boolean }
  | { kind: "members" }
  | { kind: "membership"; candidate: string }
  | { kind: "seat" }
  | { kind: "province" }
  | { kind: "population" }
  | { kind: "date"; field: "statuto_approved" | "deed_signed" | "operating_from" }
  | { kind: "type" }
  | { kind: "giunta" }
  | { kind: "function"; info: FunctionInfo; asks: "date" | "verdict" | "state" }
  | { kind: "functions"; states: Array<"attiva" | "pianificata" | "proposta" | "cessata">; counted?: boolean }
  | { kind: "missing" }
  | { kind: "threshold" }
  | { kind: "art7" }
  | { kind: "deadlines" }
  | { kind: "documents" }
  | { kind: "document"; id: string }
  | { kind: "officer"; role: string }
  | { kind: "unheld"; what: string };

const has = (text: string, pattern: RegExp) => pattern.test(text);

/** Questions about what the law requires of any Unione: answered from the law, not from one record. */
const lawQuestion =
  /\b(deve|devono|debba|debbano|puo|possono|bisogna|occorre|serve|servono|obbligo|obbligatori[ao]?|legge|norma|articolo|art|lr|comma|fondamentali)\b|\bun unione\b|\ble unioni\b|\bogni unione\b/;

/**
 * Questions about the acts in the archive ("quali delibere di Giunta del 2026 riguardano il personale?", "la
 * delibera della Giunta n. 42"): the indexed acts answer them, not the record's Giunta or documents.
 */
const actsInArchive =
  /\b(delibere|deliberazioni|determine|determinazioni|ordinanze|decreti|verbali)\b|\b(delibera|deliberazione|determina|determinazione|ordinanza|decreto)( (di|della|del|dell|sindacale|dirigenziale))? (giunta|consiglio|sindaco|n|nr|numero|\d+)\b|\b(dg|dgc|dcc|det)( n)? \d+\b/;

/** Words by which a question in a bound channel refers to its own Unione ("ci mancano", "ne fanno parte"). */
const refersToUnione = /\b(unione|ci|abbiamo|siamo|nostr[aoie]|gestiamo|dobbiamo|ne|noi)\b/;

/** Intents that only make sense about one Unione: no reference needed in a bound channel. */
const ownIntents = new Set<DataIntent["kind"]>([
  "readiness",
  "missing",
  "deadlines",
  "documents",
  "document",
  "date",
  "seat",
  "giunta",
  "membership",
  "officer",
]);

const documentNames: [string, RegExp][] = [
  ["atti-governance", /\batti (di )?governance\b/],
  ["piano-comunicazione", /\bpiano (di |della )?comunicazione\b/],
  ["programmazione-personale", /\bprogrammazione (integrata )?(del )?personale\b/],
  ["piano-formativo", /\bpiano (formativo|della formazione|di formazione)\b/],
];

function functionNamed(text: string, catalog: FunctionCatalog): FunctionInfo | null {
  const tokens = text.split(" ");
  for (let length = 4; length >= 1; length -= 1) {
    for (let start = 0; start + length <= tokens.length; start += 1) {
      const phrase = tokens.slice(start, start + length).join(" ");
      if (phrase.length < 3 || /^(funzion|servizi?|unione|comuni?)$/.test(phrase)) continue;
      const info = catalog
        .list()
        .find((item) => [item.code, item.name, ...item.aliases].some((name) => normalizeName(name) === phrase));
      if (info) return info;
    }
  }
  return null;
}

function functionStates(text: string): Array<"attiva" | "pianificata" | "proposta" | "cessata"> {
  if (has(text, /\b(nuove|propost[ea]|proporre|pensando|pensa|pensano|intende|intendono|vuole|vogliono)\b/))
    return ["proposta"];
  if (has(text, /\b(in programma|programmat[ea]|pianificat[ea]|previst[ea]|prossim[ea]|in arrivo|oltre)\b/))
    return ["pianificata", "proposta"];
  if (has(text, /\b(gia|consolidat[io]|attiv[ea]|gestisce|gestiva|gestiscono|conferit[ea]|associat[ie] ha)\b/))
    return ["attiva"];
  return ["attiva", "pianificata", "proposta", "cessata"];
}

function documentIntent(text: string): DataIntent | null {
  const named = documentNames.find(([, pattern]) => has(text, pattern));
  if (named) return { kind: "document", id: named[0] };
  if (has(text, /\b(documenti|deliverable|adempimenti|prodotti)\b/)) return { kind: "documents" };
  return null;
}

function functionIntent(text: string, catalog: FunctionCatalog): DataIntent | null {
  const info = functionNamed(text, catalog);
  const aboutFunctions = has(text, /\bfunzion|\bservizi\b|\bgestisce\b|\bgestiva\b|\bconferit/);
  if (info && has(text, /\b(conta|contano|requisiti|effettiva|regola|regolare|contributi)\b/))
    return { kind: "function", info, asks: "verdict" };
  if (info && has(text, /\b(quando|data|partit[ao]|parte|passare|avvio|avviat[ao]|dal|da che|dura|durata)\b/))
    return { kind: "function", info, asks: "date" };
  // "Terre d'Acqua gestisce la protezione civile?" asks that function's state; "quali funzioni gestisce oltre alla
  // protezione civile?" asks the list.
  const listAsked = has(text, /\b(quali|quante|elenco|oltre|altre|tutte)\b/);
  if (
    info &&
    (!aboutFunctions || !listAsked) &&
    has(
      text,
      /\b(stato|a che punto|attiv[ao]|gestit[ao]|ha|hanno|abbiamo|avete|gestisce|gestiscono|gestiamo|gestite|c e)\b/,
    )
  )
    return { kind: "function", info, asks: "state" };
  if (!info && aboutFunctions && has(text, /\b(conta|contano)\b/)) return { kind: "missing" };
  if (aboutFunctions && has(text, /\b(quali|che|cosa|elenco|quante|gestisce|gestiva|ha|hanno)\b/))
    return { kind: "functions", states: functionStates(text) };
  return null;
}

/** Words that are not the name of a place: "il personale è nell'Unione?" asks no membership. */
const notPlaces =
  /\b(chi|cosa|quali|quale|che|quanti|quante|personale|funzion\w*|serviz\w*|sindac\w*|giunta|consiglio|ufficio|uffici|sede|statuto|piano|atto|atti|delibera|comandante|vigil\w*|dipendent\w*|segretari\w*)\b/;

/** "fiscaglia sta nell'unione …" -> "fiscaglia": the place whose membership is asked, if any. */
function membershipCandidate(text: string): string | null {
  const match =
    /^(?:ma |e |il comune di |il |la |lo |l )*(.+?) (?:fa(?:nno)? (?:anche )?parte d|sta(?:nno)? (?:anche |ancora )?(?:nell|nella|nel|in)\b|e (?:anche |ancora )?(?:nell|nella|nel|membro|tra|fra)\b|appartien|aderisc)/.exec(
      text,
    );
  const candidate = match?.[1]?.trim() ?? "";
  if (!candidate || candidate.split(" ").length > 4 || notPlaces.test(candidate)) return null;
  return candidate;
}

/** The intent of a question about an Unione's data, or null when it is not one. `named`: the question names it. */
export function dataIntent(question: string, options: { catalog: FunctionCatalog; named: boolean }): DataIntent | null {
  const text = normalizeName(question);
  if (!options.named && has(text, lawQuestion)) return null;
  if (has(text, actsInArchive)) return null;
  const intent = intentOf(text, options.catalog);
  // "il SUAP quando parte?" in a bound channel asks about its Unione; whether a function counts may be asked of the law.
  const ownFunction = intent?.kind === "function" && intent.asks !== "verdict";
  if (!intent || options.named || ownIntents.has(intent.kind) || ownFunction || has(text, refersToUnione))
    return intent;
  return null;
}

/**
 * "chi è il presidente?", "come si chiama il segretario?": a person the record does not hold. Who appoints or what a
 * role does ("chi nomina il presidente?") is a question of law.
 */
const officer =
  /\b(?:chi e|come si chiama|nome del(?:la)?|nominativo del(?:la)?) (?:il |la |l )?(?:nostr[oa] |vostr[oa] |su[oa] )?(presidente|vicepresidente|segretari[oa]|direttor[ea]|comandante|dirigente|responsabile(?: [a-z]+){0,3})\b/;
/** "il segretario di Terre del Delta chi è?": the role named first. */
const officerFirst =
  /^(?:e |ma )?(?:il |la |l )?(presidente|vicepresidente|segretari[oa]|direttor[ea]|comandante|dirigente)\b.*\b(?:chi e|come si chiama)\b/;

/** Data a record does not hold, asked of an Unione: its staff in numbers, its contacts. */
const unheldData: [RegExp, string][] = [
  [
    /\bquant[ie] (?:sono (?:i |gli )?)?(?:dipendent|impiegat|lavorator|addett|persone lavorano)/,
    "il numero dei dipendenti",
  ],
  [
    /\b(?:telefono|cellulare|pec|e ?mail|indirizzo di posta|sito (?:web|internet)|recapit\w*)\b/,
    "telefono, PEC e sito dell'Unione",
  ],
];

function intentOf(text: string, catalog: FunctionCatalog): DataIntent | null {
  const role = officer.exec(text)?.[1] ?? officerFirst.exec(text)?.[1];
  if (role) return { kind: "officer", role };
  const unheld = unheldData.find(([pattern]) => has(text, pattern));
  if (unheld) return { kind: "unheld", what: unheld[1] };
  if (
    has(
      text,
      /\b(pront[aoie]|prontezza|a che punto (siamo|e|sono|sta)|in regola|com e messa|come (e|siamo) messa?i?|situazione|prossim[oi] pass[oi]|primo passo|da dove (partiamo|iniziamo|cominciamo))\b|\b(possiamo|possono|puo) (chiedere|avere|prendere|ottenere) (i )?contributi\b/,
    )
  )
    return { kind: "readiness", nextStep: has(text, /\b(prossim[oi] pass[oi]|primo passo|da dove)\b/) };
  if (has(text, /\bart(icolo)? 7\b|\bdelle (7|sette)\b/)) return { kind: "art7" };
  if (has(text, /\bsoglia\b|\barriva(no)? a\b|\braggiung/)) return { kind: "threshold" };
  // "quante funzioni associate ha?" counts what the record holds; "quante funzioni ci mancano?" what is missing.
  if (
    has(text, /\bquante funzioni\b/) &&
    !has(text, /\b(manc\w*|serv\w*|ancora|contano|conta|valgono|vale|servirebbero)\b/)
  )
    return { kind: "functions", states: ["attiva"], counted: true };
  if (
    has(
      text,
      /\bquante funzioni\b|\b(ci )?mancano\b|\bquanto manca\b|\bquante ne\b|\b(che )?cosa (ci |gli |le )?(manca|serve|servono)\b|\bmanca (ancora )?(per|a)\b/,
    )
  )
    return { kind: "missing" };
  if (has(text, /\bscad|\bentro quando\b|\btermine\b|\bentro che data\b/)) return { kind: "deadlines" };
  const document = documentIntent(text);
  if (document) return document;
  if (has(text, /\bgiunta\b/)) return { kind: "giunta" };
  if (has(text, /\bstatuto\b/) && has(text, /\b(approvat[oa]|quando|data)\b/))
    return { kind: "date", field: "statuto_approved" };
  if (has(text, /\batto costitutivo\b|\bcostituit[ao]\b.*\bquando\b|\bquando\b.*\bcostituit[ao]\b/))
    return { kind: "date", field: "deed_signed" };
  if (has(text, /\b(costituita o esistente|esistente o costituita|che tipo di unione|tipo di unione)\b/))
    return { kind: "type" };
  // "la CUC da quando è attiva?" asks the function's date, not the Unione's.
  const fn = functionIntent(text, catalog);
  if (fn?.kind === "function") return fn;
  if (has(text, /\boperativ[ao]\b|\bda quando\b.*\b(esiste|funziona|attiva|lavora)\b|\bnata\b/))
    return { kind: "date", field: "operating_from" };
  if (fn) return fn;
  if (has(text, /\babitant|\bpopolazion|\bresidenti\b/)) return { kind: "population" };
  if (has(text, /\bsede\b|\bdove ha sede\b/)) return { kind: "seat" };
  if (has(text, /\bprovincia\b|\bcitta metropolitana\b|\bbolognese\b|\bferrarese\b|\bin che zona\b/))
    return { kind: "province" };
  const membership = membershipCandidate(text);
  if (has(text, /\b(comuni|membri|aderenti)\b/) && has(text, /\b(quali|che|quanti|elenco|chi)\b/))
    return { kind: "members" };
  if (has(text, /\bne fanno parte\b|\bfanno parte\b|\bchi fa parte\b|\bchi ne fa parte\b/)) return { kind: "members" };
  if (membership) return { kind: "membership", candidate: membership };
  if (has(text, /\b(costituita|esistente)\b/)) return { kind: "type" };
  return null;
}
