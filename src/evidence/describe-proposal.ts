/**
 * A proposal in the words an official reads: "Protezione civile: conferita dal Comune di Codigoro", "durata 5 anni",
 * and its act, "Delibera C.C. di Codigoro n. 45 del 28/11/2024, p. 2"; for a conflict, what the record says now.
 */
import { formatDate, formatNumber } from "../core/italian-format.js";
import type { FunctionCatalog } from "../knowledge/function-catalog.js";
import { recordActLabel } from "../knowledge/record-act-label.js";
import type { UnioneRecord } from "../knowledge/record-schema.js";
import type { Proposal } from "./proposal.js";
import { evidenceAct } from "./proposal-updates.js";

export interface ProposalLabel {
  /** "Protezione civile: conferita dal Comune di Codigoro". */
  fact: string;
  /** "Delibera C.C. di Codigoro n. 45 del 28/11/2024, p. 2". */
  act: string;
  /** For a conflict: the record's value now, e.g. "10 anni". */
  recorded: string | null;
}

const documentNames: Record<string, string> = {
  "atti-governance": "Atti di governance",
  "piano-comunicazione": "Piano di comunicazione",
  "programmazione-personale": "Programmazione del personale",
  "piano-formativo": "Piano formativo",
};

function yearsText(value: unknown): string {
  return value === 1 ? "1 anno" : `${formatNumber(Number(value))} anni`;
}

function functionPhrase(proposal: Proposal, comune: string): string {
  const yes = proposal.value === true;
  switch (proposal.field) {
    case "conferring_comuni":
      return yes ? `conferita dal Comune di ${comune}` : `revocata dal Comune di ${comune} (recesso)`;
    case "start_date":
      return `conferimento dal ${formatDate(String(proposal.value))}`;
    case "duration_years":
      return `durata del conferimento ${yearsText(proposal.value)}`;
    case "open_ended":
      return "conferimento a tempo indeterminato";
    case "integral":
      return yes ? "conferimento integrale" : "conferimento parziale (non integrale)";
    case "staff_transferred":
      return yes ? "personale trasferito all'Unione" : "personale non trasferito all'Unione";
    default:
      return yes
        ? "risorse finanziarie e strumentali trasferite all'Unione"
        : "risorse finanziarie e strumentali non trasferite all'Unione";
  }
}

function factPhrase(proposal: Proposal, record: UnioneRecord, catalog: FunctionCatalog): string {
  const { kind, code } = proposal.target;
  if (kind === "deliverable") {
    const name = documentNames[code] ?? code;
    return proposal.field === "date"
      ? `${name}: approvato il ${formatDate(String(proposal.value))}`
      : `${name}: approvato`;
  }
  if (kind === "unione") {
    if (proposal.field === "duration_years") return `Durata dell'Unione: ${yearsText(proposal.value)}`;
    return proposal.value === "sindaci"
      ? "Giunta dell'Unione composta dai Sindaci"
      : "Giunta dell'Unione composta da un assessore delegato per Comune";
  }
  const comune = record.comuni.find((item) => item.id === proposal.comune)?.name ?? proposal.comune ?? "";
  const phrase = functionPhrase(proposal, comune);
  const whose = proposal.field === "conferring_comuni" || !comune ? "" : ` (atto del Comune di ${comune})`;
  return `${catalog.get(code)?.name ?? code}: ${phrase}${whose}`;
}

function recordedValue(proposal: Proposal, record: UnioneRecord): string | null {
  if (proposal.status !== "in conflitto") return null;
  const item =
    proposal.target.kind === "function"
      ? (record.functions.find((entry) => entry.code === proposal.target.code) as Record<string, unknown> | undefined)
      : proposal.target.kind === "deliverable"
        ? (record.deliverables.find((entry) => entry.id === proposal.target.code) as
            | Record<string, unknown>
            | undefined)
        : ({ giunta: record.giunta.composition, duration_years: record.duration_years } as Record<string, unknown>);
  const value = item?.[proposal.field];
  if (value === undefined || value === null) return "un altro atto propone un valore diverso";
  if (Array.isArray(value)) {
    const names = value.map((id) => record.comuni.find((comune) => comune.id === id)?.name ?? id);
    return `Comuni conferenti: ${names.join(", ") || "nessuno"}`;
  }
  if (typeof value === "boolean") return value ? "sì" : "no";
  if (proposal.field.includes("duration")) return yearsText(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDate(String(value)) : String(value);
}

export function describeProposal(proposal: Proposal, record: UnioneRecord, catalog: FunctionCatalog): ProposalLabel {
  const page = proposal.act.page ? `, p. ${proposal.act.page}` : "";
  return {
    fact: factPhrase(proposal, record, catalog),
    act: `${recordActLabel(evidenceAct(proposal), record)}${page}`,
    recorded: recordedValue(proposal, record),
  };
}
