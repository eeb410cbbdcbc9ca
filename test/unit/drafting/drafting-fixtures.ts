/** Shared helpers for the drafting tests: an in-memory RecordsService, request contexts, and the shipped knowledge. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { closestNames, matchName } from "../../../src/core/fuzzy-match.js";
import type { AccessScope, RequestContext } from "../../../src/core/types.js";
import { parseUnioneRecord, type UnioneRecord } from "../../../src/knowledge/record-schema.js";
import { loadReadinessRules } from "../../../src/readiness/rules.js";
import type { RecordsService } from "../../../src/records/records-service.js";

export const projectRoot = join(import.meta.dirname, "..", "..", "..");
export const knowledgeDir = join(projectRoot, "knowledge");
export const promptsDir = join(projectRoot, "prompts");
/** The minimum conferral duration of the shipped rules file, as the composition root passes it. */
export const shippedMinimumDurationYears = loadReadinessRules(knowledgeDir).minimumDurationYears;
export const shippedRecordsExist = existsSync(join(knowledgeDir, "unioni", "terre-del-delta", "record.yaml"));

export function memoryRecords(records: UnioneRecord[]): RecordsService {
  const candidates = () => records.map((record) => ({ value: record, names: [record.id, record.name] }));
  return {
    list: () => records,
    get: (id) => records.find((record) => record.id === id) ?? null,
    resolve: (name) => matchName(name, candidates()),
    suggest: (name) =>
      closestNames(
        name,
        records.map((record) => record.name),
      ),
  };
}

export function contextFor(scope: AccessScope, boundUnione: string | null = null): RequestContext {
  return {
    requestId: "test",
    transport: "cli",
    user: "tester",
    channel: null,
    isAdmin: scope.kind === "all",
    boundUnione,
    scope,
  };
}

/** A small valid record, for tests that must not depend on the shipped YAML. */
export function fixtureRecord(overrides: Partial<Record<string, unknown>> = {}): UnioneRecord {
  const parsed = parseUnioneRecord({
    id: "unione-prova",
    name: "Unione della Prova",
    province: "Bologna",
    type: "esistente",
    as_of: "2024-06-30",
    seat: "Primavalle",
    comuni: [
      { id: "primavalle", name: "Primavalle", population: 12000, population_year: 2023 },
      { id: "secondaria", name: "Secondaria", population: 5000, population_year: 2023 },
      { id: "terzo-borgo", name: "Terzo Borgo", population: 3000, population_year: 2023 },
    ],
    functions: [{ code: "polizia-locale", state: "attiva", start_date: "2020-01-01", duration_years: 7 }],
    ...overrides,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.record;
}
