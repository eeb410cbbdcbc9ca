/**
 * parseActQuery(question): the act filter a question names — "la delibera 42", "la determina 272 del 2026",
 * "delibera di giunta n. 45/2026", "le delibere di Giunta del 2026 sul personale", "ordinanza sindacale 13",
 * "il decreto del sindaco n. 10" — or null when it names no local act. Laws and acts of other levels of
 * government ("L.R. 21/2012", "D.Lgs. 267/2000", "DGR 941/2024", "delibera di Giunta regionale …") are not
 * local acts; nor is a generic mention ("come si scrive una delibera?").
 */
import type { ActOrgan, ActType } from "./act-types.js";
import { foreignOrganTail, organOf, organPhrase, subKindOf, typeOfWord } from "./act-vocabulary.js";
import { findPeriod } from "./query-period.js";

export interface ActQuery {
  type?: ActType;
  organ?: ActOrgan;
  /** For determinazioni: "impegno", "liquidazione", "a contrarre", "impegno e liquidazione". */
  subKind?: string;
  number?: string;
  year?: number;
  /** Inclusive ISO bounds of the act's date. */
  dateFrom?: string;
  dateTo?: string;
  /** "MM-DD": acts of that day in any year ("il consiglio del 3 marzo"). */
  monthDay?: string;
  /** What the acts are about, as the question words it ("personale", "PIAO"). */
  topic?: string;
}

const kind =
  "(delibere|delibera|deliberazion[ei]|delib\\.|delib(?=\\s*(?:n\\.?\\s*)?\\d)|determine|determina|determinazion[ei]|det\\.|det(?=\\s*(?:n\\.?\\s*)?\\d)|ordinanz[ae]|ord\\.?(?=\\s*(?:(?:sindacal[ei]|dirigenzial[ei])\\s+)?(?:n\\.?\\s*)?\\d)|decret[oi](?!\\s+(?:legislativ|legge|-legge|ministerial|interministerial|del\\s+presidente\\s+della\\s+repubblica|del\\s+presidente\\s+del\\s+consiglio|regional|dirigenziale\\s+regional))|d\\.?\\s?[gc]\\.?\\s?c\\.?(?=\\s|$|\\d)|d\\.?\\s?[gc]\\.?(?=\\s*(?:n\\.?\\s*|nr\\.?\\s*)?\\d)|g\\.\\s?c\\.|c\\.\\s?c\\.)";
const determiner =
  "(?:^|\\s|[(])(la|le|il|i|lo|gli|l['’]|quella|quelle|quel|quello|quali|quale|quante|ultim[aoie]|tutte\\s+le|della|delle|del|dei|alla|alle|nella|nelle|sulla|sulle|dalla|dalle|con\\s+la|questa|queste|una|un|qualche|alcune)?\\s*";
const kindPattern = new RegExp(`${determiner}${kind}(?![a-zà-ù\\d])`, "gi");
const organAfter = new RegExp(`^\\s*(${organPhrase})`, "i");
const foreignAfter = new RegExp(`^\\s*(?:${organPhrase})?${foreignOrganTail}`, "i");
const numberAfter =
  /^\s*(?:,\s*)?(?:n\.?\s*[°º]?|nr\.?|n°|numero|num\.?)?\s*(\d{1,5})(?:\s*\/\s*((?:19|20)\d{2}|\d{2}))?(?![\d.,/]*\d)/i;
const subKindAfter = /^\s*(?:di\s+|a\s+)?(impegno(?:\s+(?:di\s+spesa\s+)?e\s+liquidazione)?|liquidazione|contrarre)\b/i;
const topicPattern =
  /\b(?:sul|sulla|sullo|sui|sugli|sulle|su|relativ[aoie]\s+(?:a|al|alla|ai|agli|alle)|riguardant[ei]|in\s+materia\s+di|concernent[ei]|(?:avente\s+)?ad\s+oggetto|che\s+(?:riguarda(?:no)?|approva(?:no)?|parla(?:no)?\s+d\S*))\s+(.+)$/i;

/** The act filter the question names, or null. */
export function parseActQuery(question: string): ActQuery | null {
  const text = question.replace(/\s+/g, " ").trim();
  for (const match of text.matchAll(kindPattern)) {
    const query = queryAt(text, match);
    if (query) return query;
  }
  return sessionQuery(text);
}

