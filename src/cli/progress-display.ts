/**
 * What `unione ingest` shows while it works. On a terminal: one progress bar, redrawn in place, with files done,
 * share and time left (from the bytes read so far: unchanged files cost nothing and would distort a count), and
 * the warnings printed above it. Elsewhere (a pipe, a log, CI): one line per file, as before.
 */
import type { IngestProgress } from "../ingestion/index-service.js";
import type { CliIo } from "./cli-context.js";

export interface ProgressDisplay {
  show(line: string, progress: IngestProgress | null): void;
  /** Clears the bar before the summary. */
  finish(): void;
}

const barWidth = 24;

export function createProgressDisplay(io: CliIo, clock: () => number = Date.now): ProgressDisplay {
  const terminal = io.terminal;
  if (!terminal) return { show: (line) => io.out(line), finish: () => undefined };
  const started = clock();
  let bar = "";
  const clear = () => {
    if (bar) terminal.write("\r\x1b[2K");
  };
  return {
    show(line, progress) {
      clear();
      if (!progress || progress.warning) terminal.write(`${line}\n`);
      bar = progress ? progressBar(progress, clock() - started).slice(0, Math.max(20, terminal.columns() - 1)) : bar;
      if (bar) terminal.write(bar);
    },
    finish() {
      clear();
      bar = "";
    },
  };
}

export function progressBar(progress: IngestProgress, elapsedMs: number): string {
  const share = progress.bytesToRead > 0 ? progress.bytesRead / progress.bytesToRead : progress.done / progress.total;
  const filled = Math.round(Math.min(1, share) * barWidth);
  const percent = Math.floor(Math.min(1, share) * 100);
  return `Indicizzazione [${"█".repeat(filled)}${"░".repeat(barWidth - filled)}] ${progress.done}/${progress.total} file · ${percent}% · ${timeLeft(progress, elapsedMs)}`;
}

function timeLeft(progress: IngestProgress, elapsedMs: number): string {
  if (progress.done >= progress.total) return "fatto";
  if (progress.bytesRead === 0 || progress.bytesToRead === 0) return "stima in corso";
  const seconds = Math.ceil(((progress.bytesToRead - progress.bytesRead) / progress.bytesRead) * (elapsedMs / 1000));
  const minutes = Math.floor(seconds / 60);
  return `ancora ~${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}
