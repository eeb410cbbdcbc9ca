/**
 * What kind of fact a question asks for, read from its wording: officials ask "quanti…", "entro quando…",
 * "chi…", "possiamo…?", "quali sono…", "come si…", "cosa dice l'art. 24 c.5?". The kind decides which sentence of
 * the answering passage leads the answer: the one with the number, the date, the organ, the rule or the list.
 */
import { typeOfWord } from "../acts/index.js";
import { analyze, fold } from "../index-format/italian-analyzer.js";
import { askedCodes, type CodeName } from "./asked-codes.js";
import { asksContact, asksPerson } from "./asked-person.js";
import { coordinatedTerms } from "./coordinated-terms.js";
import { askedAgain, asksSigner, continuesPart, pointsBack, questionParts } from "./question-split.js";
import { type SessionAsk, sessionAsk } from "./session-facts.js";

export { questionParts } from "./question-split.js";

export type QuestionKind =
  | "quantity"
  | "duration"
  | "date"
  | "who"
  | "yesno"
  | "list"
  | "procedure"
  | "definition"
  | "reference"
  | "act"
  | "amount"
  | "contact"
  | "person"
  | "deadline"
  | "code"
  | "time"
  | "frequency"
  | "consequence"
  | "basis";

export interface QuestionAnalysis {
  kinds: Set<QuestionKind>;
  /** "art. 24 c.5" when the question names a unit ("cosa dice l'art 24 c 5?"). */
  reference: { article: string; comma: string | null } | null;
  /** The kind of act or document the question asks for by name ("che verbale è?" → "verbale"), if any. */
  actType: string | null;
  /** Identifiers asked by name ("il CIG", "con che prot.", "su che capitolo"): their value answers. */
  codes: CodeName[];
  /** Consecutive content terms of the question ("durata minima dell'Unione" → dur·minim, minim·union). */
  pairs: [string, string][];
  /** Words the question joins with "e" / "o" as things asked alike ("plastica e vetro" → plastic·vetr). */
  coordinated: [string, string][];
  /** What the question asks of a deliberation's sitting ("chi mancava?", "è passata all'unanimità?"), if anything. */
  session: SessionAsk | null;
  /**
   * The question asks about what an act's closing lines state: its publication on the notice board, who signed it,
   * the appeal against it ("con che n. è uscita all'albo?", "chi l'ha firmata?"). Otherwise those lines answer nothing.
   */
  aboutClosing: boolean;
  /** Each part of a question asked in several parts, analysed on its own (see questionParts); empty for one part. */
  parts: QuestionPart[];
}

/** One part of a question in several parts: "…? e chi aveva segnalato la situazione?". */
export interface QuestionPart {
  text: string;
  /** Its terms, as the analyzer reads them. */
  terms: string[];
  question: QuestionAnalysis;
}

const asksAboutClosing =
  /\b(?:pubblicat\w*|pubblicazion\w*|albo|affiss\w*|uscit[aoie]|firmat\w*|firma|firmato|sottoscritt\w*|ricors\w*|tar|impugn\w*|esecutiv\w*|copia conforme|attestat\w*)\b/;

