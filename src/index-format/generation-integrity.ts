/**
 * How a generation proves it is the one that was written: the size and SHA-256 of every data file, recorded in its
 * manifest, and the manifest's own SHA-256, recorded in CURRENT beside the generation's name. Sizes are compared
 * first (cheap, and they catch truncation before any file is read whole), then checksums (a same-size corruption).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface IntegrityRecord {
  sizes: Record<string, number>;
  checksums: Record<string, string>;
}

export function recordIntegrity(directory: string, names: readonly string[]): IntegrityRecord {
  return {
    sizes: Object.fromEntries(names.map((name) => [name, statSync(join(directory, name)).size])),
    checksums: Object.fromEntries(names.map((name) => [name, fileChecksum(join(directory, name))])),
  };
}

/** The first file that is missing or differs from what was written, or null. */
export function firstDamaged(
  directory: string,
  recorded: Partial<IntegrityRecord>,
  manifest: { name: string; checksum: string | null },
): string | null {
  const size = (name: string) => (existsSync(join(directory, name)) ? statSync(join(directory, name)).size : -1);
  const resized = Object.entries(recorded.sizes ?? {}).find(([name, expected]) => size(name) !== expected);
  if (resized) return resized[0];
  if (manifest.checksum !== null && fileChecksum(join(directory, manifest.name)) !== manifest.checksum)
    return manifest.name;
  const altered = Object.entries(recorded.checksums ?? {}).find(
    ([name, expected]) => fileChecksum(join(directory, name)) !== expected,
  );
  return altered?.[0] ?? null;
}

/** Read back from disk, not hashed from memory: the checksum is of what was really written. */
export function fileChecksum(file: string): string {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return "illeggibile";
  }
}

/** CURRENT: the live generation's name, then its manifest's SHA-256 on a second line (absent in older indexes). */
export function readPointer(pointer: string): { generation: string; manifestChecksum: string | null } | null {
  if (!existsSync(pointer)) return null;
  const [generation = "", manifestChecksum = ""] = readFileSync(pointer, "utf8").trim().split(/\s+/);
  return generation ? { generation, manifestChecksum: manifestChecksum || null } : null;
}

export function pointerText(generation: string, manifestChecksum: string): string {
  return `${generation}\n${manifestChecksum}\n`;
}
