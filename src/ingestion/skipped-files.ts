/**
 * Remembers files that ingest had to skip (corrupt, encrypted, binary…), by content hash, so that an unchanged
 * bad file is reported again without being parsed again: a broken PDF otherwise costs seconds on every run.
 * Kept beside the generations (not inside one): it changes even when the index does not.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../core/logger.js";

export interface SkippedEntry {
  hash: string;
  reason: string;
}

export type SkippedFiles = Record<string, SkippedEntry>;

const fileName = "skipped.json";

export function readSkippedFiles(indexRoot: string): SkippedFiles {
  try {
    const parsed = JSON.parse(readFileSync(join(indexRoot, fileName), "utf8")) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as SkippedFiles) : {};
  } catch {
    return {};
  }
}

/** Written through a temporary file and a rename: a crash leaves the old list or the new one. */
export function writeSkippedFiles(indexRoot: string, skipped: SkippedFiles): void {
  const target = join(indexRoot, fileName);
  writeFileSync(`${target}.tmp`, JSON.stringify(skipped));
  renameSync(`${target}.tmp`, target);
}

/** Writes the list only when it changed; failing to write it costs speed, never data. */
export function rememberSkips(indexRoot: string, previous: SkippedFiles, current: SkippedFiles, logger: Logger): void {
  if (JSON.stringify(previous) === JSON.stringify(current)) return;
  try {
    mkdirSync(indexRoot, { recursive: true });
    writeSkippedFiles(indexRoot, current);
  } catch (error) {
    logger.warn({ err: error }, "elenco dei file scartati non salvato");
  }
}
