/**
 * A parse worker thread: reads the files the pool sends, one at a time, and answers with their outcome. Between
 * messages about one file it sends a sign of life per page read, which the pool's deadline waits for.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { KnowledgeFile } from "./knowledge-files.js";
import { type FileReadSettings, readFileJob } from "./read-file-job.js";
import type { FileOutcome } from "./read-knowledge-file.js";

export interface JobMessage {
  id: number;
  file: KnowledgeFile;
  settings: FileReadSettings;
}

export type WorkerMessage =
  | { type: "started"; id: number }
  | { type: "alive"; id: number }
  | { type: "done"; id: number; outcome: FileOutcome };

export function serveParseJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (job: JobMessage) => {
    const send = (message: WorkerMessage) => port.postMessage(message);
    send({ type: "started", id: job.id });
    readFileJob(job.file, job.settings, () => send({ type: "alive", id: job.id })).then(
      (outcome) => send({ type: "done", id: job.id, outcome }),
      (error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        send({
          type: "done",
          id: job.id,
          outcome: { status: "skipped", reason: `errore di lettura (${detail})`, hash: null },
        });
      },
    );
  });
}

// Compiled JavaScript starts serving on load; from TypeScript sources the pool's bootstrap calls serveParseJobs().
if ((workerData as { selfStart?: boolean } | null)?.selfStart) serveParseJobs();
