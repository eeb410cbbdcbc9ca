/**
 * Fakes for the router's services. Every service call that a test did not script THROWS (UnscriptedCall), and
 * the fake logger rethrows it out of the router's error handling, so a test can never pass on a made-up value.
 * Data the router only looks up (the records, the catalogue, channel bindings) is a small in-memory fixture.
 * Tests script the calls they exercise with the helpers below, which record each call in `calls`.
 */
import { pino } from "pino";
import type { CommandRouter } from "../../src/commands/command-router.js";
import type { RouterDeps } from "../../src/commands/router-deps.js";
import { closestNames, matchName } from "../../src/core/fuzzy-match.js";
import type { Logger } from "../../src/core/logger.js";
import type { AccessScope } from "../../src/core/types.js";
import type { DraftService } from "../../src/drafting/draft-types.js";
import type { IndexService, IngestSummary } from "../../src/ingestion/index-service.js";
import { parseUnioneRecord, type UnioneRecord } from "../../src/knowledge/record-schema.js";
import type { StatusReport } from "../../src/readiness/report-types.js";
import type { StatusService } from "../../src/readiness/status-service.js";
import type { RecordUpdateService } from "../../src/records/records-service.js";

export class UnscriptedCall extends Error {
  constructor(method: string) {
    super(`chiamata non prevista dal test: ${method}`);
    this.name = "UnscriptedCall";
  }
}

function unscripted(method: string): () => never {
  return () => {
    throw new UnscriptedCall(method);
  };
}

/** Silent, except that an unscripted call logged by the router's error handling is thrown again. */
export function failOnUnscriptedLogger(): Logger {
  return pino(
    {
      level: "error",
      hooks: {
        logMethod(args, method) {
          const fields = args[0] as { err?: unknown } | undefined;
          if (fields?.err instanceof UnscriptedCall) throw fields.err;
          return method.apply(this, args);
        },
      },
    },
    { write: () => undefined },
  );
}

