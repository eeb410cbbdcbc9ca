/**
 * Which kinds of fact a sentence carries: a number, an amount, a duration, a date, an organ or office, a rule
 * (a modal or a limit), a list lead-in. A sentence that carries the kind of fact the question asks for is the one
 * that answers it ("quanti" → the sentence with the number; "chi" → the one naming the organ).
 */
import { fold } from "../index-format/italian-analyzer.js";
import { statesCode } from "./asked-codes.js";
import type { QuestionKind } from "./question-analysis.js";
import { endsLeadIn } from "./unit-sentences.js";

const numberWords =
  "(?:uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|venti|trenta|quaranta|cinquanta|sessanta|novanta|cento|mille|duemila)";
const months = "(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)";

const measureUnits =
  "(?:mc|mq|m2|m3|m|km|kmq|kg|q|t|kw|kwh|mwh|ha|cm|mm|l|lt|litri|metri|ore|anni|mesi|giorni|abitanti|residenti|persone|utenti|unita)\\b";

const euroWords = `(?:${numberWords}|\\w*(?:mila|cento|milion[ei]|miliard[oi]))`;
/** "€ 250", "€. 1.830,00", "23.790,00 €", "euro 2.000", "9,7 milioni di euro"; not "€/mc" nor "importi in euro". */
const figureInEuro = `€\\.?\\s?-?\\d|\\d\\s?€|\\beuro\\.?\\s?\\d|\\d\\s?(?:(?:milion[ei]|miliard[oi]|mila)\\s+(?:di\\s+)?)?euro\\b|\\beuro\\s+${euroWords}\\b|\\b${euroWords}\\s+(?:di\\s+)?euro\\b`;

/** A figure written in euro ("€ 1.012,50", "200 euro"), not a bare decimal that may be a share ("0,25"). */
export const euroFigure = new RegExp(figureInEuro);

const features: Record<
  Exclude<QuestionKind, "reference" | "definition" | "procedure" | "list" | "yesno" | "person" | "deadline" | "code">,
  RegExp
