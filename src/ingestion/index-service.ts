/** The index use case as the router sees it: incremental ingest, presence of an index, visible sources. */
import type { AccessScope } from "../core/types.js";

/** Summary of the indexed sources a scope may see (for `/unione fonti`). */
export interface SourceSummary {
  path: string;
  title: string;
  kind: string;
  unione: string | null;
  chunks: number;
  pages: number | null;
  /** The administrative act the document is, when ingestion recognised one (number and date as printed, ISO date). */
  act?: { type: string | null; number: string | null; date: string | null; subject: string | null } | null;
}

export interface IngestSummary {
  files: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  skipped: { path: string; reason: string }[];
  pages: number;
  chunks: number;
  seconds: number;
}

export interface IndexService {
  /** Incremental ingest of the knowledge folder; `onProgress` gets one Italian line per file. */
  ingest(options?: { onProgress?: (line: string) => void }): Promise<IngestSummary>;
  /** True when an index exists on disk. */
  exists(): boolean;
  sources(scope: AccessScope): Promise<SourceSummary[]>;
}
