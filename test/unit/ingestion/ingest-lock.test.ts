/**
 * One ingest at a time per data folder. Bad input: a second ingest while one runs (same process, or another live
 * process), a lock left by a killed process, a half-written lock, a lock nobody touched for too long.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isUnioneError } from "../../../src/core/errors.js";
import { acquireIngestLock } from "../../../src/ingestion/ingest-lock.js";

let directory: string;
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const quick = { waitMs: 50, pollMs: 10 };

async function busy(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(isUnioneError(error) && error.code).toBe("BUSY");
  return isUnioneError(error) ? error.userMessage : "";
}

function writeLock(pid: number, ageMs = 0, startedAt = new Date().toISOString()): string {
  const file = join(directory, "ingest.lock");
  writeFileSync(file, JSON.stringify({ pid, host: hostname(), token: "altrui", startedAt }));
  const when = new Date(Date.now() - ageMs);
  utimesSync(file, when, when);
  return file;
}

describe("ingest lock", () => {
  it("answers 'già in corso' to a second ingest in the same process, and lets the next one in after release", async () => {
    directory = mkdtempSync(join(tmpdir(), "unione-lock-"));
    const first = await acquireIngestLock(directory, quick);
    expect(await busy(acquireIngestLock(directory, quick))).toMatch(/^Indicizzazione già in corso \(avviata il /);
    first.release();
    (await acquireIngestLock(directory, quick)).release();
  });

  it("tells when the running ingest started in Italian time, as history does, whatever the server's zone", async () => {
    // Tried: locks started at fixed instants, 09:01 UTC in summer (11:01 in Italy) and 23:30 UTC on 30 December
    // (already 31/12 in Italy), held by this very process so they are live.
    directory = mkdtempSync(join(tmpdir(), "unione-lock-"));
    writeLock(process.pid, 0, "2024-06-30T09:01:00.000Z");
    expect(await busy(acquireIngestLock(directory, quick))).toContain("(avviata il 30/06/2024 alle 11:01)");
    writeLock(process.pid, 0, "2024-12-30T23:30:00.000Z");
    expect(await busy(acquireIngestLock(directory, quick))).toContain("(avviata il 31/12/2024 alle 00:30)");
  });

  it("waits for a live process's lock, then takes over once that process is killed", async () => {
    directory = mkdtempSync(join(tmpdir(), "unione-lock-"));
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    const exited = new Promise((resolve) => other.once("exit", resolve));
    writeLock(other.pid!);
    expect(await busy(acquireIngestLock(directory, quick))).toMatch(/già in corso/);
    other.kill("SIGKILL");
    await exited;
    const taken = await acquireIngestLock(directory, quick);
    taken.release();
  });

  it("takes over a lock nobody touched for too long, even if its pid exists (reused, or another host)", async () => {
    directory = mkdtempSync(join(tmpdir(), "unione-lock-"));
    writeLock(process.pid, 60_000);
    expect(await busy(acquireIngestLock(directory, { ...quick, staleAfterMs: 120_000 }))).toMatch(/già in corso/);
    (await acquireIngestLock(directory, { ...quick, staleAfterMs: 30_000 })).release();
  });

  it("treats a half-written lock as busy while it is fresh, and as abandoned once it is old", async () => {
    directory = mkdtempSync(join(tmpdir(), "unione-lock-"));
    const file = join(directory, "ingest.lock");
    writeFileSync(file, '{"pid": 12');
    expect(await busy(acquireIngestLock(directory, quick))).toMatch(/^Indicizzazione già in corso:/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    (await acquireIngestLock(directory, quick)).release();
  });

  it("release removes only its own lock, never one taken over by another ingest", async () => {
    directory = mkdtempSync(join(tmpdir(), "unione-lock-"));
    const mine = await acquireIngestLock(directory, quick);
    const file = writeLock(process.pid);
    mine.release();
    expect(await busy(acquireIngestLock(directory, quick))).toMatch(/già in corso/);
    rmSync(file);
  });
});
