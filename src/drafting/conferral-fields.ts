/**
 * The fields of a conferral act that a segretario checks first: the sector law of the function in the premesse,
 * what stays with the Sindaco or the Comune, whether the function is conferred or only planned (conferral-state.ts),
 * the start date (from the record, never a date already past: a visible blank instead), the term (open-ended where
 * art. 24 c.6 applies), and the signature block. Facts to double-check go to `context.verify`, not into the text.
 */
import { formatDate, italianList } from "../core/italian-format.js";
import { numberInWords, unioneDisplayName } from "./act-format.js";
import { conferralClause, conferralStatement } from "./conferral-state.js";
import type { FieldContext } from "./field-context.js";
import { parseCitationString } from "./legal-citations.js";
import type { MissingCollector } from "./missing-markers.js";
import type { SectorPremessa } from "./sector-laws.js";

type Resolver = (context: FieldContext, missing: MissingCollector) => string;

/** "il D.Lgs. 1/2018", "la L.R. 24/2003", "l'art. 52 del D.Lgs. 446/1997". */
function lawSubject(premessa: SectorPremessa): string {
  const citation = parseCitationString(premessa.law);
  const source = citation?.source ?? premessa.law;
  const feminine = /^L\./.test(source) || /^L\.R\./.test(source);
  if (citation?.article) return `l'art. ${citation.article} ${feminine ? "della" : "del"} ${source}`;
  return `${feminine ? "la" : "il"} ${source}`;
}

const normativa: Resolver = ({ funzione, sectorLaws }, missing) => {
  const premesse = funzione ? (sectorLaws.functions.get(funzione.code)?.premesse ?? []) : [];
  if (premesse.length === 0)
    return `- ${missing.mark(`leggi di settore della funzione ${funzione?.name ?? ""}`.trim())};`;
  return premesse.map((premessa) => `- ${lawSubject(premessa)} ${premessa.text};`).join("\n");
};

const riserve: Resolver = ({ funzione, sectorLaws }) => {
  const reserved = funzione ? sectorLaws.functions.get(funzione.code)?.reserved : null;
  return (
    reserved ??
    "Restano ferme le attribuzioni che la legge riserva in via esclusiva al Sindaco o agli organi del Comune."
  );
};

/** The start date: the recorded (or planned) date when not past, else a visible blank; never a past date. */
const decorrenza: Resolver = ({ functionRecord, funzione, today, verify }, missing) => {
  const todayIso = today.toISOString().slice(0, 10);
  const recorded = functionRecord?.start_date ?? functionRecord?.planned_date ?? null;
  if (recorded && recorded > todayIso) {
    if (!functionRecord?.start_date)
      verify.add(`Data di decorrenza ripresa dalla data prevista nella scheda (${formatDate(recorded)}): confermarla.`);
    return formatDate(recorded);
  }
  if (recorded)
    verify.add(
      `La scheda indica per la funzione la data ${formatDate(recorded)}, già passata: la bozza non la usa e lascia la decorrenza da completare.`,
    );
  const what = funzione ? ` della funzione ${funzione.name}` : "";
  return missing.mark(`data di decorrenza del conferimento${what}`);
};

/** The term: open-ended when the record says so (art. 24 c.6), else the years, stated once against the minimum. */
const durataClausola: Resolver = ({ functionRecord, durationYears, minimumDurationYears }) => {
  if (functionRecord?.open_ended)
    return "Il conferimento è a tempo indeterminato, ai sensi dell'art. 24 c.6 della L.R. 21/2012, trattandosi di Comuni obbligati per legge all'esercizio associato della funzione.";
  const years = `${numberInWords(durationYears)} anni`;
  const minimum =
    durationYears === minimumDurationYears
      ? "pari alla durata minima stabilita dall'art. 19 della L.R. 21/2012 per ogni conferimento di funzioni all'Unione"
      : `superiore alla durata minima di ${numberInWords(minimumDurationYears)} anni stabilita dall'art. 19 della L.R. 21/2012`;
  return `La presente convenzione ha durata di ${years} dalla decorrenza, ${minimum}. Per i Comuni obbligati per legge all'esercizio associato della funzione il conferimento è a tempo indeterminato, ai sensi dell'art. 24 c.6 della L.R. 21/2012.`;
};

/** One signature line per body: the Unione's President, then each Comune's Sindaco. */
const firme: Resolver = ({ record }) =>
  [
    `Per l'${unioneDisplayName(record.name)}: il Presidente pro tempore, firmato digitalmente`,
    ...record.comuni.map((comune) => `Per il Comune di ${comune.name}: il Sindaco pro tempore, firmato digitalmente`),
  ]
    .map((line) => `- ${line}`)
    .join("\n");

const luogo: Resolver = ({ record }, missing) =>
  record.seat ?? missing.mark("luogo di sottoscrizione (sede dell'Unione)");

export const conferralResolvers: Record<string, Resolver> = {
  "funzione.normativa": normativa,
  "funzione.riserve": riserve,
  "funzione.stato_conferimento": conferralStatement,
  "funzione.conferimento": conferralClause,
  "funzione.decorrenza": decorrenza,
  "durata.clausola": durataClausola,
  "firme.blocco": firme,
  "unione.luogo": luogo,
  "comuni.enti": ({ record }) => italianList(record.comuni.map((comune) => `Comune di ${comune.name}`)),
};
