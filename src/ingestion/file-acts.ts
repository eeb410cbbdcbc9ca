/**
 * Acts across the files of one ingest run. Each file keeps in the manifest the act its own text (or name) shows;
 * after every run, read or unchanged, annexes are linked to the act published with them among the files of the
 * same folder (src/acts linkAnnexes) — recomputed each time, so an annex follows when its act is added, renamed
 * or removed — and the file's title follows the link. Every passage of a file then carries the file's act.
 */
import { posix } from "node:path";
import { type ActInfo, actLabel, linkAnnexes, sourceActOf } from "../acts/index.js";
import type { Chunk } from "../core/types.js";
import type { FileEntry } from "../index-format/index-store.js";

export function linkFileActs(entries: readonly FileEntry[]): FileEntry[] {
  const folders = new Map<string, number[]>();
  for (const [index, entry] of entries.entries()) {
    if (!entry.act) continue;
    const folder = posix.dirname(entry.path);
    folders.set(folder, [...(folders.get(folder) ?? []), index]);
  }
  const linked = new Map<number, ActInfo>();
  for (const indexes of folders.values()) {
    const filed = indexes.map((index) => ({
      fileName: posix.basename(entries[index]!.path),
      act: entries[index]!.act!,
    }));
    for (const [order, act] of linkAnnexes(filed).entries()) linked.set(indexes[order]!, act);
  }
  return entries.map((entry, index) => {
    const { annexOf: _previous, ...own } = entry;
    const act = linked.get(index);
    if (!act || !entry.act) return own;
    const annexOf = act.parent && act.parent !== entry.act.parent ? { annexOf: act.parent } : {};
    return { ...own, ...annexOf, title: actLabel(act) };
  });
}

/** The file's act with its link, as citations show it; null for a file that is no act. */
export function fileAct(entry: FileEntry): ActInfo | null {
  if (!entry.act) return null;
  return entry.annexOf ? { ...entry.act, parent: entry.annexOf } : entry.act;
}

/**
 * Stamps passages with their file's current title and act (an annex's link may have changed since they were
 * read); the act is built once per file, not per passage.
 */
export function fileActStamp(entry: FileEntry): (chunk: Chunk) => Chunk {
  const act = fileAct(entry);
  const stamped = act ? sourceActOf(act) : null;
  return (chunk) => {
    const { act: _stored, ...rest } = chunk;
    return stamped ? { ...rest, title: entry.title, act: stamped } : { ...rest, title: entry.title };
  };
}
