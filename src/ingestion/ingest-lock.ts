/**
 * One ingest at a time per data directory: across processes (the command line beside the Slack server) and
 * within one (two `/unione aggiorna-indice` at once). Two builds at once would each remove the other's unfinished
 * generation. The lock is a file created exclusively, holding its owner's pid, host and a random token; the owner
 * touches it while it works. A lock whose process is gone (same host), or that nobody touched for `staleAfterMs`,
 * is stale: it is moved aside by rename (only one contender's rename succeeds) and dropped only when what was
 * moved is the very lock judged stale.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { UnioneError } from "../core/errors.js";
import { formatDate, formatTime } from "../core/italian-format.js";

export interface IngestLock {
  release(): void;
}

export interface LockOptions {
  /** How long a second ingest waits for the first before answering "già in corso". */
  waitMs?: number;
  pollMs?: number;
  /** A lock not touched for this long is stale even if its pid exists (pid reused, other host). */
  staleAfterMs?: number;
  heartbeatMs?: number;
}

interface Holder {
  pid: number;
  host: string;
  token: string;
  startedAt: string;
}

const lockName = "ingest.lock";

export async function acquireIngestLock(dataDir: string, options: LockOptions = {}): Promise<IngestLock> {
  const file = join(dataDir, lockName);
  mkdirSync(dataDir, { recursive: true });
  const deadline = Date.now() + (options.waitMs ?? 2_000);
  const staleAfterMs = options.staleAfterMs ?? 10 * 60_000;
  for (;;) {
    const token = tryCreate(file);
    if (token) return held(file, token, options.heartbeatMs ?? 15_000);
    const holder = readHolder(file);
    if (isStale(file, holder, staleAfterMs)) {
      moveAsideIfStill(file, holder);
      continue;
    }
    if (Date.now() >= deadline) throw busyError(holder);
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
  }
}

function tryCreate(file: string): string | null {
  let descriptor: number;
  try {
    descriptor = openSync(file, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return null;
    throw error;
  }
  const holder: Holder = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(12).toString("hex"),
    startedAt: new Date().toISOString(),
  };
  try {
    writeSync(descriptor, JSON.stringify(holder));
  } finally {
    closeSync(descriptor);
  }
  return holder.token;
}

function held(file: string, token: string, heartbeatMs: number): IngestLock {
  const heartbeat = setInterval(() => {
    if (readHolder(file)?.token !== token) return;
    const now = new Date();
    try {
      utimesSync(file, now, now);
    } catch {
      // Removed meanwhile: release() will find nothing to remove.
    }
  }, heartbeatMs);
  heartbeat.unref();
  return {
    release() {
      clearInterval(heartbeat);
      // Only our own lock: after a takeover the file may belong to someone else.
      if (readHolder(file)?.token === token) rmSync(file, { force: true });
    },
  };
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Holder>;
    if (typeof parsed.pid !== "number" || typeof parsed.token !== "string") return null;
    return {
      pid: parsed.pid,
      host: String(parsed.host ?? ""),
      token: parsed.token,
      startedAt: String(parsed.startedAt),
    };
  } catch {
    return null;
  }
}

function isStale(file: string, holder: Holder | null, staleAfterMs: number): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(file).mtimeMs;
  } catch {
    return false; // gone: the next attempt creates it
  }
  // An unreadable lock is one being written right now, or left half-written by a crash: give it a few seconds.
  if (!holder) return age > 5_000;
  if (holder.host === hostname() && !processAlive(holder.pid)) return true;
  return age > staleAfterMs;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function moveAsideIfStill(file: string, judged: Holder | null): void {
  const aside = `${file}.stale-${randomBytes(6).toString("hex")}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // another contender moved it first
  }
  const moved = readHolder(aside);
  if (moved?.token !== judged?.token) {
    // Between our judgement and our rename a live owner took over: give its lock back.
    try {
      linkSync(aside, file);
    } catch {
      // Someone created a new lock meanwhile; that one stands.
    }
  }
  rmSync(aside, { force: true });
}

function busyError(holder: Holder | null): UnioneError {
  const started = holder ? new Date(holder.startedAt) : null;
  const since =
    started && !Number.isNaN(started.getTime())
      ? ` (avviata il ${formatDate(started)} alle ${formatTime(started)})`
      : "";
  return new UnioneError(
    "BUSY",
    `Indicizzazione già in corso${since}: attendi che finisca e riprova tra qualche minuto. L'indice attuale resta consultabile.`,
    { detail: holder ? `lock di ingest tenuto dal processo ${holder.pid} su ${holder.host}` : "lock di ingest" },
  );
}
