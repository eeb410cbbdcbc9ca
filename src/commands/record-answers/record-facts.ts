/**
 * Answers about who and where an Unione is: members and membership, seat, province, population (of the Unione
 * or of one member Comune), its dates, its type in the regional programme, its Giunta. Every fact comes from the
 * record; an unknown one is said to be unknown.
 */
import { normalizeName } from "../../core/fuzzy-match.js";
import { formatDate, formatNumber, italianList } from "../../core/italian-format.js";
import type { ComuneRecord, UnioneRecord } from "../../knowledge/record-schema.js";
import { found, noteClause, notFound, ofUnione, type RecordReply, theUnione } from "./record-reply.js";

export function membersReply(record: UnioneRecord): RecordReply {
  const names = record.comuni.map((comune) => comune.name);
  return found([`${theUnione(record)} comprende ${names.length} Comuni: ${italianList(names)}.`]);
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)(\p{L})/gu, (_match, space: string, letter: string) => space + letter.toUpperCase());
}

export function membershipReply(record: UnioneRecord, candidate: string): RecordReply {
  const wanted = normalizeName(candidate).replace(/^comune (di )?/, "");
  const member = record.comuni.find((comune) => {
    const name = normalizeName(comune.name);
    return name === wanted || ` ${wanted} `.includes(` ${name} `);
  });
  const names = italianList(record.comuni.map((comune) => comune.name));
  if (member)
    return found([`Sì: il Comune di ${member.name} fa parte ${ofUnione(record)}.`, `I Comuni aderenti sono ${names}.`]);
  return found([
    `No: ${titleCase(wanted)} non fa parte ${ofUnione(record)}.`,
    `I Comuni aderenti sono ${record.comuni.length}: ${names}.`,
  ]);
}

export function seatReply(record: UnioneRecord): RecordReply {
  if (!record.seat) return notFound(record, "la sede");
  return found([`La sede ${ofUnione(record)} è a ${record.seat}.`]);
}

export function provinceReply(record: UnioneRecord): RecordReply {
  const area = /^(provincia|citt)/i.test(record.province) ? record.province : `Provincia di ${record.province}`;
  return found([`${theUnione(record)} si trova nel territorio della ${area}.`]);
}

function comunePopulation(record: UnioneRecord, comune: ComuneRecord): RecordReply {
  if (comune.population === null) return notFound(record, `la popolazione del Comune di ${comune.name}`);
  const year = comune.population_year ? ` (dato ${comune.population_year})` : "";
  return found([`Il Comune di ${comune.name} ha ${formatNumber(comune.population)} abitanti${year}.`]);
}

export function populationReply(record: UnioneRecord, comune: ComuneRecord | null): RecordReply {
  if (comune) return comunePopulation(record, comune);
  if (record.population !== null) {
    const year = record.population_year ? ` (dato ${record.population_year})` : "";
    return found([`${theUnione(record)} ha ${formatNumber(record.population)} abitanti${year}.`]);
  }
  // The exact figure is unknown, but the record's own note may state an approximate one: quote it as such.
  const approximate = noteClause(record.note, /abitant/i);
  if (approximate)
    return found([
      `La scheda ${ofUnione(record)} non riporta il numero esatto di abitanti; la sua nota indica: «${approximate}» (dato approssimato, da verificare).`,
    ]);
  return notFound(record, "la popolazione");
}

const dateFacts = {
  statuto_approved: {
    missing: "la data di approvazione dello statuto",
    sentence: (record: UnioneRecord, date: string) =>
      `Lo statuto ${ofUnione(record)} è stato approvato dai Consigli comunali il ${date}.`,
  },
  deed_signed: {
    missing: "la data dell'atto costitutivo",
    sentence: (record: UnioneRecord, date: string) =>
      `L'atto costitutivo ${ofUnione(record)} è stato sottoscritto il ${date}.`,
  },
  operating_from: {
    missing: "la data da cui l'Unione è operativa",
    sentence: (record: UnioneRecord, date: string) => `${theUnione(record)} è operativa dal ${date}.`,
  },
} as const;

export function dateReply(record: UnioneRecord, field: keyof typeof dateFacts): RecordReply {
  const value = record.dates[field];
  if (!value) return notFound(record, dateFacts[field].missing);
  return found([dateFacts[field].sentence(record, formatDate(value))]);
}

export function typeReply(record: UnioneRecord): RecordReply {
  const meaning =
    record.type === "costituita"
      ? "di recente costituzione, segue il percorso delle Unioni costituite"
      : "costituita da tempo, rientra tra le Unioni esistenti";
  return found([
    `${theUnione(record)} è classificata come Unione «${record.type}» nel programma regionale: ${meaning}.`,
  ]);
}

export function giuntaReply(record: UnioneRecord): RecordReply {
  const composition = record.giunta.composition;
  if (composition === null)
    return notFound(record, "la composizione della Giunta, cioè se è formata dai Sindaci o da assessori delegati");
  const text =
    composition === "sindaci"
      ? "dai Sindaci dei Comuni aderenti"
      : composition === "assessori_delegati"
        ? "da un assessore per Comune, delegato per tutte le funzioni conferite"
        : "con una composizione diversa dai Sindaci o dagli assessori delegati";
  const verdict =
    composition === "altro"
      ? " Non rispetta l'art. 24 c.5 della L.R. 21/2012."
      : " È conforme all'art. 24 c.5 della L.R. 21/2012.";
  return found([`La Giunta ${ofUnione(record)} è composta ${text}.${verdict}`], "art. 24 c.5");
}