const patterns: [QuestionKind, RegExp][] = [
  [
    "time",
    /\b(?:a che ora|che ora|da che ora|fino a che ora|a che orario|in che orari?|che orari?o?|quale orario|orari|orario)\b/,
  ],
  [
    "frequency",
    /\b(?:ogni quanto|con che (?:frequenza|cadenza|periodicita)|ogni quant[ie] (?:giorni|mesi|settimane|anni)|quante volte)\b/,
  ],
  // What happens when an obligation is not met: "e se non lo fa?", "cosa succede se non paga?", "cosa rischia?".
  [
    "consequence",
    /\b(?:e se non|se non (?:lo |la |li |le |ci )?(?:fa|fanno|paga|pagano|rispett\w*|provved\w*|adempi\w*|ottemper\w*|rimuov\w*|presenta\w*)|cosa (?:succede|accade|capita) se|che (?:succede|accade) se|cosa (?:si )?rischia|in caso contrario|altrimenti cosa)\b|\bse\b[^?]{0,60}\b(?:cosa|che) (?:succede|accade)\b/,
  ],
  [
    "duration",
    /\b(?:quanto (?:dura|durano|tempo)|durata|quanti (?:anni|mesi)|per quanto tempo|per quanti anni|di quanti anni|scade dopo)\b/,
  ],
  [
    "date",
    /\b(?:quando|entro (?:quando|che|quale)|da quando|fino a quando|che data|in che data|quale data|scadenza|scade|termine per|in che giorn[oi]|da che giorno|che giorn[oi]|quali giorni|in quali giorni|in che anno|che anno|di che anno|entro il)\b/,
  ],
  [
    "quantity",
    /\b(?:quant[ioae]|numero (?:di|minimo|massimo)|importo|(?:che|quale|con che|con quale) (?:ribasso|rialzo|sconto)|quanto costa|costo|a quanto ammonta|ammontare|cifra|percentuale|aliquot[ae]|che soglia|soglia|quanti soldi|spesa|stanziat|somma|minimo|massimo)\b/,
  ],
  [
    "who",
    /\b(?:chi|da chi|a chi|di chi|quale organo|che organo|quale ufficio|che ufficio|quale ente|che ente|competente|responsabile|firma|presiede|nomina|decide)\b/,
  ],
  [
    "list",
    /\b(?:quali (?:sono|funzioni|requisiti|documenti|atti|piani|servizi|materie|comuni)|elenc|lista|cosa (?:deve )?contenere|cosa comprende|cosa (?:ci )?rientra|che cosa prevede|quali|cosa serve|cosa non (?:ci )?puo mancare)\b/,
  ],
  [
    "procedure",
    /\b(?:come (?:si|fa|fare|faccio|facciamo|deve|devono|funziona|avviene|va)|procedura|iter|passaggi|modalita)\b/,
  ],
  // The legal basis of what an act does: "che articolo del codice?", "su che norma si basa?", "ai sensi di cosa?".
  [
    "basis",
    /\b(?:che|quale|quali|qual e l'|in base a (?:che|quale)|su (?:che|quale)|a (?:che|quale)) ?(?:articol[oi]|norm[ae]|legge|leggi|comma|riferimento normativo|base (?:giuridica|normativa))\b|\bai sensi di (?:che|quale|cosa)\b/,
  ],
  [
    "definition",
    /\b(?:cos'?e|cosa e|che cos'?e|che cosa e|cosa si intende|cosa significa|che significa|che vuol dire|cosa vuol dire|definizione|a cosa serve|che differenza)\b/,
  ],
];

/**
 * The question asks for an act itself: "con quale delibera è stato approvato…", "che determina…", "numero e data
 * della delibera", or when something was approved, adopted, ratified. Its answer names the act that decided.
 */
const asksForAct =
  /\b(?:(?:con|in|da|di) )?(?:quale|quali|che|qual e la|qual e il|quali sono le|quali sono gli) (?:delibera|delibere|deliberazion[ei]|determina|determine|determinazion[ei]|decret[oi]|ordinanz[ae]|att[oi]|provvediment[oi]|verbal[ei])\b|\b(?:numero e data|n\.? e data|che numero|estremi)\b/;
const askedActWord =
  /\b(?:quale|quali|che|qual e la|qual e il) (delibera|delibere|deliberazion[ei]|determina|determine|determinazion[ei]|decret[oi]|ordinanz[ae]|verbal[ei])\b/;
const asksWhenApproved =
  /\bquando\b.*\b(?:approvat|adottat|ratificat|deliberat|revocat|stat[oaie] (?:approvat|adottat))|\b(?:approvat|adottat|ratificat)\w* (?:e )?quando\b/;

/** Money asked: the sentence with the amount in euro answers, not one with any number. */
const asksAmount =
  /(?<!\bentro )\bquanto (?:ci |ne |gli |le )?(?:mett\w*|va|vanno|spett\w*|tocca|toccano|c'e|ce|diamo|danno|prend\w*|ricev\w*|incass\w*|entra|entrano)\b|\bquanto\b(?: \w+){0,3} (?:pagat|pagar|speso|spes[aei]|spender|liquidat|impegnat|stanziat|incass|versat|finanziat|costat|riconosciut)\w*|\b(?:quanto (?:costa|costano|paga|pagano|paghiamo|abbiamo (?:pagato|liquidato|speso|impegnato)|si paga|si spende|vale|valgono|e stanziato|e stato (?:stanziato|liquidato|impegnato|pagato))|importo|a quanto ammonta|ammont|costo|prezzo|tariffa|quanti soldi|spesa|stanziat\w*|liquidat\w*|impegnat\w*|euro|per che importo|quanto prende|quanto e previsto|soldi|oneri|ci costa|costa qualcosa|a carico (?:del comune|dell'ente|nostro)|quot[ae] (?:fiss[ae]|variabil[ei])|a(?:l|i) (?:mq|metro quadr\w*|metri quadr\w*)|a spese (?:del comune|dell'ente|nostre))\b/;

/**
 * "quando" after a modal or "succede" opens a condition, not a question of date: "può votare quando c'è lo scrutinio
 * segreto?", "cosa succede quando il sindaco si dimette?". "quando si riunisce?", "entro quando deve …" and "si può
 * fare e quando va chiesto?" (a clause of its own) still ask one.
 */
const conditionalWhen =
  /(\b(?:puo|possono|posso|possiamo|puoi|potete|deve|devono|devo|dobbiamo|bisogna|serve|servono|occorre|vale|valgono|spetta|e possibile|e obbligatorio|e previsto|e consentito|succede|accade|capita)\b(?:(?!\b(?:entro|da|fino a)\s)[^?:;])*?)(?<!(?:\be|\bma|\bo|,) )\bquando\b/g;

/** Yes/no questions start with a verb or a modal, or offer an alternative ("… o …?"). */
const yesNoStart =
  /^(?:(?:ma|e|allora|quindi|scusate|senti|ciao)[, ]+)?(?:e|sono|si (?:puo|possono|deve|devono)|posso|possiamo|possono|puo|puoi|potete|deve|devono|dobbiamo|devo|bisogna|serve|servono|occorre|c'e|ci sono|ce|vale|valgono|conta|contano|basta|bastano|e (?:possibile|obbligatorio|vero|necessario|previsto|consentito)|esiste|esistono|va|vanno|hanno|ha|abbiamo|siamo|rientra|rientrano|spetta|viene|vengono|il|la|lo|le|gli|un|una|l')\b/;
const whWord =
  /\b(?:qual|chi|cosa|che cosa|come|quando|quanto|quant[ioae]|quale|quali|dove|perche|cos'e|(?:a|in|di|con|per|da|su) che)\b|^che\b/;
/** A question opening with an article ("il pos a che serve?") is yes/no only when nothing else asks a wh-question. */
const articleStart = /^(?:(?:ma|e|allora|quindi|scusate|senti|ciao)[, ]+)?(?:il|la|lo|le|gli|un|una|l')\b/;

const reference =
  /\bart(?:icolo|\.)?\s*(\d+(?:[\s-]*(?:bis|ter|quater|quinquies|sexies))?)(?:\s*,?\s*(?:c\.?|comma|co\.)\s*(\d+(?:[\s-]*(?:bis|ter|quater|quinquies))?))?/;
const asksWhatItSays =
  /\b(?:cosa|che cosa|che) (?:dice|dicono|prevede|prevedono|stabilisce|stabiliscono|dispone|contiene|recita)\b|\bin (?:due|poche) parole\b|\briassum/;

export function analyzeQuestion(question: string, withParts = true): QuestionAnalysis {
  const text = fold(question).replace(/\s+/g, " ").trim();
  const kinds = new Set<QuestionKind>();
  for (const [kind, pattern] of patterns)
    if (pattern.test(kind === "date" ? text.replace(conditionalWhen, "$1") : text)) kinds.add(kind);
  // "quanti giorni prima / entro quanti giorni" ask for a term, a number of days: both kinds fit.
  if (kinds.has("duration")) kinds.delete("date");
  if (asksAmount.test(text)) kinds.add("amount");
  // "quanto paga?", "quanto costa?" ask money, not any number ("ritirati con sei operatori"); "quanti" still counts.
  if (kinds.has("amount") && !/\bquant[ie]\b/.test(text)) kinds.delete("quantity");
  if (asksContact(text)) kinds.add("contact");
  if (asksPerson(text)) kinds.add("person");
  // "entro quando", "qual è il termine": a deadline, not any date ("sopralluogo del 16/04" does not answer it).
  if (
    /\b(?:entro (?:quando|che giorno|che data|quale data|quanto|quant[ie] (?:giorni|mesi|anni|ore|settimane))|termine (?:per|di|ultimo)|qual e il termine|scadenza|scade)\b/.test(
      text,
    )
  )
    kinds.add("deadline");
  if (asksForAct.test(text) || asksWhenApproved.test(text)) kinds.add("act");
  const opensYesNo = yesNoStart.test(text) && !(articleStart.test(text) && whWord.test(text));
  if (opensYesNo || (!whWord.test(text) && /\?\s*$/.test(question))) kinds.add("yesno");
  const match = reference.exec(text);
  const cited = match
    ? { article: match[1]!.replace(/[\s-]+/g, "-"), comma: match[2]?.replace(/[\s-]+/g, "-") ?? null }
    : null;
  if (
    cited &&
    (asksWhatItSays.test(text) ||
      text
        .replace(reference, "")
        .replace(/\b(?:lr|l\.r\.|legge regionale|tuel|\d+\/\d+|del|della|dlgs|d\.lgs\.|dl)\b/g, "")
        .trim().length < 12)
  ) {
    kinds.add("reference");
  }
  const actWord = kinds.has("act") ? askedActWord.exec(text)?.[1] : undefined;
  const codes = askedCodes(question);
  if (codes.length > 0) kinds.add("code");
  return {
    kinds,
    reference: cited,
    actType: actWord ? typeOfWord(actWord) : null,
    codes,
    pairs: termPairs(question),
    coordinated: coordinatedTerms(question),
    session: sessionAsk(question),
    aboutClosing: asksAboutClosing.test(text),
    parts: withParts ? partsOf(question, text) : [],
  };
}

/** Each part analysed on its own; an elliptical part ("… quanto? e per una replica?") asks what the one before it. */
function partsOf(question: string, text: string): QuestionPart[] {
  const pieces = questionParts(question, asksSigner(text));
  const parts: QuestionPart[] = [];
  for (const [index, piece] of pieces.entries()) {
    const own = analyzeQuestion(piece, false);
    const before = parts[index - 1]?.question;
    const terms = [...new Set(analyze(piece).filter((term) => !term.includes("_")))];
    let question = own;
    if (before && continuesPart(piece)) {
      const kinds = new Set([...before.kinds].filter((kind) => kind !== "yesno"));
      if (kinds.size > 0) question = { ...own, kinds };
    } else if (before && pointsBack(piece)) question = askedAgain(own, before);
    parts.push({ text: piece, terms, question });
  }
  return parts;
}

function termPairs(question: string): [string, string][] {
  // Legal references ("21_2012") are appended by the analyzer after the words: they have no position.
  const terms = analyze(question).filter((term) => !term.includes("_"));
  const pairs: [string, string][] = [];
  for (let index = 1; index < terms.length; index++)
    if (terms[index - 1] !== terms[index]) pairs.push([terms[index - 1]!, terms[index]!]);
  return pairs;
}
