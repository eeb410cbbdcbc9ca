/**
 * Parses files in worker threads, one file per worker at a time, so that ingest uses every core and a bad file
 * cannot take the process down. Each worker runs under V8 memory limits; a file that shows no progress (no page
 * read) for `stallMs` has its worker terminated. Either way the file is skipped with an Italian reason, the
 * worker is replaced, and the other files go on. Workers start on demand and stop with close().
 */
import type { Worker } from "node:worker_threads";
import { formatNumber } from "../core/italian-format.js";
import type { KnowledgeFile } from "./knowledge-files.js";
import type { JobMessage, WorkerMessage } from "./parse-worker.js";
import type { FileReadSettings, ReadResult } from "./read-file-job.js";
import { startParseWorker } from "./worker-thread.js";

/** pdf.js allocates short-lived objects at a high rate: a larger young generation halves the scavenges. */
const youngGenerationMb = 64;

export interface ParsePoolOptions {
  size: number;
  /** A file with no page read for this long is abandoned. */
  stallMs: number;
  /** V8 heap of one worker (old generation), in MB. */
  memoryMb: number;
}

export interface ParsePool {
  read(file: KnowledgeFile): Promise<ReadResult>;
  close(): Promise<void>;
}

interface Job {
  id: number;
  file: KnowledgeFile;
  resolve(result: ReadResult): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export function createParsePool(settings: FileReadSettings, options: ParsePoolOptions): ParsePool {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;

  const dispatch = () => {
    while (queue.length > 0) {
      const slot = slots.find((candidate) => candidate.job === null) ?? (slots.length < options.size ? spawn() : null);
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      const message: JobMessage = { id: job.id, file: job.file, settings };
      slot.worker.postMessage(message);
    }
  };

  const finish = (slot: Slot, result: ReadResult) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    job?.resolve(result);
  };

  /** A worker that failed or was stopped: its file is skipped, a new worker takes its place on demand. */
  const retire = (slot: Slot, reason: string) => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    void slot.worker.terminate();
    finish(slot, { outcome: { status: "skipped", reason, hash: null } });
    dispatch();
  };

  const spawn = (): Slot => {
    const worker = startParseWorker({
      maxOldGenerationSizeMb: options.memoryMb,
      maxYoungGenerationSizeMb: youngGenerationMb,
    });
    const slot: Slot = { worker, job: null, timer: null };
    const watch = () => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = setTimeout(() => retire(slot, stalledReason(options.stallMs)), options.stallMs);
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.id !== slot.job?.id) return;
      if (message.type === "done") {
        finish(slot, message.result);
        dispatch();
      } else watch();
    });
    worker.on("error", (error: Error & { code?: string }) =>
      retire(slot, error.code === "ERR_WORKER_OUT_OF_MEMORY" ? memoryReason(options.memoryMb) : crashReason(error)),
    );
    worker.on("exit", () => retire(slot, "lettura interrotta: il processo di lettura si è fermato"));
    slots.push(slot);
    return slot;
  };

  return {
    read(file) {
      return new Promise((resolve) => {
        queue.push({ id: nextId++, file, resolve });
        dispatch();
      });
    },
    async close() {
      const running = slots.splice(0);
      for (const slot of running) if (slot.timer) clearTimeout(slot.timer);
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}

function stalledReason(stallMs: number): string {
  return `lettura interrotta: nessun progresso per oltre ${formatNumber(Math.round(stallMs / 1000))} s (file anomalo o troppo pesante)`;
}

function memoryReason(memoryMb: number): string {
  return `lettura interrotta: il file richiede più di ${formatNumber(memoryMb)} MB di memoria (file anomalo o troppo pesante)`;
}

function crashReason(error: Error): string {
  return `lettura interrotta da un errore del lettore (${error.message})`;
}