> = {
  quantity: new RegExp(`\\d|\\b${numberWords}\\b|%|\\beuro\\b|€|\\bmilion|\\bmila\\b|\\bper cento\\b|\\bmeta\\b`),
  duration: new RegExp(
    `\\b(?:\\d+|${numberWords})\\s+(?:\\(\\s*[a-z]+\\s*\\)\\s*)?(?:anni|anno|mesi|mese|giorni|giorno|ore|settimane)\\b|tempo indeterminato|\\b(?:quinquennal|decennal|triennal|annual|biennal)|\\bsenza (?:limiti di durata|scadenza)`,
  ),
  date: new RegExp(
    `\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}°?\\s+${months}\\b|\\b${months}\\s+\\d{4}\\b|\\bentro (?:il|la|le|e non oltre)\\b|\\b(?:19|20)\\d{2}\\b|\\bgiorni (?:liberi|prima|dalla|dal)\\b|\\b(?:entro|non oltre) (?:le |i |il termine di )?(?:\\d+|${numberWords}) (?:\\(\\s*[a-z]+\\s*\\)\\s*)?(?:ore|giorni|mesi|anni)\\b|\\b(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\\b`,
  ),
  time: /\b(?:ore|alle|dalle)\s+\d{1,2}(?:[:.,]\d{2})?\b|\b\d{1,2}:\d{2}\b/,
  frequency:
    /\b(?:mensil|bimestral|trimestral|quadrimestral|semestral|settimanal|giornalier|quotidian|annualment)\w*|\bogni (?:\d+|due|tre|quattro|sei|dodici)? ?(?:giorni|mesi|settimane|anni|mese|anno|settimana)\b|\b(?:\d+|una|due|tre|quattro) volt[ae] (?:a|al|alla|all'|l'|per) ?(?:settimana|mese|anno|giorno)\b|\ba cadenza \w+/,
  // A figure in euro, or the statement that there is none ("senza oneri per l'Ente", "a titolo gratuito").
  // A figure followed by a unit is a measure, not money: "0,90 mc", "20.000 abitanti" (a percentage may be asked).
  amount: new RegExp(
    `${figureInEuro}|(?:\\b\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\b\\d+,\\d{2})\\b(?!\\s?(?:${measureUnits}))|\\bsenza (?:alcun )?oner|\\bnessun (?:onere|costo)|\\bnon comport\\w* (?:alcun\\w* )?(?:nuov\\w* |ulterior\\w* |maggior\\w* )?(?:oner|spes|cost|aggrav)|\\btitolo gratuito|\\bgratuit`,
  ),
  contact:
    /\b(?:tel|telefono|cell|cellulare|whatsapp|fax)\b\.?\s*(?:n\.?\s*)?:?\s*\+?\d[\d\s./-]{5,}\d|\b3\d{2}[\s.]?\d{3}[\s.]?\d{3,4}\b|\b0\d{1,3}[\s./-]\d{5,8}\b|[\w.-]+@[\w-]+\.[a-z]{2,}|\bwww\.[\w-]+\.[a-z]{2,}|https?:\/\//,
  // "Delibera di Giunta comunale n°117", "determinazione dirigenziale n. 54/2024", "decreto sindacale n. 20".
  act: /\b(?:delibera|deliberazione|determina|determinazione|decreto|ordinanza|provvedimento)\w*\s+(?:(?:di|del|della)\s+\w+\s+(?:\w+\s+)?|(?:sindacale|dirigenziale)\s+)?(?:n\.?|nr\.?|numero|n°)\s*\d/,
  // A legal basis cited: "ai sensi dell'art. 50, comma 1, lett. b)", "articolo 9 del regolamento", "D.Lgs. 36/2023".
  // The article, not only the law: "che articolo del codice?" is not answered by "ai sensi del D.Lgs. 36/2023".
  basis: /\bartt?\.\s*\d|\barticol[oi]\s+\d/,
  // What an act provides when it is not obeyed: "in caso di inottemperanza si procederà all'esecuzione d'ufficio in
  // danno", "a pena di decadenza", "sarà applicata la sanzione".
  consequence:
    /\b(?:in caso di (?:inottemperanza|mancat\w*|inadempi\w*|mancanza|ritardo|omess\w*)|qualora non|in mancanza|decors\w* inutilmente|a pena di|pena (?:la|il)|si procedera|esecuzione d'ufficio|in danno|decadenza|sanzion\w*)/,
  who: /\b(?:giunta|consiglio|sindac|segretari|responsabil|president|dirigent|ufficio|uffici|servizio|regione|commission|assessor|revisor|rup|comandante|funzionari|ente capofila|capofila|unione|comuni|assemblea|direttore|organo|polizia|carabinier|prefettur|questur|procur|tribunal|asl\b|arpa\w*|anac\b|inps\b|da parte (?:del|della|dello|dell'|dei|degli|delle|di)\b)/,
};

/**
 * A person or a firm named: a title before a capitalised name ("arch. Giuseppe Canonico", "dott.ssa Nisi"), a
 * signature ("f.to CANONICO GIUSEPPE"), a firm's legal form ("Europrint2000 SRL", "ditta Rossi"), a title in capitals in
 * a heading ("RESPONSABILE DOTT. ANDREA VITALE").
 */
const namedPerson =
  /\b(?:DOTT(?:\.SSA|\.|SSA\b)|(?:ARCH|ING|RAG|AVV|GEOM)\.|[Dd]ott(?:\.ssa|\.|ssa\b)|[Aa]rch\.|[Ii]ng\.|[Rr]ag\.|[Aa]vv\.|[Gg]eom\.|[Pp]rof(?:\.ssa|\.)|[Ss]ig(?:\.ra|\.)|[Ff]\.to|[Dd]itta|[Ss]ocietà|[Ii]mpresa|[Oo]peratore economico)\s*[A-ZÀ-Ù«"“]|\b[A-Z][\wà-ù&.-]*\s+(?:S\.?R\.?L|S\.?P\.?A|S\.?N\.?C|S\.?A\.?S)\b|\b(?:[Ss]\.?[Rr]\.?[Ll]\.?s?|soc\. coop)\b/;

const rule =
  /\b(?:deve|devono|dovra|puo|possono|potra|non puo|non possono|vietat|obbligatori|almeno|solo|soltanto|non ha effetto|non hanno effetto|e necessari|occorre|spetta|competono|compete|e tenut|sono tenut|non conta|conta|contano|vale|valgono|e consentit|non e consentit|e ammess|esclusivamente|in ogni caso|unanimita|tutti)\b/;

export interface SentenceFeatures {
  /** The question kinds whose answer this sentence can carry. */
  carries: Set<QuestionKind>;
  /** Ends with ":" — what follows (a list) belongs to it. */
  leadIn: boolean;
}

/**
 * Numbers that name something rather than count it: articles, commi, act numbers, "21/2012", dates and years.
 * "L'art. 22 stabilisce…" carries no quantity; "circa 9,7 milioni" does.
 */
const namingNumbers =
  /(?:\bartt?\.?|\barticol[oi]|\bc\.|\bcomm[ai]|\bn[.°]|\bnn\.|\bnumero|\br\.?g\.|\brp\.|\blett\.|\bdlgs|\blr|\bdgr|\bdpr|\bdl)\s*\d+(?:[-\s]*(?:bis|ter|quater))?|\b\d{1,5}\/\d{2,4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\b/g;

/** "n. 20 articoli": the number before a word that is not how an act is cited ("n. 22 del", "n. 77 rg. 118"). */
const countedWithN = /\bn[.°]\s*(\d+)\s+(?=(?!(?:del|dell|della|dello|rg|reg|prot|sub)\b)[a-z]{3,})/g;

/** "N. 17 del 17/04/2026", "n. 26 dell'12/02/2026": an act's own number and date. */
const actIdentity = /\b(?:n\.?|n°|nr\.?|numero)\s*\d+(?:\/\d{2,4})?\s+del(?:l')?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/g;

/** "36/2023", "n. 22/2026" — a number over a year, not part of a date ("30/06/2024" is left whole). */
const actNumbers = /(?<![\d/.-])\d{1,5}\/(?:\d{4}|\d{2})(?![\d/-]|\.\d)/g;

export function sentenceFeatures(sentence: string): SentenceFeatures {
  const text = fold(sentence);
  const counted = text
    .replace(/\b(?:d\.\s?lgs|l\.\s?r|d\.\s?l|d\.p\.r)\./g, (match) => match.replace(/[.\s]/g, ""))
    // "composto da n. 20 articoli", "n. 2 cassoni": a count, written as acts write it; "n. 22 del …" names an act.
    .replace(countedWithN, "$1 ")
    .replace(namingNumbers, " ")
    // "1º Concorso", "3° punto all'ordine del giorno": a rank, not a count.
    .replace(/\b\d{1,3}\s?[°º](?!\s*(?:c|celsius)\b)/g, " ");
  const carries = new Set<QuestionKind>();
  // "D.Lgs. 36/2023", "delibera n. 22/2026": the number of an act, not a date; "N. 17 del 17/04/2026" is the date
  // of the act itself, not of what it is about ("in che giorni è il concorso?").
  const dated = text.replace(actIdentity, " ").replace(actNumbers, " ");
  for (const [kind, pattern] of Object.entries(features) as [QuestionKind, RegExp][])
    if (pattern.test(kind === "quantity" ? counted : kind === "date" ? dated : text)) carries.add(kind);
  if (rule.test(text)) carries.add("yesno");
  if (namedPerson.test(sentence)) carries.add("person");
  if (statesCode(sentence)) carries.add("code");
  if (
    /\b(?:entro|non oltre|termine|scadenza|scade|perentori)/.test(text) &&
    (carries.has("date") || carries.has("duration"))
  )
    carries.add("deadline");
  const leadIn = endsLeadIn(sentence.trim());
  if (leadIn) carries.add("list");
  if (/\b(?:e|sono|si intende|si intendono|significa|consiste|indica)\b/.test(text)) carries.add("definition");
  if (
    /\b(?:entro|prima|dopo|successivamente|con (?:delibera|deliberazione|atto|decreto)|mediante|tramite|presentat|trasmess|inviat|domanda|istanza)\b/.test(
      text,
    )
  )
    carries.add("procedure");
  return { carries, leadIn };
}

/** How well a sentence carries what the question asks: 1 when it carries every kind asked, 0 when none. */
export function kindMatch(asked: Set<QuestionKind>, carried: SentenceFeatures): number {
  const relevant = [...asked].filter((kind) => kind !== "reference");
  if (relevant.length === 0) return 0;
  return relevant.filter((kind) => carried.carries.has(kind)).length / relevant.length;
}
