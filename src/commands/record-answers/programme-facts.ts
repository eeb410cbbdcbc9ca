/** Answers about the programme: its deadlines and the PRT in force, the documents the Unione must produce. */
import { formatCount, formatDate, italianList } from "../../core/italian-format.js";
import type { UnioneRecord } from "../../knowledge/record-schema.js";
import type { StatusReport } from "../../readiness/report-types.js";
import { deadlineLine, programmeLines } from "../../readiness/work-plan-phrases.js";
import { found, notFound, ofUnione, type RecordReply, theUnione } from "./record-reply.js";

export function deadlinesReply(record: UnioneRecord, report: StatusReport): RecordReply {
  const programme = programmeLines(report.programmeInForce).map((line) => line.trim().replace(/^· /, ""));
  return found([
    `Per ${record.name}: ${deadlineLine(report)}.`,
    ...programme.map((line) => `${line.charAt(0).toUpperCase()}${line.slice(1)}.`),
  ]);
}

const statusWords: Record<string, string> = {
  approvato: "approvato",
  in_corso: "in corso",
  da_avviare: "da avviare",
  non_noto: "stato non noto, da verificare",
};

export function documentsReply(record: UnioneRecord, report: StatusReport): RecordReply {
  const items = report.deliverables.map((item) => `${item.name} (${statusWords[item.status] ?? item.status})`);
  return found([
    `Nel percorso del change manager ${theUnione(record).replace(/^L'/, "l'")} deve produrre ${formatCount(items.length, "documento", "documenti")}: ${italianList(items)}.`,
    `${deadlineLine(report)}.`,
  ]);
}

export function documentReply(record: UnioneRecord, id: string, name: string): RecordReply {
  const item = record.deliverables.find((entry) => entry.id === id);
  if (!item?.state) return notFound(record, `lo stato del documento «${name}»`);
  const when =
    item.state === "approvato" && (item.date ?? item.act?.date)
      ? ` il ${formatDate((item.date ?? item.act?.date)!)}`
      : "";
  const act = item.act?.number ? ` con atto n. ${item.act.number}` : "";
  return found([`${name} ${ofUnione(record)}: ${statusWords[item.state]}${when}${act}.`]);
}
