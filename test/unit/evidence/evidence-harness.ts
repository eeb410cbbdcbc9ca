/**
 * An evidence service over a temporary copy of the shipped knowledge folder with the fixture deliberations filed in
 * each Unione's folder, real SQLite records and audit log, and a fixed clock.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "../../../src/core/logger.js";
import { createEvidenceService, type EvidenceService } from "../../../src/evidence/evidence-service.js";
import type { ModelReader } from "../../../src/evidence/model-extraction.js";
import type { DocumentLoader } from "../../../src/ingestion/load-document.js";
import { createFunctionCatalog } from "../../../src/knowledge/function-catalog.js";
import { loadUnioneRecords } from "../../../src/knowledge/load-records.js";
import type { ChatModel } from "../../../src/llm/chat-model.js";
import { openMemoryDatabase, type SqliteDatabase } from "../../../src/records/database.js";
import { createEvidenceDecisions } from "../../../src/records/evidence-decisions.js";
import { createRecordStore, type RecordStore } from "../../../src/records/record-store.js";

const root = join(import.meta.dirname, "..", "..", "..");
export const fixturesDir = join(root, "test", "fixtures", "evidence");
export const promptsDir = join(root, "prompts");
export const today = new Date("2026-01-15T10:00:00Z");

/** A copy of knowledge/ with the text fixtures of each Unione filed in its folder. */
export function knowledgeWithFixtures(): string {
  const knowledge = join(mkdtempSync(join(tmpdir(), "evidence-")), "knowledge");
  cpSync(join(root, "knowledge"), knowledge, { recursive: true });
  for (const unione of readdirSync(fixturesDir)) {
    const folder = join(knowledge, "unioni", unione);
    if (existsSync(folder)) cpSync(join(fixturesDir, unione), folder, { recursive: true });
  }
  return knowledge;
}

export interface EvidenceHarness {
  knowledge: string;
  database: SqliteDatabase;
  records: RecordStore;
  service: EvidenceService;
  /** A second service on the same database and folder: what a restart sees. */
  restart(): EvidenceService;
}

export function evidenceHarness(
  options: { chatModel?: ChatModel; knowledge?: string; loader?: DocumentLoader } = {},
): EvidenceHarness {
  const knowledge = options.knowledge ?? knowledgeWithFixtures();
  const database = openMemoryDatabase();
  const catalog = createFunctionCatalog(knowledge);
  const records = createRecordStore({
    database,
    seed: loadUnioneRecords(knowledge).records,
    catalog,
    clock: () => today,
  });
  const model: ModelReader | null = options.chatModel
    ? { chatModel: options.chatModel, promptsDir, catalog, logger: silentLogger() }
    : null;
  const build = () =>
    createEvidenceService({
      knowledgeDir: knowledge,
      maxFileBytes: 10 * 1024 * 1024,
      ...(options.loader ? { loader: options.loader } : {}),
      records,
      updates: records,
      catalog,
      decisions: createEvidenceDecisions(database),
      model,
      logger: silentLogger(),
      clock: () => today,
    });
  return { knowledge, database, records, service: build(), restart: build };
}
