/**
 * What a file name says about its document, as a hint only: notice-board exports name files like
 * "Delibera_1652001__5430_DeliberadiGiunta_Copia_42_2026_1.pdf", "atto_10__5415_DecretoSindacale_Copia_10_2026_1.pdf"
 * or "VERBALE_N-_3_DEL_17-03-2026_…pdf". A number is taken only when a kind of act is followed by a number and
 * a year (or "del" and a date): "Delibera_1652001__5430" carries no year and is ignored. Annex words
 * ("allegato", "all. A") and a document filed under an act's category ("Delibera_37__5362_Piano_…") mark an annex.
 */
import type { ActOrgan, ActType } from "./act-types.js";
import { numberedActTypes } from "./act-types.js";
import { organOf, subKindOf, typeOfWord } from "./act-vocabulary.js";
import { isoDate } from "./italian-dates.js";

export interface FileNameHints {
  type: ActType | null;
  organ: ActOrgan | null;
  subKind: string | null;
  number: string | null;
  year: number | null;
  date: string | null;
  /** The name marks the document as an attachment of an act. */
  annex: boolean;
  annexLabel: string | null;
  /** The words that say what the document is, when the name has some: "Nuovo Organigramma Comunale". */
  description: string | null;
}

const numberedPattern =
  /(deliberazione|delibera|determinazione|determina|ordinanz[ae]|decret[oi]|verbale|dgc|dcc)([a-z_\- ]{0,40}?)[_\- ]*(?:copia[_\- ]?|n(?:r|um)?[°._\- ]*)?(\d{1,5})[_\- ]+(?:del[_\- ]+)?(?:(\d{1,2})[_\-.](\d{1,2})[_\-.])?((?:19|20)\d{2})(?!\d)/;
const keywordPattern =
  /(allegato|all[-_. ]+[a-z0-9](?![a-z])|organigramma|verbale|parere|regolamento|piano|piani|programma|relazione|convenzione|statuto|comunicazione|avviso|bando|ordinanz[ae]|decreto|determina(?:zione)?|delibera(?:zione)?)/;

/** The hints in a file name (path and extension ignored). */
export function fileNameHints(fileName: string): FileNameHints {
  const name = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[a-z0-9]{2,4}$/i, "").toLowerCase();
  const category = typeOfWord(/^[a-z]+/.exec(name)?.[0] ?? "");
  const numbered = numberedPattern.exec(name);
  const descriptive = descriptiveType(name.replace(/^[a-z]+_[\d_]*/, ""));
  const type = numbered
    ? typeOfWord(numbered[1]!)
    : (descriptive ?? (category && numberedActTypes.has(category) ? null : category));
  // A document that is not itself a numbered act, filed under an act's category, is an attachment of that act.
  const annex =
    descriptive === "allegato" ||
    Boolean(category && numberedActTypes.has(category) && !(type && numberedActTypes.has(type)));
  return {
    type: type ?? (annex ? "allegato" : null),
    organ: numbered ? organOf(spaced(numbered[2]!)) : null,
    subKind: type === "determinazione" ? subKindOf(spaced(name)) : null,
    number: numbered ? numbered[3]! : null,
    year: numbered ? Number(numbered[6]) : null,
    date: numbered?.[4] ? isoDate(Number(numbered[6]), Number(numbered[5]), Number(numbered[4])) : null,
    annex,
    annexLabel: annexLabelOf(name),
    description: descriptionOf(fileName),
  };
}

function descriptiveType(text: string): ActType | null {
  const match = keywordPattern.exec(text);
  if (!match) return null;
  return /^all[-_. ]/.test(match[1]!) ? "allegato" : typeOfWord(match[1]!);
}

// "DeliberadiGiunta" -> "delibera di giunta": camel-cased words of an export become words again.
function spaced(text: string): string {
  return text
    .replace(/_/g, " ")
    .replace(/(di|del|della|a)(giunta|consiglio|liquidazione|impegno|contrarre)/g, "$1 $2")
    .replace(/impegnoe(liquidazione)/g, "impegno e $1");
}

/** Export words that name the kind of act, not the document: "DeliberadiGiunta", "Copia", "DeterminadiImpegno". */
const exportWords = /(?:delibera|determina|ordinanze|decreto)(?:di|a|sindacal|dirigenzial)|copia|segnatura|prot-?n/i;

/**
 * "Delibera_59__5541_Nuovo_Organigramma_Comunale_-_all-_A_2.pdf" → "Nuovo Organigramma Comunale": the words of a
 * file name once its category, register codes, annex mark and trailing counters are gone; null when what is left
 * is an export's own wording or too little to say anything.
 */
function descriptionOf(fileName: string): string | null {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[a-z0-9]{2,4}$/i, "");
  if (exportWords.test(base)) return null;
  const words = base
    .replace(/^[A-Za-z]+_[\d_]*/, "")
    .replace(/(?:^|[_\- ])all(?:egato)?(?:[-_. ]+(?:[a-z]|\d{1,2}))?(?![a-z\d])/gi, " ")
    .replace(/[_-]\d{9,}(?:[_-]\d+)?$|[_-]\d{1,2}$/, "")
    .replace(/[_-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const letters = words.replace(/[^\p{L}]/gu, "").length;
  return words.split(" ").filter((word) => /\p{L}{2}/u.test(word)).length >= 2 && letters >= 8 ? words : null;
}

function annexLabelOf(name: string): string | null {
  const match = /(?:^|[_\- ])all(?:egato)?[-_. ]+([a-z]|\d{1,2})(?![a-z\d])/.exec(name);
  return match ? `Allegato ${match[1]!.toUpperCase()}` : null;
}