export function fakeRecord(id: string, name: string, comuni: string[], example = false): UnioneRecord {
  const parsed = parseUnioneRecord({
    id,
    name,
    example,
    province: "Ferrara",
    type: "costituita",
    as_of: "2024-06-30",
    comuni: comuni.map((comune) => ({ id: comune.toLowerCase(), name: comune })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.record;
}

export const fakeRecords: readonly UnioneRecord[] = [
  fakeRecord("terre-del-delta", "Unione Terre del Delta", ["Codigoro", "Goro", "Mesola"]),
  fakeRecord("terre-d-acqua", "Unione Terre d'Acqua", ["Anzola", "Crevalcore"]),
  fakeRecord("unione-esempio", "Unione di esempio (fittizia)", ["Alfa", "Beta"], true),
];

const fakeFunctions = [
  { code: "protezione-civile", name: "Protezione civile", aliases: [], art7: "elenco" as const },
  { code: "polizia-locale", name: "Polizia locale", aliases: ["vigili"], art7: "elenco" as const },
];

/** A minimal report of `record`: not ready, no functions, no gaps. */
export function emptyReport(record: UnioneRecord): StatusReport {
  return {
    unione: { id: record.id, name: record.name },
    ready: false,
    functions: [],
    counted: 0,
    required: 4,
    deliverables: [],
    gaps: [],
    deadline: "2024-06-30",
    as_of: record.as_of,
  };
}

/** Status that records each call and reports `emptyReport`; the summary lists only what `scope` sees. */
export function recordingStatus(calls: string[], records: readonly UnioneRecord[] = fakeRecords): StatusService {
  return {
    status(id) {
      calls.push(`status:${id}`);
      const record = records.find((item) => item.id === id);
      if (!record) throw new Error(`fake status: Unione sconosciuta ${id}`);
      return emptyReport(record);
    },
    summary(scope: AccessScope) {
      calls.push(`summary:${scope.kind}`);
      return scope.kind === "all" ? records.map(emptyReport) : [];
    },
  };
}

/** Drafts that echo the request into the draft and record it, with a placeholder .docx. */
export function recordingDrafts(calls: string[]): DraftService {
  return {
    types: () => [
      { id: "convenzione", name: "Convenzione di conferimento" },
      { id: "piano-formativo", name: "Piano formativo" },
    ],
    async draft(request, context) {
      calls.push(
        `draft:${request.tipo}:${request.funzione}:${request.unione}:${request.istruzioni}:${context.scope.kind}`,
      );
      return {
        tipo: request.tipo,
        title: "Bozza",
        unione: request.unione ?? "?",
        unioneName: "X",
        funzione: request.funzione ?? null,
        sections: [],
        missing: [],
      };
    },
    async toDocx() {
      return Buffer.from("docx");
    },
  };
}

export function recordingUpdates(calls: string[]): RecordUpdateService {
  return {
    update(update) {
      calls.push(`update:${update.unione}:${update.target}:${update.field}:${update.value}`);
      return {
        at: "2024-01-01T00:00:00Z",
        user: update.user,
        unione: update.unione,
        target: update.target,
        field: update.field,
        oldValue: null,
        newValue: update.value,
      };
    },
    history: (id) => {
      calls.push(`history:${id}`);
      return [];
    },
    replaceEntry(replacement) {
      calls.push(`replace:${replacement.unione}:${replacement.kind}:${replacement.id}`);
      return [];
    },
  };
}

export function recordingIndex(calls: string[], summary: Partial<IngestSummary> = {}): IndexService {
  return {
    async ingest() {
      calls.push("ingest");
      return {
        files: 3,
        added: 1,
        changed: 0,
        unchanged: 2,
        removed: 0,
        skipped: [],
        pages: 4,
        chunks: 10,
        seconds: 0.5,
        ...summary,
      };
    },
    exists: () => true,
    async sources(scope) {
      calls.push(`sources:${scope.kind}`);
      return [];
    },
  };
}

/** Deps whose every service throws unless scripted in `script`; lookups run on the fixture records. */
export function fakeRouterDeps(calls: string[] = [], script: Partial<RouterDeps> = {}): RouterDeps {
  const records = fakeRecords;
  const candidates = records.map((record) => ({ value: record, names: [record.id, record.name] }));
  const bound = new Map<string, string>();
  return {
    logger: failOnUnscriptedLogger(),
    ask: { ask: unscripted("ask.ask") },
    index: {
      ingest: unscripted("index.ingest"),
      exists: unscripted("index.exists"),
      sources: unscripted("index.sources"),
    },
    records: {
      list: () => [...records],
      get: (id) => records.find((record) => record.id === id) ?? null,
      resolve: (name) => matchName(name, candidates),
      suggest: (name) =>
        closestNames(
          name,
          records.map((record) => record.id),
        ),
    },
    status: { status: unscripted("status.status"), summary: unscripted("status.summary") },
    drafts: {
      types: unscripted("drafts.types"),
      draft: unscripted("drafts.draft"),
      toDocx: unscripted("drafts.toDocx"),
    },
    bindings: {
      boundUnione: (channel) => bound.get(channel) ?? null,
      bind: (channel, unione) => {
        calls.push(`bind:${channel}:${unione}`);
        bound.set(channel, unione);
      },
      unbind: (channel) => {
        calls.push(`unbind:${channel}`);
        return bound.delete(channel);
      },
      list: () => [...bound].map(([channel, unione]) => ({ channel, unione })),
    },
    updates: {
      update: unscripted("updates.update"),
      history: unscripted("updates.history"),
      replaceEntry: unscripted("updates.replaceEntry"),
    },
    evidence: {
      review: unscripted("evidence.review"),
      applyNew: unscripted("evidence.applyNew"),
      confirm: unscripted("evidence.confirm"),
      discard: unscripted("evidence.discard"),
    },
    catalog: {
      list: () => fakeFunctions,
      get: (code) => fakeFunctions.find((info) => info.code === code) ?? null,
      resolve: (name) =>
        matchName(
          name,
          fakeFunctions.map((info) => ({ value: info, names: [info.code, info.name, ...info.aliases] })),
        ),
    },
    feedback: {
      recordAnswer: unscripted("feedback.recordAnswer"),
      recordFeedback: unscripted("feedback.recordFeedback"),
      votesFor: unscripted("feedback.votesFor"),
      stats: unscripted("feedback.stats"),
    },
    knowledge: {
      check: unscripted("knowledge.check"),
      exportRecords: unscripted("knowledge.exportRecords"),
      writeSchema: unscripted("knowledge.writeSchema"),
    },
    ...script,
  };
}

/** A router whose `handle` is the given function; its other doors throw when called. */
export function fakeRouter(handle: CommandRouter["handle"]): CommandRouter {
  return {
    handle,
    execute: unscripted("router.execute"),
    boundUnione: () => null,
    vote: unscripted("router.vote"),
    home: unscripted("router.home"),
  };
}
