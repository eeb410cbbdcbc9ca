/**
 * Makes sure a directory the program writes to exists and can be written, before any work starts: a read-only data
 * directory then gives one Italian sentence naming it, not "errore interno" halfway through. `access(W_OK)` also
 * catches a read-only file system for root, whom plain permissions do not stop.
 */
import { accessSync, constants, mkdirSync } from "node:fs";
import { UnioneError } from "./errors.js";

const reasons: Record<string, string> = {
  EACCES: "permesso negato",
  EPERM: "operazione non permessa",
  EROFS: "il file system è in sola lettura",
  ENOSPC: "spazio su disco esaurito",
  ENOTDIR: "il percorso non è una cartella",
  EEXIST: "esiste già un file con questo nome",
};

export function unwritableDirectory(directory: string, cause: unknown): UnioneError {
  const code = (cause as { code?: unknown } | null)?.code;
  const reason = (typeof code === "string" && reasons[code]) || "non accessibile";
  return new UnioneError(
    "INVALID_INPUT",
    `Non posso scrivere nella cartella dei dati ${directory}: ${reason}. ` +
      "Dai all'utente che avvia il programma il permesso di scriverci, oppure indica un'altra cartella con --data (o UNIONE_DATA_DIR).",
    { detail: `cartella dei dati non scrivibile: ${String(code ?? cause)}`, cause },
  );
}

export function ensureWritableDirectory(directory: string): void {
  try {
    mkdirSync(directory, { recursive: true });
    accessSync(directory, constants.W_OK);
  } catch (error) {
    throw unwritableDirectory(directory, error);
  }
}
