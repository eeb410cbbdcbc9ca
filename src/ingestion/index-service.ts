/** The index use case as the router sees it: incremental ingest, presence of an index, visible sources. */
import type { AccessScope, SourceAct } from "../core/types.js";

/** Summary of the indexed sources a scope may see (for `/unione fonti`). */
export interface SourceSummary {
  path: string;
  title: string;
  kind: string;
  unione: string | null;
  chunks: number;
  pages: number | null;
  /** The act the document is, when it is one (its title is then the act's label and OGGETTO). */
  act?: SourceAct;
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

/** Where an ingest stands after a file: files reported so far, and bytes read of the bytes there are to read. */
export interface IngestProgress {
  done: number;
  total: number;
  bytesRead: number;
  bytesToRead: number;
  /** The line reports a problem (a file skipped): worth keeping on screen under a progress bar. */
  warning: boolean;
}

export interface IngestOptions {
  /**
   * One Italian line per file, with where the ingest stands (for a progress bar); other notices (a damaged index,
   * a full rebuild) come with `progress` null.
   */
  onProgress?: (line: string, progress: IngestProgress | null) => void;
  /** Ignore the current index and read every file again (OCR results stay cached). */
  rebuild?: boolean;
}

export interface IndexService {
  /** Incremental ingest of the knowledge folder; one at a time per data folder ("indicizzazione già in corso"). */
  ingest(options?: IngestOptions): Promise<IngestSummary>;
  /** True when an index exists on disk. */
  exists(): boolean;
  sources(scope: AccessScope): Promise<SourceSummary[]>;
}
