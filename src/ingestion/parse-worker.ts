/**
 * A parse worker thread: reads the files the pool sends, one at a time, and answers with their outcome. Between
 * messages about one file it sends a sign of life per page read, which the pool's deadline waits for.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createHashingEmbedder } from "../index-format/hashing-embedder.js";
import { embeddingText } from "./embedding-text.js";
import type { KnowledgeFile } from "./knowledge-files.js";
import { type FileReadSettings, type ReadResult, readFileJob } from "./read-file-job.js";

export interface JobMessage {
  id: number;
  file: KnowledgeFile;
  settings: FileReadSettings;
}

export type WorkerMessage =
  | { type: "started"; id: number }
  | { type: "alive"; id: number }
  | { type: "done"; id: number; result: ReadResult };

export function serveParseJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (job: JobMessage) => {
    const send = (message: WorkerMessage) => port.postMessage(message);
    send({ type: "started", id: job.id });
    readAndEmbed(job, () => send({ type: "alive", id: job.id })).then(
      (result) => send({ type: "done", id: job.id, result }),
      (error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        const outcome = { status: "skipped", reason: `errore di lettura (${detail})`, hash: null } as const;
        send({ type: "done", id: job.id, result: { outcome } });
      },
    );
  });
}

async function readAndEmbed(job: JobMessage, onPage: () => void): Promise<ReadResult> {
  const outcome = await readFileJob(job.file, job.settings, onPage);
  const embedding = job.settings.workerEmbedding;
  if (outcome.status !== "read" || !embedding) return { outcome };
  const vectors = await createHashingEmbedder(embedding.dimensions).embedDocuments(outcome.chunks.map(embeddingText));
  return { outcome, vectors };
}

// Compiled JavaScript starts serving on load; from TypeScript sources the pool's bootstrap calls serveParseJobs().
if ((workerData as { selfStart?: boolean } | null)?.selfStart) serveParseJobs();
