/**
 * Answers about where an Unione stands, from its record and its readiness report: ready or not, functions by
 * state, one function's dates or verdict, how many functions count and are missing, the threshold, art. 7 c.3,
 * deadlines and programme documents. A verdict names the article of its rule.
 */
import { formatCount, formatDate, formatNumber, italianList } from "../../core/italian-format.js";
import type { FunctionInfo } from "../../knowledge/function-catalog.js";
import type { FunctionRecord, UnioneRecord } from "../../knowledge/record-schema.js";
import { countedPhraseVerbFirst } from "../../readiness/counted-phrase.js";
import type { StatusReport } from "../../readiness/report-types.js";

import { firstSentence, found, notFound, ofUnione, type RecordReply, theUnione } from "./record-reply.js";

/** After "Sì:" / "No:" the sentence goes on in lower case: "No: l'Unione Terre del Delta…". */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const asOf = (record: UnioneRecord) => `Dati della scheda aggiornati al ${formatDate(record.as_of)}.`;

export function readinessReply(record: UnioneRecord, report: StatusReport, nextStepFirst = false): RecordReply {
  const verdict = report.ready
    ? `Sì: ${lowerFirst(theUnione(record))} risulta pronta: ${countedPhraseVerbFirst(report.counted, report.required)} e i requisiti risultano soddisfatti.`
    : `No: ${lowerFirst(theUnione(record))} non è ancora pronta: ${countedPhraseVerbFirst(report.counted, report.required)} (L.R. 21/2012 art. 24; soglia da verificare sul PRT vigente).`;
  const next = report.gaps.find((gap) => gap.action)?.action;
  const step = next ? [`Primo passo: ${next}.`] : [];
  const art7 = report.art7
    ? [/[.!?]$/.test(report.art7.message) ? report.art7.message : `${report.art7.message}.`]
    : [];
  // "qual è il prossimo passo?" is answered by the step, then by where the Unione stands.
  const standing = verdict.replace(/^(?:Sì|No): (.)/, (_match, first: string) => first.toUpperCase());
  const sentences = nextStepFirst ? [...step, standing, ...art7] : [verdict, ...art7, ...step];
  return found([...sentences, asOf(record)], "art. 24");
}

/** "Protezione civile, avvio previsto il 31/12/2024 — nota: «Prevista entro la fine del 2024…»". */
function functionPhrase(item: FunctionRecord, info: FunctionInfo | null): string {
  const name = info?.name ?? item.code;
  const date =
    item.state === "attiva" && item.start_date
      ? `, attiva dal ${formatDate(item.start_date)}`
      : item.state !== "attiva" && item.planned_date
        ? `, avvio previsto il ${formatDate(item.planned_date)}`
        : "";
  const note = firstSentence(item.note);
  return `${name}${date}${note ? ` — nota: «${note}»` : ""}`;
}

/** Functions in one sentence, separated by semicolons (their notes may hold commas). */
function functionList(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join("; ")}; ${items.at(-1)}`;
}

const statePlurals: Record<string, string> = {
  attiva: "in gestione associata attiva",
  pianificata: "pianificate",
  proposta: "proposte, con conferimento non ancora deliberato",
  cessata: "cessate",
};

export function functionsReply(
  record: UnioneRecord,
  states: string[],
  info: (code: string) => FunctionInfo | null,
  counted = false,
): RecordReply {
  const groups = states
    .map((state) => ({ state, items: record.functions.filter((item) => item.state === state) }))
    .filter((group) => group.items.length > 0);
  if (groups.length === 0) {
    const wanted = italianList(states.map((state) => statePlurals[state] ?? state));
    return found([`Nella scheda ${ofUnione(record)} non risultano funzioni ${wanted}.`, asOf(record)]);
  }
  // "quante funzioni associate ha?": the number first, then which ones.
  const sentences = groups.map(
    (group) =>
      `${counted ? formatCount(group.items.length, "funzione", "funzioni") : "Funzioni"} ${statePlurals[group.state]}: ${functionList(group.items.map((item) => functionPhrase(item, info(item.code))))}.`,
  );
  return found([`${theUnione(record)}: ${sentences[0]}`, ...sentences.slice(1), asOf(record)]);
}

export function functionDateReply(record: UnioneRecord, info: FunctionInfo, asksDuration: boolean): RecordReply {
  const item = record.functions.find((entry) => entry.code === info.code);
  if (!item)
    return found([
      `La funzione ${info.name} non risulta tra le funzioni della scheda ${ofUnione(record)}.`,
      asOf(record),
    ]);
  const note = firstSentence(item.note);
  const noteText = note ? [`Nota della scheda: ${note}.`] : [];
  if (item.state !== "attiva") {
    if (!item.planned_date) return notFound(record, `la data prevista di avvio della funzione ${info.name}`, noteText);
    return found([
      `La funzione ${info.name} è ${item.state}, con avvio previsto il ${formatDate(item.planned_date)}.`,
      ...noteText,
    ]);
  }
  const duration = item.open_ended
    ? "a tempo indeterminato"
    : item.duration_years
      ? `di ${item.duration_years} anni`
      : null;
  if (!item.start_date && (asksDuration ? !duration : true))
    return notFound(
      record,
      `la data di avvio${asksDuration ? " e la durata del conferimento" : ""} della funzione ${info.name}`,
      noteText,
    );
  const start = item.start_date
    ? `è attiva dal ${formatDate(item.start_date)}`
    : "è attiva (data di avvio non riportata)";
  const term = asksDuration
    ? duration
      ? `; il conferimento è ${duration}`
      : "; la durata non è riportata (da verificare)"
    : "";
  return found([`La funzione ${info.name} ${start}${term}.`]);
}

export function functionVerdictReply(record: UnioneRecord, report: StatusReport, info: FunctionInfo): RecordReply {
  const plan = report.plan?.find((item) => item.id === info.code);
  if (!plan)
    return found(
      [`La funzione ${info.name} non risulta tra le funzioni della scheda ${ofUnione(record)}, quindi non conta.`],
      "art. 24",
    );
  if (plan.outcome === "conta")
    return found(
      [
        `Sì: la funzione ${info.name} conta ai fini regionali: supera tutte le verifiche dell'art. 24 della L.R. 21/2012.`,
      ],
      "art. 24",
    );
  if (plan.outcome === "da_verificare") {
    const facts = italianList(plan.collect.flatMap((group) => group.facts));
    return notFound(record, `i dati per dire se la funzione ${info.name} conta ai fini dell'art. 24: mancano ${facts}`);
  }
  return found(
    [
      `No: la funzione ${info.name} non conta ai fini regionali (L.R. 21/2012 art. 24).`,
      ...plan.actions.map((action) => `${action}.`),
    ],
    "art. 24",
  );
}

