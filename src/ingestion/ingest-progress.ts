/** Counts what an ingest has done, for the "[12/93]" of each line and for a progress bar's share and ETA. */
import type { IngestOptions, IngestProgress } from "./index-service.js";

export interface ProgressCounter {
  /** One more file settled: `line` receives the counter ("[12/93]") and returns the line to report. */
  file(line: (counter: string) => string, warning?: boolean): void;
  /** Bytes of one more file that must really be read (unchanged ones cost next to nothing). */
  addBytesToRead(size: number): void;
  bytes(read: number): void;
}

export function createProgress(total: number, onProgress: IngestOptions["onProgress"]): ProgressCounter {
  const state = { done: 0, total, bytesRead: 0, bytesToRead: 0 };
  return {
    file(line, warning = false) {
      state.done++;
      const progress: IngestProgress = { ...state, warning };
      onProgress?.(line(`[${state.done}/${state.total}]`), progress);
    },
    addBytesToRead(size) {
      state.bytesToRead += size;
    },
    bytes(read) {
      state.bytesRead += read;
    },
  };
}