/** "nel consiglio del 24/3", "cc del 3 marzo", "la giunta del 10/02/2026": the deliberations of one sitting. */
const sessionPattern =
  /(?:^|[\s(])(consiglio(?:\s+comunale)?|giunta(?:\s+comunale)?|cc|gc|c\.\s?c\.|g\.\s?c\.)\s+(?:del|di|dello|in\s+data)\s+(.{3,40})/i;

function sessionQuery(text: string): ActQuery | null {
  const match = sessionPattern.exec(text);
  if (!match) return null;
  const organ = organOf(match[1]!);
  const period = findPeriod(match[2]!.replace(/\s+(?:e|ed|con|che|:).*$/i, "").replace(/[:;,?].*$/, ""));
  const oneDay = period && (period.monthDay || (period.dateFrom && period.dateFrom === period.dateTo));
  if (!organ || !oneDay) return null;
  return { type: "delibera", organ, ...period };
}

function queryAt(text: string, match: RegExpMatchArray): ActQuery | null {
  const word = match[2]!;
  const article = match[1]?.toLowerCase();
  let rest = text.slice(match.index! + match[0].length);
  if (foreignAfter.test(rest)) return null;
  const abbreviation = /^[dgc]\.?\s?[gc]?\.?\s?c?\.?$/i.test(word) && !/^det|^delib/i.test(word);
  const type = abbreviation ? "delibera" : typeOfWord(word);
  if (!type) return null;
  const query: ActQuery = { type };
  const organ = abbreviation ? organOf(word) : organAt(rest);
  if (organ) {
    query.organ = organ;
    rest = rest.replace(organAfter, "");
  }
  const subKind = type === "determinazione" ? subKindAfter.exec(rest) : null;
  if (subKind) {
    query.subKind = subKindOf(`determina ${subKind[0].trim()}`) ?? undefined;
    rest = rest.slice(subKind[0].length);
  }
  const plural = /^(?:delibere|deliberazioni|determine|determinazioni|ordinanze|decreti)$/i.test(word);
  readNumber(rest, plural, query);
  const period = findPeriod(rest.replace(numberAfter, (found) => (query.number ? " " : found)));
  if (period) Object.assign(query, { ...period, year: query.year ?? period.year });
  const topic = topicPattern.exec(rest)?.[1];
  if (topic) query.topic = cleanTopic(topic);
  // Without an article "delibera" and "determina" are verbs ("il consiglio delibera il bilancio"); "una delibera"
  // is a generic mention. Either needs a number, an organ or a period to name acts.
  const definite = article !== undefined && !/^(?:una|un|qualche|alcune)$/.test(article);
  const specific = Boolean(
    query.number || query.organ || query.subKind || query.year || query.dateFrom || query.dateTo || query.monthDay,
  );
  if (!(specific || definite || plural)) return null;
  const subject = query.organ ? null : organElsewhere(text);
  return subject ? { ...query, organ: subject } : query;
}

// "quali delibere ha approvato la giunta nel 2026?": the organ is the subject of the sentence.
const organSubject = new RegExp(
  `\\b(?:la|dalla|della|il|dal|del)\\s+(giunta|consiglio)\\b(?!${foreignOrganTail})`,
  "i",
);

function organElsewhere(text: string): ActOrgan | null {
  const match = organSubject.exec(text);
  return match ? organOf(match[1]!) : null;
}

function organAt(rest: string): ActOrgan | null {
  const match = organAfter.exec(rest);
  return match ? organOf(match[1]!) : null;
}

/** "42", "n. 45/2026"; a plural followed by a year ("le delibere 2026") names the year, not a number. */
function readNumber(rest: string, plural: boolean, query: ActQuery): void {
  const match = numberAfter.exec(rest);
  if (!match) return;
  const value = Number(match[1]);
  if (plural && value >= 1900 && value <= 2099 && !match[2]) {
    query.year = value;
    return;
  }
  query.number = match[1]!;
  if (match[2]) query.year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
}

function cleanTopic(topic: string): string | undefined {
  const text = topic
    .replace(/[?!.;]+$/, "")
    .replace(/^(?:il|lo|la|i|gli|le|l['’])\s*/i, "")
    .trim();
  return text.length >= 2 ? text : undefined;
}
