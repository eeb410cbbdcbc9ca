/**
 * Answers from the data the project holds: a question about an Unione's readiness, members, seat, province,
 * population, dates, functions, documents, counts or deadlines is answered from its record and its readiness
 * report, citing the record (and the article of the rule when a verdict is stated), not from prose. The Unione
 * is the one the question names, or the channel's; the request's scope decides which records may be read.
 * Anything else returns null and goes to the ask service.
 */
import type { AccessScope, AskResult, Source } from "../../core/types.js";
import type { FunctionCatalog } from "../../knowledge/function-catalog.js";
import type { UnioneRecord } from "../../knowledge/record-schema.js";
import type { StatusReport } from "../../readiness/report-types.js";
import type { RouterDeps } from "../router-deps.js";
import { type DataIntent, dataIntent } from "./data-intents.js";
import { deadlinesReply, documentReply, documentsReply } from "./programme-facts.js";
import {
  art7Reply,
  functionDateReply,
  functionStateReply,
  functionsReply,
  functionVerdictReply,
  missingReply,
  readinessReply,
  thresholdReply,
} from "./progress-facts.js";
import {
  dateReply,
  giuntaReply,
  membershipReply,
  membersReply,
  populationReply,
  provinceReply,
  seatReply,
  typeReply,
} from "./record-facts.js";
import { notFound, type RecordReply, replyText } from "./record-reply.js";
import { type QuestionSubject, subjectOf } from "./unione-in-question.js";

function replyFor(
  intent: DataIntent,
  subject: QuestionSubject,
  report: () => StatusReport,
  catalog: FunctionCatalog,
  question: string,
): RecordReply {
  const { record } = subject;
  const info = (code: string) => catalog.get(code);
  switch (intent.kind) {
    case "readiness":
      return readinessReply(record, report(), intent.nextStep === true);
    case "members":
      return membersReply(record);
    case "membership":
      return membershipReply(record, intent.candidate);
    case "seat":
      return seatReply(record);
    case "province":
      return provinceReply(record);
    case "population":
      return populationReply(record, subject.comune);
    case "date":
      return dateReply(record, intent.field);
    case "type":
      return typeReply(record);
    case "giunta":
      return giuntaReply(record);
    case "function":
      if (intent.asks === "verdict") return functionVerdictReply(record, report(), intent.info);
      if (intent.asks === "date") return functionDateReply(record, intent.info, /\bdur/i.test(question));
      return functionStateReply(record, intent.info);
    case "functions":
      return functionsReply(record, intent.states, info, intent.counted === true);
    case "missing":
      return missingReply(record, report());
    case "threshold":
      return thresholdReply(record, report());
    case "art7":
      return art7Reply(record, report(), info);
    case "deadlines":
      return deadlinesReply(record, report());
    case "documents":
      return documentsReply(record, report());
    case "officer":
      return notFound(record, `il nome di chi ricopre il ruolo di ${intent.role}`, [
        "La scheda riporta i Comuni, le funzioni, le date e gli atti, non le persone che ricoprono le cariche.",
      ]);
    case "unheld":
      return notFound(record, intent.what, [
        "La scheda riporta i Comuni, le funzioni, le date e gli atti: questo dato va chiesto agli uffici dell'Unione.",
      ]);
    case "document": {
      const name = report().deliverables.find((item) => item.id === intent.id)?.name ?? intent.id;
      return documentReply(record, intent.id, name);
    }
  }
}

/** The record as the source of the answer: kind "record", its path, the facts stated, the rule's article. */
function recordSource(record: UnioneRecord, reply: RecordReply): Source {
  return {
    id: `record:${record.id}`,
    path: `unioni/${record.id}/record.yaml`,
    title: `Scheda ${/^unione\b/i.test(record.name) ? "dell'" : "di "}${record.name}`,
    kind: "record",
    unione: record.id,
    article: reply.article,
    page: null,
    score: 1,
    text: reply.sentences.join(" "),
  };
}

/** Longer texts are not questions about a record (and the ask service refuses them with its own message). */
const maxQuestionChars = 2_000;

export function answerFromRecords(deps: RouterDeps, question: string, scope: AccessScope): AskResult | null {
  if (question.length > maxQuestionChars) return null;
  const subject = subjectOf(question, deps.records.list(), scope);
  if (!subject) return null;
  const intent = dataIntent(question, { catalog: deps.catalog, named: subject.named });
  if (!intent) return null;
  let report: StatusReport | null = null;
  const lazyReport = () => {
    report ??= deps.status.status(subject.record.id, deps.clock?.());
    return report;
  };
  const reply = replyFor(intent, subject, lazyReport, deps.catalog, question);
  const example = subject.record.example ? "[ESEMPIO FITTIZIO: dati inventati] " : "";
  return {
    answer: `${example}${replyText(reply)}`,
    mode: "extractive",
    found: reply.found,
    sources: [recordSource(subject.record, reply)],
  };
}
