/**
 * Services whose module is imported on first use, behind the same interface: a command pays for what it runs.
 * `unione ask` over an existing index loads neither ingestion, nor drafting with its .docx writer, nor the checks.
 */
import type { KnowledgeMaintenance } from "../commands/router-deps.js";
import type { DraftService } from "../drafting/draft-types.js";
import type { EvidenceService } from "../evidence/evidence-service.js";
import type { IndexService } from "../ingestion/index-service.js";

/** A service built by an async import on its first use, then kept. */
function deferred<T>(load: () => Promise<T>): () => Promise<T> {
  let service: Promise<T> | null = null;
  return () => {
    service ??= load();
    return service;
  };
}

/**
 * Ingestion (loaders, chunker, the PDF and .docx readers) is imported on the first ingest or listing of sources:
 * answering from an index that exists never loads it.
 */
export function deferredIndex(load: () => Promise<IndexService>, exists: () => boolean): IndexService {
  const ready = deferred(load);
  return {
    ingest: async (options) => (await ready()).ingest(options),
    exists,
    sources: async (scope) => (await ready()).sources(scope),
  };
}

/** Drafting and its .docx writer are imported on the first draft; the list of types needs only the templates. */
export function deferredDrafts(load: () => Promise<DraftService>, types: DraftService["types"]): DraftService {
  const ready = deferred(load);
  return {
    types,
    draft: async (request, context) => (await ready()).draft(request, context),
    toDocx: async (draft) => (await ready()).toDocx(draft),
  };
}

/** `unione check`, `export` and `schema` import the checks, the exporter and the schema writer when run. */
export function deferredKnowledge(load: () => Promise<KnowledgeMaintenance>): KnowledgeMaintenance {
  const ready = deferred(load);
  return {
    check: async () => (await ready()).check(),
    exportRecords: async () => (await ready()).exportRecords(),
    writeSchema: async () => (await ready()).writeSchema(),
  };
}

/** Reading an Unione's acts (loaders, act recognition, rules) is imported on the first `evidence` request. */
export function deferredEvidence(load: () => Promise<EvidenceService>): EvidenceService {
  const ready = deferred(load);
  return {
    review: async (unione) => (await ready()).review(unione),
    applyNew: async (unione, user) => (await ready()).applyNew(unione, user),
    confirm: async (unione, id, user) => (await ready()).confirm(unione, id, user),
    discard: async (unione, id, user) => (await ready()).discard(unione, id, user),
  };
}