export function functionStateReply(record: UnioneRecord, info: FunctionInfo): RecordReply {
  const item = record.functions.find((entry) => entry.code === info.code);
  if (!item) return found([`La funzione ${info.name} non risulta tra le funzioni della scheda ${ofUnione(record)}.`]);
  return found([
    `${stateVerdict[item.state]} ${theUnione(record)}: ${functionPhrase(item, info)} è ${item.state}.`,
    asOf(record),
  ]);
}

/** "gestisce la protezione civile?": the answer first, then the record's line. */
const stateVerdict: Record<FunctionRecord["state"], string> = {
  attiva:
    "Sì, risulta in gestione associata (che conti per i contributi dipende dai requisiti della L.R. 21/2012 art. 24).",
  pianificata: "Non ancora: il conferimento è programmato.",
  proposta: "Non ancora: il conferimento è solo proposto, non deliberato.",
  cessata: "No: la gestione associata è cessata.",
};

export function missingReply(record: UnioneRecord, report: StatusReport): RecordReply {
  const missing = Math.max(0, report.required - report.counted);
  const threshold = report.gaps.find((gap) => gap.rule === "prt-soglia-funzioni");
  const first =
    missing === 0
      ? `Nessuna: per ${record.name} ${countedPhraseVerbFirst(report.counted, report.required)}.`
      : `Ne mancano ${missing}: per ${record.name} ${countedPhraseVerbFirst(report.counted, report.required)} (L.R. 21/2012 art. 24; soglia da verificare sul PRT vigente).`;
  return found([first, ...(threshold?.action ? [`${threshold.action}.`] : []), asOf(record)], "art. 24");
}

export function thresholdReply(record: UnioneRecord, report: StatusReport): RecordReply {
  const total = record.functions.filter((item) => item.state !== "cessata").length;
  const active = record.functions.filter((item) => item.state === "attiva").length;
  const outcome =
    total >= report.required
      ? `se partono tutte e rispettano i requisiti dell'art. 24, raggiunge la soglia`
      : `anche se partissero tutte, ne mancherebbero ${report.required - total}`;
  return found(
    [
      `La soglia è di ${report.required} funzioni in gestione associata effettiva (da verificare sul PRT vigente).`,
      `${theUnione(record)} ha ${formatCount(total, "funzione", "funzioni")} nella scheda (${formatCount(active, "attiva", "attive")}, ${formatCount(total - active, "pianificata o proposta", "pianificate o proposte")}): ${outcome}; oggi ne ${report.counted === 1 ? "conta" : "contano"} ${formatNumber(report.counted)}.`,
    ],
    "art. 24",
  );
}

export function art7Reply(
  record: UnioneRecord,
  report: StatusReport,
  info: (code: string) => FunctionInfo | null,
): RecordReply {
  const listed = record.functions.filter((item) => item.state === "attiva" && info(item.code)?.art7 === "elenco");
  const names = listed.map((item) => info(item.code)?.name ?? item.code);
  const managed = `${theUnione(record)} gestisce in forma associata ${listed.length} delle 7 funzioni elencate dall'art. 7 c.3 della L.R. 21/2012${names.length > 0 ? ` (${italianList(names)})` : ""}.`;
  return found([managed, ...(report.art7 ? [report.art7.message] : []), asOf(record)], "art. 7 c.3");
}
