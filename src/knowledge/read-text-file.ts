/**
 * Reads a knowledge file as text without throwing: a dangling symbolic link, a link loop, a folder where a file
 * was expected or a file without read permission becomes an Italian reason that `unione check` reports against
 * the file, instead of stopping every check with "errore interno".
 */
import { readFileSync } from "node:fs";

const reasons: Record<string, string> = {
  ENOENT: "il file non esiste (collegamento simbolico interrotto?)",
  ELOOP: "collegamento simbolico circolare",
  EACCES: "permesso di lettura negato",
  EPERM: "lettura non permessa",
  EISDIR: "è una cartella, non un file",
};

export type TextFile = { text: string; error: null } | { text: null; error: string };

export function unreadableReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === "string" && reasons[code]) || `file non leggibile (${String(code ?? error)})`;
}

export function readTextFile(filePath: string): TextFile {
  try {
    return { text: readFileSync(filePath, "utf8"), error: null };
  } catch (error) {
    return { text: null, error: unreadableReason(error) };
  }
}
