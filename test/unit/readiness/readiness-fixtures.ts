/** Minimal records and a small catalogue for the readiness and records tests (no real data). */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { matchName } from "../../../src/core/fuzzy-match.js";
import type { FunctionCatalog, FunctionInfo } from "../../../src/knowledge/function-catalog.js";
import { type UnioneRecord, unioneRecordSchema } from "../../../src/knowledge/record-schema.js";
import { loadReadinessRules } from "../../../src/readiness/rules.js";

export const knowledgeDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "knowledge");
export const today = new Date("2024-06-15T09:00:00Z");

const functions: FunctionInfo[] = [
  { code: "ict", name: "ICT", aliases: ["informatica", "sia"], art7: "ict" },
  { code: "polizia-locale", name: "Polizia locale", aliases: ["vigili"], art7: "elenco" },
  { code: "protezione-civile", name: "Protezione civile", aliases: [], art7: "elenco" },
  { code: "suap", name: "SUAP", aliases: [], art7: "elenco" },
  { code: "servizi-sociali", name: "Servizi sociali", aliases: [], art7: "elenco" },
  { code: "tributi", name: "Gestione dei tributi", aliases: [], art7: "elenco" },
  { code: "cuc", name: "Centrale unica di committenza", aliases: [], art7: null },
];

export function fixtureCatalog(): FunctionCatalog {
  const candidates = functions.map((item) => ({ value: item, names: [item.code, item.name, ...item.aliases] }));
  return {
    list: () => [...functions],
    get: (code) => functions.find((item) => item.code === code) ?? null,
    resolve: (name) => functions.find((item) => item.code === name) ?? matchName(name, candidates),
  };
}

export const shippedRules = () => loadReadinessRules(knowledgeDir);

const members = ["alfa", "beta", "gamma"];

/** A function that passes every test. */
export function passingFunction(code: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code,
    state: "attiva",
    conferring_comuni: [...members],
    integral: true,
    staff_transferred: true,
    resources_transferred: true,
    start_date: "2020-01-01",
    duration_years: 5,
    ...overrides,
  };
}

/** A READY Unione: 4 passing functions (ICT + 3 of the 7), Giunta of mayors, every deliverable approved. */
export function readyRecord(overrides: Record<string, unknown> = {}): UnioneRecord {
  return unioneRecordSchema.parse({
    id: "unione-prova",
    name: "Unione di prova",
    province: "Bologna",
    type: "costituita",
    as_of: "2024-06-01",
    comuni: members.map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1) })),
    giunta: { composition: "sindaci" },
    functions: ["ict", "polizia-locale", "protezione-civile", "suap"].map((code) => passingFunction(code)),
    deliverables: ["atti-governance", "piano-comunicazione", "programmazione-personale", "piano-formativo"].map(
      (id) => ({ id, state: "approvato" }),
    ),
    ...overrides,
  });
}

/** The ready record with one function replaced. */
export function withFunction(
  code: string,
  overrides: Record<string, unknown>,
  base: Record<string, unknown> = {},
): UnioneRecord {
  const record = readyRecord(base);
  return unioneRecordSchema.parse({
    ...record,
    functions: record.functions.map((item) => (item.code === code ? { ...item, ...overrides } : item)),
  });
}
