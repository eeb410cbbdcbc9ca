/** Recording fakes for the router's services; any call nobody scripted fails loudly. */
import { matchName, closestNames } from "../../src/core/fuzzy-match.js";
import { silentLogger } from "../../src/core/logger.js";
import type { RouterDeps } from "../../src/commands/router-deps.js";
import type { UnioneRecord } from "../../src/knowledge/record-schema.js";
import { parseUnioneRecord } from "../../src/knowledge/record-schema.js";
import type { StatusReport } from "../../src/readiness/report-types.js";

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

function reportOf(record: UnioneRecord): StatusReport {
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

export function fakeRouterDeps(calls: string[] = []): RouterDeps {
  const records = [fakeRecord("terre-del-delta", "Unione Terre del Delta", ["Codigoro", "Goro", "Mesola"]), fakeRecord("terre-d-acqua", "Unione Terre d'Acqua", ["Anzola", "Crevalcore"]),
    fakeRecord("unione-esempio", "Unione di esempio (fittizia)", ["Alfa", "Beta"], true),
  ];
  const candidates = records.map((record) => ({ value: record, names: [record.id, record.name] }));
  const functions = [
    { code: "protezione-civile", name: "Protezione civile", aliases: [], art7: "elenco" as const },
    { code: "polizia-locale", name: "Polizia locale", aliases: ["vigili"], art7: "elenco" as const },
  ];
  return {
    logger: silentLogger(),
    ask: {
      async ask(question, options) {
        calls.push(`ask:${question}:${options.scope.kind}`);
        return { answer: `risposta a ${question}`, mode: "extractive", sources: [], found: true };
      },
    },
    index: {
      async ingest() {
        calls.push("ingest");
        return { files: 3, added: 1, changed: 0, unchanged: 2, removed: 0, skipped: [], pages: 4, chunks: 10, seconds: 0.5 };
      },
      exists: () => true,
      async sources(scope) {
        calls.push(`sources:${scope.kind}`);
        return [];
      },
    },
    records: {
      list: () => records,
      get: (id) => records.find((record) => record.id === id) ?? null,
      resolve: (name) => matchName(name, candidates),
      suggest: (name) => closestNames(name, records.map((record) => record.id)),
    },
    status: {
      status(id) {
        calls.push(`status:${id}`);
        return reportOf(records.find((record) => record.id === id)!);
      },
      summary(scope) {
        calls.push(`summary:${scope.kind}`);
        return scope.kind === "all" ? records.map(reportOf) : [];
      },
    },
    drafts: {
      types: () => [
        { id: "convenzione", name: "Convenzione di conferimento" },
        { id: "piano-formativo", name: "Piano formativo" },
      ],
      async draft(request, context) {
        calls.push(`draft:${request.tipo}:${request.funzione}:${request.unione}:${request.istruzioni}:${context.scope.kind}`);
        return { tipo: request.tipo, title: "Bozza", unione: request.unione ?? "?", unioneName: "X", funzione: request.funzione ?? null, sections: [], missing: [] };
      },
      async toDocx() {
        return Buffer.from("docx");
      },
    },
    bindings: {
      boundUnione: () => null,
      bind: (channel, unione) => void calls.push(`bind:${channel}:${unione}`),
      unbind: (channel) => (calls.push(`unbind:${channel}`), true),
      list: () => [],
    },
    updates: {
      update(update) {
        calls.push(`update:${update.unione}:${update.target}:${update.field}:${update.value}`);
        return { at: "2024-01-01T00:00:00Z", user: update.user, unione: update.unione, target: update.target, field: update.field, oldValue: null, newValue: update.value };
      },
      history: (id) => (calls.push(`history:${id}`), []),
    },
    catalog: {
      list: () => functions,
      get: (code) => functions.find((info) => info.code === code) ?? null,
      resolve: (name) => matchName(name, functions.map((info) => ({ value: info, names: [info.code, info.name, ...info.aliases] }))),
    },
  };
}
