// Whether dist/ was compiled from the sources as they are now. The build stamps dist/ with the number, total size
// and newest change time of the files and folders under src/; a different signature means src/ changed since
// (edited, added, removed or checked out), and bin/unione.js then runs the sources through tsx instead.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export const stampFile = "build-stamp.json";

export function sourceSignature(directory) {
  let files = 0;
  let bytes = 0;
  let newest = statSync(directory).mtimeMs;
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    const stats = statSync(join(entry.parentPath ?? entry.path, entry.name));
    newest = Math.max(newest, stats.mtimeMs);
    if (entry.isFile()) {
      files++;
      bytes += stats.size;
    }
  }
  return `${files}:${bytes}:${newest}`;
}

/** True when `compiled` holds a build of `sources` as they are now; a deployment without sources has only dist/. */
export function compiledIsCurrent(sources, compiled) {
  if (!existsSync(join(compiled, stampFile))) return false;
  if (!existsSync(sources)) return true;
  try {
    return JSON.parse(readFileSync(join(compiled, stampFile), "utf8")).source === sourceSignature(sources);
  } catch {
    return false;
  }
}
